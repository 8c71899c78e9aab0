import '@fontsource-variable/inter'
import '@digdir/designsystemet-css'
import '@digdir/designsystemet-theme/digdir.css'
import './styles/app.css'
import { I18nProvider } from '@samkart/i18n/react'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { registerServiceWorker } from './registerServiceWorker'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <App />
    </I18nProvider>
  </StrictMode>,
)

// Only built apps keep an offline shell; the development server must always serve fresh modules.
if (import.meta.env.PROD) registerServiceWorker()

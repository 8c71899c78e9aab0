import '@fontsource-variable/inter'
import '@digdir/designsystemet-css'
import '@digdir/designsystemet-theme/digdir.css'
import './styles/app.css'
import { I18nProvider } from '@samkart/i18n/react'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <App />
    </I18nProvider>
  </StrictMode>,
)

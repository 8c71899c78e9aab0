import { SkipLink } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import type { ReactNode } from 'react'
import { Link } from '../router/Link'
import { LanguageSwitch } from './LanguageSwitch'

/** The Samkart mark: the four cells of the matrix. */
function Logo() {
  return (
    <svg aria-hidden="true" focusable="false" width="28" height="28" viewBox="0 0 32 32">
      <rect width="32" height="32" rx="7" fill="var(--ds-color-accent-base-default)" />
      <rect x="6" y="6" width="9" height="9" rx="2" fill="#fff" opacity=".55" />
      <rect x="17" y="6" width="9" height="9" rx="2" fill="#fff" />
      <rect x="6" y="17" width="9" height="9" rx="2" fill="#fff" opacity=".3" />
      <rect x="17" y="17" width="9" height="9" rx="2" fill="#fff" opacity=".55" />
    </svg>
  )
}

/**
 * The top bar on every page: the app name (home link), the page's own content (board title and
 * status on a board) and the language switch. On a board (`board`) it is one compact row that
 * leaves the rest of the window to the canvas; its buttons drop their text where it is narrow.
 */
export function AppHeader({ children, board = false }: { children?: ReactNode; board?: boolean }) {
  const t = useT()
  return (
    <header className={board ? 'app-header app-header--board' : 'app-header'}>
      <SkipLink href="#main">{t('app.skipToContent')}</SkipLink>
      <Link href="/" className="app-header__home" title={t('app.name')}>
        <Logo />
        <span className="app-header__name">{t('app.name')}</span>
      </Link>
      <div className="app-header__content">{children}</div>
      <LanguageSwitch />
    </header>
  )
}

import { Link as DsLink, type LinkProps as DsLinkProps } from '@digdir/designsystemet-react'
import type { MouseEvent } from 'react'
import { navigate } from './navigation'

/** Props of {@link Link}. */
export type LinkProps = DsLinkProps & { href: string }

/**
 * A Designsystemet link that navigates inside the app. Modified clicks (new tab, new window)
 * and other buttons are left to the browser.
 */
export function Link({ href, onClick, ...rest }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event)
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return
    event.preventDefault()
    navigate(href)
  }
  return <DsLink href={href} onClick={handleClick} {...rest} />
}

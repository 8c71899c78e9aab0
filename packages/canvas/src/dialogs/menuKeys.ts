import type { KeyboardEvent } from 'react'

/**
 * The keys of an open menu (WAI-ARIA APG «menu button»): arrows, Home and End move focus among
 * `items`, Escape closes the menu and returns focus to its button (and stops there, so a panel
 * or dialog around it stays open), Tab closes it and moves on. Returns whether the key was one
 * of these.
 */
export function handleMenuKeys(
  event: KeyboardEvent<HTMLElement>,
  items: readonly HTMLElement[],
  close: (refocus: boolean) => void,
): boolean {
  const at = items.indexOf(document.activeElement as HTMLElement)
  const go = (index: number) => {
    event.preventDefault()
    items[(index + items.length) % items.length]?.focus()
    return true
  }
  switch (event.key) {
    case 'ArrowDown':
      return go(at + 1)
    case 'ArrowUp':
      return go(at - 1)
    case 'Home':
      return go(0)
    case 'End':
      return go(items.length - 1)
    case 'Escape':
      event.preventDefault()
      event.stopPropagation()
      close(true)
      return true
    case 'Tab':
      close(false)
      return true
    default:
      return false
  }
}

import type { ReactNode } from 'react'

/**
 * When a header button's text gives way to its icon: `icon` texts never show (undo and redo,
 * whose arrows everyone knows), `wide` ones need the widest header (the language), `normal`
 * ones a laptop's (export, import), `keep` ones go last (share).
 */
export type HeaderLabelPriority = 'icon' | 'wide' | 'normal' | 'keep'

/**
 * A header button's text. Shown where the header has room; where it has not (container queries
 * on the header, see app.css), it is hidden visually but stays the button's accessible name,
 * and the button's `title` shows it on hover.
 */
export function HeaderLabel({
  children,
  priority = 'normal',
}: {
  children: ReactNode
  priority?: HeaderLabelPriority
}) {
  return <span className={`header-label header-label--${priority}`}>{children}</span>
}

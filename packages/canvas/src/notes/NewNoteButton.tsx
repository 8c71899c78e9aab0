import { Button } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { useEffect, useRef } from 'react'
import type { NoteRequests } from './noteRequests'

/** Where typing N means a letter, not «Nytt notat». */
const typesText = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))

/**
 * «Nytt notat» in the aktørkart's toolbar, and its shortcut N anywhere on the map page outside a
 * text field or an open dialog. The showing view places the note (see `useFlowNotes`).
 */
export function NewNoteButton({ requests }: { requests: NoteRequests }) {
  const t = useT()
  const button = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'n' && event.key !== 'N') return
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return
      if (typesText(event.target) || document.querySelector('dialog[open]')) return
      // Not while the map is out of use (built before the board arrived): the key does what
      // the button does, and only where the button could be pressed.
      if (button.current?.closest('[inert]')) return
      event.preventDefault()
      requests.requestNew()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [requests])
  return (
    <Button
      ref={button}
      variant="secondary"
      data-size="sm"
      aria-keyshortcuts="N"
      aria-label={t('notes.new')}
      title={t('notes.new.shortcut')}
      onClick={() => requests.requestNew()}
    >
      <NoteIcon />
      {/* Where the toolbars are crowded only the icon shows; the name is still heard. */}
      <span className="samkart-toolbar__full">{t('notes.new')}</span>
    </Button>
  )
}

/** A sticky note with a folded corner. */
function NoteIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
      <path
        d="M3 2.5h12v8.5l-4 4.5H3z M15 11h-4v4.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinejoin="round"
      />
    </svg>
  )
}

import { Button } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { useEffect } from 'react'
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
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'n' && event.key !== 'N') return
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return
      if (typesText(event.target) || document.querySelector('dialog[open]')) return
      event.preventDefault()
      requests.requestNew()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [requests])
  return (
    <Button
      variant="secondary"
      data-size="sm"
      aria-keyshortcuts="N"
      title={t('notes.new.shortcut')}
      onClick={() => requests.requestNew()}
    >
      {t('notes.new')}
    </Button>
  )
}

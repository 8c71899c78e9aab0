import type { UndoAvailability, UndoHistory } from '@samkart/collab'
import { Button } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react'
import { HeaderIcon } from '../components/HeaderIcon'
import { HeaderLabel } from '../components/HeaderLabel'
import './collab.css'
import { keepsOwnUndo, undoCommand } from './undoShortcut'

/**
 * «Angre» and «Gjør om» for this tab's own edits, and their shortcuts anywhere on the board
 * page (Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z, Ctrl+Y), except in text fields and dialogs, which keep
 * their own. What happened is said to screen readers, since the change may be off screen.
 */
export function UndoControls({ history }: { history: UndoHistory }) {
  const t = useT()
  const { canUndo, canRedo } = useSyncExternalStore<UndoAvailability>(
    history.availability.subscribe,
    history.availability.get,
  )
  const [message, setMessage] = useState('')

  const run = useCallback(
    (command: 'undo' | 'redo') => {
      const done = command === 'undo' ? history.undo() : history.redo()
      if (!done) return
      const text = t(command === 'undo' ? 'undo.undone' : 'undo.redone')
      // A different string each time (a zero-width space comes and goes), so a repeated undo
      // is announced again.
      setMessage((prev) => (prev === text ? `${text}\u200b` : text))
    },
    [history, t],
  )

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = undoCommand(event)
      if (!command || event.defaultPrevented || keepsOwnUndo(event.target)) return
      event.preventDefault()
      run(command)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [run])

  return (
    <div className="board-undo" role="group" aria-label={t('undo.toolbar')}>
      <Button
        data-size="sm"
        variant="tertiary"
        disabled={!canUndo}
        title={t('undo.undo.title')}
        aria-keyshortcuts="Control+Z Meta+Z"
        onClick={() => run('undo')}
      >
        <HeaderIcon name="undo" />
        <HeaderLabel priority="icon">{t('undo.undo')}</HeaderLabel>
      </Button>
      <Button
        data-size="sm"
        variant="tertiary"
        disabled={!canRedo}
        title={t('undo.redo.title')}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        onClick={() => run('redo')}
      >
        <HeaderIcon name="redo" />
        <HeaderLabel priority="icon">{t('undo.redo')}</HeaderLabel>
      </Button>
      <span className="ds-sr-only" aria-live="polite">
        {message}
      </span>
    </div>
  )
}

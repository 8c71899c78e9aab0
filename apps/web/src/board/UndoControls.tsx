import type { UndoAvailability, UndoHistory } from '@samkart/collab'
import { Button } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react'
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
        <UndoIcon />
        {t('undo.undo')}
      </Button>
      <Button
        data-size="sm"
        variant="tertiary"
        disabled={!canRedo}
        title={t('undo.redo.title')}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        onClick={() => run('redo')}
      >
        <UndoIcon redo />
        {t('undo.redo')}
      </Button>
      <span className="ds-sr-only" aria-live="polite">
        {message}
      </span>
    </div>
  )
}

function UndoIcon({ redo = false }: { redo?: boolean }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width="16"
      height="16"
      viewBox="0 0 16 16"
      style={redo ? { transform: 'scaleX(-1)' } : undefined}
    >
      <path
        d="M5 3 2 6l3 3M2.5 6H10a4 4 0 0 1 0 8H7"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}

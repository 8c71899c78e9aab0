/** What a key press asks of the undo history, if anything. */
export type UndoCommand = 'undo' | 'redo' | null

/** The parts of a keyboard event the shortcut depends on. */
export type ShortcutKey = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>

/**
 * Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z and Ctrl+Y redo (Cmd+Y is history in some Mac browsers,
 * so only Ctrl+Y). Alt combinations belong to the system and are left alone.
 */
export function undoCommand(event: ShortcutKey): UndoCommand {
  if (event.altKey || !(event.ctrlKey || event.metaKey)) return null
  const key = event.key.toLowerCase()
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo'
  if (key === 'y' && event.ctrlKey && !event.metaKey && !event.shiftKey) return 'redo'
  return null
}

/**
 * Whether a key press belongs to what has focus rather than to the board: text fields (their
 * own undo is for the text being typed), selects, editable content, and open dialogs.
 */
export function keepsOwnUndo(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'))
    return true
  return target.closest('dialog[open], [role="dialog"]') !== null
}

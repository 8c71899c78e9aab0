import { describe, expect, it } from 'vitest'
import { undoCommand } from './undoShortcut'

const key = (k: string, mods: Partial<Record<'ctrl' | 'meta' | 'shift' | 'alt', boolean>> = {}) =>
  undoCommand({
    key: k,
    ctrlKey: !!mods.ctrl,
    metaKey: !!mods.meta,
    shiftKey: !!mods.shift,
    altKey: !!mods.alt,
  })

describe('undo shortcuts', () => {
  it('undoes with Ctrl+Z and Cmd+Z, redoes with Shift added or Ctrl+Y', () => {
    expect(key('z', { ctrl: true })).toBe('undo')
    expect(key('z', { meta: true })).toBe('undo')
    expect(key('Z', { ctrl: true, shift: true })).toBe('redo')
    expect(key('Z', { meta: true, shift: true })).toBe('redo')
    expect(key('y', { ctrl: true })).toBe('redo')
  })

  it('leaves other keys, plain Z, Alt combinations and Cmd+Y alone', () => {
    expect(key('z')).toBeNull()
    expect(key('z', { shift: true })).toBeNull()
    expect(key('z', { ctrl: true, alt: true })).toBeNull()
    expect(key('y', { meta: true })).toBeNull()
    expect(key('x', { ctrl: true })).toBeNull()
  })
})

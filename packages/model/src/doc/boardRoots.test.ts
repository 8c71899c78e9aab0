import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import type { FieldSpec } from '../field'
import { validateField } from '../field'
import { entitySpecs } from '../entities/registry'
import { alvorligSyktBarnTemplate } from '../templates/alvorligSyktBarn'
import { applyTemplate } from '../templates/applyTemplate'
import { must, newBoard } from '../test/docs'
import { createNote } from '../ops/noteOps'
import { BOARD_ROOTS } from './boardRoots'
import { DANGER_SIGNALS, dangerSignalField, updateDangerSignal } from './dangerSignals'

describe('BOARD_ROOTS', () => {
  it('describes every root, key and value the model’s own operations write', () => {
    const doc = newBoard('Full tavle')
    must(applyTemplate(doc, alvorligSyktBarnTemplate))
    for (const signal of DANGER_SIGNALS)
      must(updateDangerSignal(doc, signal, { present: true, note: `Notat om ${signal}` }))
    must(createNote(doc, { surface: 'network', text: 'Lapp', authorName: 'Kari', x: 1, y: 2 }))
    expect(doc.share.size).toBe(BOARD_ROOTS.size)
    for (const name of doc.share.keys()) {
      const shape = BOARD_ROOTS.get(name)
      expect(shape, name).toBeDefined()
      const root = doc.getMap<unknown>(name)
      if (shape!.type === 'values') {
        for (const [key, value] of root) {
          const spec = shape!.field(key)
          expect(spec, `${name}.${key}`).toBeDefined()
          expect(validateField('board', key, spec!, value)).toBeNull()
        }
        continue
      }
      const fields = entitySpecs[shape!.kind].fields as Record<string, FieldSpec>
      for (const entity of root.values()) {
        expect(entity).toBeInstanceOf(Y.Map)
        for (const [key, value] of entity as Y.Map<unknown>) {
          if (key === 'id') continue
          expect(fields[key], `${name}.${key}`).toBeDefined()
          if (fields[key]!.kind === 'set') expect(value).toBeInstanceOf(Y.Map)
          else expect(typeof value).not.toBe('object')
        }
      }
    }
  })

  it('knows only the danger-signal keys the checklist uses', () => {
    expect(dangerSignalField('lack-of-trust/present')).toEqual({ kind: 'boolean' })
    expect(dangerSignalField('lack-of-trust/note')).toMatchObject({ kind: 'text' })
    for (const key of ['lack-of-trust', 'bad-vibes/present', 'lack-of-trust/constructor', '/note'])
      expect(dangerSignalField(key), key).toBeUndefined()
    const meta = BOARD_ROOTS.get('meta')!
    expect(meta.type === 'values' && meta.field('constructor')).toBeUndefined()
  })
})

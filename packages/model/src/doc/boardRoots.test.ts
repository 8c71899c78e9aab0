import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import type { FieldSpec } from '../field'
import { validateField } from '../field'
import { entitySpecs } from '../entities/registry'
import { alvorligSyktBarnTemplate } from '../templates/alvorligSyktBarn'
import { applyTemplate } from '../templates/applyTemplate'
import { must, newBoard } from '../test/docs'
import { setViewersMayComment } from '../comments/commentPermission'
import { addThread, replyToThread } from '../ops/commentOps'
import { createNote } from '../ops/noteOps'
import { addLane } from '../journey/laneOps'
import { addLaneItem } from '../journey/laneItemOps'
import { BOARD_ROOTS } from './boardRoots'
import { readEntities } from './entityStore'
import { DANGER_SIGNALS, dangerSignalField, updateDangerSignal } from './dangerSignals'
import { writeTimer } from '../timer/timerRoot'
import { readVotes, updateVote, writeVote } from '../votes/votesRoot'
import { addSavedView } from '../facilitation/savedViewOps'
import { writeLock } from '../facilitation/locks'
import { writePresentation } from '../facilitation/presentation'

describe('BOARD_ROOTS', () => {
  it('describes every root, key and value the model’s own operations write', () => {
    const doc = newBoard('Full tavle')
    must(applyTemplate(doc, alvorligSyktBarnTemplate))
    for (const signal of DANGER_SIGNALS)
      must(updateDangerSignal(doc, signal, { present: true, note: `Notat om ${signal}` }))
    const actorIds = [...doc.getMap('actors').keys()]
    writeVote(
      doc,
      {
        id: 'vote1',
        title: 'Hvem er viktigst?',
        itemSet: 'actors',
        journeyId: '',
        status: 'open',
        dotsPerPerson: 3,
        createdAt: 1_700_000_000_000,
        endsAt: 0,
        voters: 0,
        items: actorIds.map((id) => ({ kind: 'actor', id })),
      },
      null,
    )
    updateVote(doc, 'vote1', { status: 'revealed', voters: 2, totals: { [actorIds[0]!]: 4 } }, null)
    expect(readVotes(doc)[0]!.totals).toEqual({ [actorIds[0]!]: 4 })
    writeTimer(doc, { status: 'paused', durationMs: 60_000, endsAt: 0, remainingMs: 30_000 }, null)
    const step = must(addSavedView(doc, { ...entitySpecs.savedView.defaults, name: 'Steg' }))
    writeLock(doc, 'board', { by: 'Fride', since: '2026-12-05T08:00:00.000Z' })
    writePresentation(doc, { step, by: 'Fride', focus: true })
    const actor = readEntities(doc, 'actor')[0]!
    const author = { authorId: 'kari0001', authorName: 'Kari' }
    const thread = must(addThread(doc, { kind: 'actor', id: actor.id }, { ...author, text: 'Hei' }))
    must(replyToThread(doc, thread, { ...author, text: '@Kari', mentions: ['kari0001'] }))
    setViewersMayComment(doc, true)
    must(createNote(doc, { surface: 'network', text: 'Lapp', authorName: 'Kari', x: 1, y: 2 }))
    const journey = readEntities(doc, 'journey')[0]!
    const lane = must(addLane(doc, journey.id, { kind: 'items', title: 'Muligheter' }))
    const phase = readEntities(doc, 'phase').find((p) => p.journeyId === journey.id)!
    must(addLaneItem(doc, { laneId: lane, phaseId: phase.id }, { kind: 'idea', text: 'Én dør' }))
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

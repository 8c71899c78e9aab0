import {
  type Phase,
  type Touchpoint,
  applyTemplate,
  BOARD_TEMPLATES,
  initBoard,
  readActors,
  readEntities,
  touchpointSpec,
} from '@samkart/model'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { sameSummary, summariseCoordination } from './coordinationSummary'

const phase = (id: string, journeyId: string, order: string): Phase => ({
  id,
  journeyId,
  title: `Fase ${id}`,
  order,
})
const tp = (id: string, phaseId: string, order: string, responsible: string[], extra = {}) =>
  ({
    ...touchpointSpec.defaults,
    id,
    journeyId: 'j',
    phaseId,
    order,
    title: `Punkt ${id}`,
    responsible,
    ...extra,
  }) as Touchpoint

describe('summariseCoordination', () => {
  it('counts only the given journey and titles the findings', () => {
    const phases = [phase('a', 'j', 'C'), phase('b', 'j', 'M'), phase('x', 'other', 'C')]
    const touchpoints = [
      tp('1', 'a', 'C', ['kommune'], { asksFor: ['diag'] }),
      tp('2', 'a', 'M', []),
      tp('3', 'b', 'C', ['nav', 'ghost'], { painType: 'repeated-information', asksFor: ['gone'] }),
      tp('4', 'b', 'M', ['hf'], { asksFor: ['diag', 'gone'] }),
      { ...tp('5', 'x', 'C', ['kommune']), journeyId: 'other' },
    ]
    const infoItems = new Map([['diag', 'Diagnose']])
    const summary = summariseCoordination(
      'j',
      phases,
      touchpoints,
      new Set(['kommune', 'nav', 'hf']),
      infoItems,
    )
    expect(summary).toEqual({
      touchpoints: 4,
      agencies: 3,
      handovers: 1,
      phases: [
        { phaseId: 'a', title: 'Fase a', agencies: 1, handovers: 0 },
        { phaseId: 'b', title: 'Fase b', agencies: 2, handovers: 1 },
      ],
      withoutOwner: [{ id: '2', title: 'Punkt 2' }],
      deletedOwner: [{ id: '3', title: 'Punkt 3' }],
      repeatedInformation: [{ id: '3', title: 'Punkt 3' }],
      // «gone» is not in the vocabulary (deleted): not counted.
      repeatedRequests: [
        { infoItemId: 'diag', name: 'Diagnose', touchpoints: ['1', '4'], agencies: 2, extra: 1 },
      ],
      extraRequests: 1,
    })
    expect(
      sameSummary(
        summary,
        summariseCoordination(
          'j',
          phases,
          touchpoints,
          new Set(['kommune', 'nav', 'hf']),
          infoItems,
        ),
      ),
    ).toBe(true)
  })

  it('gives the template journey’s 11 hand-overs', () => {
    const doc = new Y.Doc()
    initBoard(doc, { title: 'T', createdAt: '2026-01-01T00:00:00.000Z' })
    applyTemplate(doc, BOARD_TEMPLATES['alvorlig-sykt-barn']!)
    const journeyId = readEntities(doc, 'journey')[0]!.id
    const summary = summariseCoordination(
      journeyId,
      readEntities(doc, 'phase'),
      readEntities(doc, 'touchpoint'),
      new Set(readActors(doc).map((a) => a.id)),
    )
    expect(summary.handovers).toBe(11)
    expect(summary.agencies).toBe(9)
    expect(summary.phases.map((p) => [p.agencies, p.handovers])).toEqual([
      [2, 1],
      [2, 2],
      [2, 1],
      [4, 3],
      [4, 4],
    ])
  })
})

import { describe, expect, it } from 'vitest'
import { builtInLaneId, readLanes, setLaneHidden } from '@samkart/model'
import { readBoardData } from '../board/BoardData'
import { NOW, alvorligSyktBarn, must } from '../test/boards'
import { buildScene } from './buildScene'
import type { SceneText } from './Scene'

const texts = (items: readonly { type: string }[]) =>
  items.filter((i): i is SceneText => i.type === 'text').map((i) => i.text)

describe('journey scene lanes', () => {
  it('draws the journey’s lanes in its order: custom item cells, a divider line, no hidden lane', () => {
    const doc = alvorligSyktBarn()
    const journeyId = readBoardData(doc).journeys.find((j) => j.stage === 'as-is')!.id
    must(setLaneHidden(doc, builtInLaneId(doc, journeyId, 'backstage')!, true))
    const board = readBoardData(doc)
    const scene = buildScene(board, { kind: 'journey', journeyId }, { now: NOW })
    const words = texts(scene.items)
    // Lane labels top to bottom: the built-in ones but «Bak kulissene», then the custom two.
    const labels = readLanes(doc, journeyId)
      .filter((l) => !l.hidden)
      .map((l) => l.title)
      .filter(Boolean)
    expect(labels).toEqual(['Muligheter', 'Synlighetslinje'])
    expect(words).toContain('Muligheter')
    expect(words).toContain('Synlighetslinje')
    expect(words).not.toContain('Bak kulissene')
    expect(words.indexOf('Muligheter')).toBeLessThan(words.indexOf('Synlighetslinje'))
    // The items, each led by its kind.
    expect(words).toContain('Mulighet')
    expect(words).toContain('Smertepunkt')
    expect(words.join(' ')).toContain('Venter alene')
    // The divider is a dashed line.
    expect(scene.items.some((i) => i.type === 'line' && i.dash?.[0] === 8)).toBe(true)
  })
})

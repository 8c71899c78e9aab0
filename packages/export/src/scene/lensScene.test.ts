import { BOARD_TEMPLATES, applyTemplate, createActor } from '@samkart/model'
import { CARD_GAP, POSITION_TOLERANCE, boxesOverlap } from '@samkart/layout'
import { describe, expect, it } from 'vitest'
import { readBoardData } from '../board/BoardData'
import { NOW, must, newBoard } from '../test/boards'
import { lensScene } from './lensScene'
import type { SceneRect } from './Scene'
import { sceneContext } from './SceneContext'

const ctx = sceneContext({ now: NOW })

const cardBoxes = (items: ReturnType<typeof lensScene>['items']) =>
  items
    .filter((i): i is SceneRect => i.type === 'rect' && !!i.key?.startsWith('actor:') && !!i.title)
    .map((r) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2, width: r.width, height: r.height }))

describe('lens scene', () => {
  it.each(Object.keys(BOARD_TEMPLATES))('spreads the 50/50 pile without overlap: %s', (id) => {
    const doc = newBoard()
    must(applyTemplate(doc, BOARD_TEMPLATES[id]!))
    const board = readBoardData(doc)
    const boxes = cardBoxes(lensScene(board, ctx).items)
    expect(boxes).toHaveLength(board.actors.length)
    boxes.forEach((a, i) =>
      boxes
        .slice(i + 1)
        .forEach((b) =>
          expect(boxesOverlap(a, b, CARD_GAP - POSITION_TOLERANCE - 0.01)).toBe(false),
        ),
    )
  })

  it('draws a dashed arrow to a ring where the work wants an actor', () => {
    const doc = newBoard()
    must(createActor(doc, { name: 'Flyttes', interest: 0.2, influence: 0.3, desiredInterest: 0.9 }))
    must(
      createActor(doc, {
        name: 'Blir',
        interest: 0.7,
        influence: 0.7,
        desiredInterest: 0.7,
        desiredInfluence: 0.7,
      }),
    )
    const items = lensScene(readBoardData(doc), ctx).items
    const arrows = items.filter((i) => i.type === 'line' && i.arrow && i.dash?.[0] === 6)
    expect(arrows).toHaveLength(1)
    // One ring in the picture, one in the legend.
    expect(items.filter((i) => i.type === 'circle' && i.r === 6)).toHaveLength(2)
  })
})

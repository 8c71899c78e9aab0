import { createNote } from '@samkart/model'
import { describe, expect, it } from 'vitest'
import { readBoardData } from '../board/BoardData'
import { exportSvg } from '../svg/exportSvg'
import { NOW, must, newBoard } from '../test/boards'
import { buildScene } from './buildScene'
import { lensScene } from './lensScene'
import type { SceneRect } from './Scene'
import { sceneContext } from './SceneContext'
import { NOTE_TINTS } from './stickyNotes'

const noteRects = (items: readonly { type: string }[]) =>
  items.filter(
    (i): i is SceneRect => i.type === 'rect' && !!(i as SceneRect).key?.startsWith('note:'),
  )

describe('sticky notes in the scenes', () => {
  it('draws each view’s notes on that view only, in their colour, with text and author', () => {
    const doc = newBoard()
    const onMatrix = must(
      createNote(doc, {
        surface: 'matrix',
        text: 'Hvem eier <saken>?',
        color: 'blue',
        authorName: 'Kari',
        x: 0.25,
        y: 0.25,
      }),
    )
    must(createNote(doc, { surface: 'network', text: 'Nettverksnotat', x: -400, y: 900 }))
    must(createNote(doc, { surface: 'lens', text: 'Linsenotat', x: 2, y: -1 }))
    const board = readBoardData(doc)

    const matrix = buildScene(board, { kind: 'matrix' }, { now: NOW })
    expect(noteRects(matrix.items).map((r) => [r.key, r.fill])).toEqual([
      [`note:${onMatrix}`, NOTE_TINTS.blue],
    ])
    const network = buildScene(board, { kind: 'network' }, { now: NOW })
    const [netNote] = noteRects(network.items)
    expect(netNote!.title).toBe('Nettverksnotat')
    // A note far from the cards still lies inside the drawing.
    expect(netNote!.x).toBeGreaterThanOrEqual(0)
    expect(netNote!.y + netNote!.height).toBeLessThanOrEqual(network.height)
    const lens = lensScene(board, sceneContext({ now: NOW }))
    const [lensNote] = noteRects(lens.items)
    expect(lensNote!.x + lensNote!.width).toBeLessThanOrEqual(lens.width)

    const svg = exportSvg(board, { kind: 'matrix' }, { now: NOW })
    expect(svg).toContain('Hvem eier &lt;saken&gt;?')
    expect(svg).toContain('Kari')
  })
})

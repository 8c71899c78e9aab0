import { BOARD_TEMPLATES, RELATION_TYPES, applyTemplate, createActor } from '@samkart/model'
import { CARD_GAP, POSITION_TOLERANCE, boxesOverlap } from '@samkart/layout'
import { describe, expect, it } from 'vitest'
import { type BoardData, readBoardData } from '../board/BoardData'
import { exportPdf } from '../pdf/exportPdf'
import { exportSvg } from '../svg/exportSvg'
import { NOW, alvorligSyktBarn, must, newBoard } from '../test/boards'
import { pdfStrokeColors } from '../test/pdfText'
import { buildScene } from './buildScene'
import { textWidth } from './fonts'
import { CATEGORY_LABEL_KEY } from './planeFrame'
import { RELATION_LOOKS } from './palette'
import type { Scene, SceneRect, SceneText } from './Scene'
import { HEADER_KEY } from './SceneBuilder'

const templateBoard = (id: string): BoardData => {
  const doc = newBoard(BOARD_TEMPLATES[id]!.title)
  must(applyTemplate(doc, BOARD_TEMPLATES[id]!))
  return readBoardData(doc)
}

/** The cards of a scene: each actor's main rectangle (the one with its full name). */
const cardBoxes = (scene: Scene) =>
  scene.items
    .filter((i): i is SceneRect => i.type === 'rect' && !!i.key?.startsWith('actor:') && !!i.title)
    .map((r) => ({
      id: r.key!,
      x: r.x + r.width / 2,
      y: r.y + r.height / 2,
      width: r.width,
      height: r.height,
    }))

/** Where a line of text is drawn: from its cap height above the baseline to its descenders. */
const textBox = (t: SceneText) => {
  const w = textWidth(t.text, t.size, t.bold)
  const left = t.anchor === 'middle' ? t.x - w / 2 : t.anchor === 'end' ? t.x - w : t.x
  return { left, right: left + w, top: t.y - t.size * 0.75, bottom: t.y + t.size * 0.22 }
}

const overlapping = (boxes: ReturnType<typeof cardBoxes>, gap = 0) =>
  boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter((b) => boxesOverlap(a, b, gap))
      .map((b) => [a.id, b.id]),
  )

describe('matrix and network scenes', () => {
  it.each(Object.keys(BOARD_TEMPLATES))('draw no card over another: %s', (id) => {
    const board = templateBoard(id)
    for (const kind of ['matrix', 'network'] as const) {
      const boxes = cardBoxes(buildScene(board, { kind }, { now: NOW }))
      expect(boxes).toHaveLength(board.actors.length)
      expect(overlapping(boxes, CARD_GAP - POSITION_TOLERANCE - 0.01), kind).toEqual([])
    }
  })

  it('keeps cards apart on a board with 120 actors on one score, spilling outside the cells', () => {
    const doc = newBoard('Trangt')
    for (let i = 0; i < 120; i++)
      must(createActor(doc, { name: `Aktør ${i}`, importance: 0.9, substitutability: 0.1 }))
    const board = readBoardData(doc)
    const scene = buildScene(board, { kind: 'matrix' }, { now: NOW })
    const boxes = cardBoxes(scene)
    expect(boxes).toHaveLength(120)
    expect(overlapping(boxes, CARD_GAP - POSITION_TOLERANCE - 0.01)).toEqual([])
    // Every card and the header fit inside the picture.
    for (const b of boxes) {
      expect(b.x - b.width / 2).toBeGreaterThanOrEqual(0)
      expect(b.x + b.width / 2).toBeLessThanOrEqual(scene.width)
      expect(b.y + b.height / 2).toBeLessThanOrEqual(scene.height)
    }
  })

  it('keeps the title and view name clear of the category labels', () => {
    for (const locale of ['nb', 'en'] as const) {
      const scene = buildScene(templateBoard('alvorlig-sykt-barn'), { kind: 'matrix' }, { locale })
      const texts = scene.items.filter((i): i is SceneText => i.type === 'text')
      const header = texts.filter((t) => t.key === HEADER_KEY).map(textBox)
      const labels = texts.filter((t) => t.key === CATEGORY_LABEL_KEY).map(textBox)
      expect(header.length).toBeGreaterThanOrEqual(3)
      expect(labels).toHaveLength(8)
      const headerBottom = Math.max(...header.map((b) => b.bottom))
      const labelsTop = Math.min(...labels.map((b) => b.top))
      // A clear line of space, not a crowded one.
      expect(labelsTop - headerBottom).toBeGreaterThanOrEqual(16)
    }
  })

  it('draws the relations in the matrix, in SVG and in PDF, in their types’ colours', async () => {
    const board = readBoardData(alvorligSyktBarn())
    expect(board.relations.length).toBeGreaterThan(5)
    const svg = exportSvg(board, { kind: 'matrix' }, { now: NOW })
    for (const r of board.relations) {
      const line = new RegExp(
        `<line [^>]*stroke="${RELATION_LOOKS[r.type].color}"[^>]*data-key="relation:${r.id}"`,
      )
      expect(svg).toMatch(line)
    }
    const matrixPage = (await pdfStrokeColors(await exportPdf(board, { now: NOW })))[1]!
    const used = new Set(board.relations.map((r) => r.type))
    for (const type of RELATION_TYPES)
      if (used.has(type)) expect(matrixPage.has(RELATION_LOOKS[type].color)).toBe(true)
  })

  it('marks a card drawn away from its score with a dot at the score and a leader line', () => {
    const doc = newBoard('Punkt')
    // Two actors on the same score: the second by id is drawn beside its point.
    for (const name of ['A', 'B'])
      must(createActor(doc, { name, importance: 0.8, substitutability: 0.2 }))
    const scene = buildScene(readBoardData(doc), { kind: 'matrix' }, { now: NOW })
    const dots = scene.items.filter(
      (i) => i.type === 'circle' && i.r === 5 && i.strokeWidth === 1.5,
    )
    expect(dots).toHaveLength(1)
  })

  it('shows a name too long for one line on two, whole, as the SVG export promises', () => {
    const doc = newBoard('Navn')
    const name = '<img src=x onerror=alert(1)>'
    must(createActor(doc, { name, importance: 0.9, substitutability: 0.1 }))
    const scene = buildScene(readBoardData(doc), { kind: 'matrix' }, { now: NOW })
    const lines = scene.items.filter(
      (i): i is SceneText => i.type === 'text' && !!i.key?.startsWith('actor:'),
    )
    expect(lines).toHaveLength(2)
    expect(lines.map((l) => l.text).join(' ')).toBe(name)
  })
})

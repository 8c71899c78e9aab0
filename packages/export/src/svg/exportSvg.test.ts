import { DOMParser, type Element } from '@xmldom/xmldom'
import { describe, expect, it } from 'vitest'
import { readBoardData } from '../board/BoardData'
import { boardSheetScene, boardViews } from '../scene/buildScene'
import { HOSTILE, NOW, alvorligSyktBarn, hostileBoard } from '../test/boards'
import { exportSvg } from './exportSvg'
import { sceneToSvg } from './sceneToSvg'

/** Parses strictly: any XML error fails the test. */
function parse(svg: string) {
  const errors: string[] = []
  const doc = new DOMParser({
    onError: (level, message) => errors.push(`${level}: ${message}`),
  }).parseFromString(svg, 'image/svg+xml')
  expect(errors).toEqual([])
  return doc
}

const elements = (root: ReturnType<typeof parse>, name: string) =>
  Array.from(root.getElementsByTagName(name)) as Element[]

/** The text an actor's card shows, its lines joined, keyed by actor id. */
function cardTexts(root: ReturnType<typeof parse>): Map<string, string> {
  const out = new Map<string, string>()
  for (const text of elements(root, 'text')) {
    const key = text.getAttribute('data-key')
    if (key?.startsWith('actor:'))
      out.set(key.slice(6), (out.get(key.slice(6)) ?? '') + text.textContent)
  }
  return out
}

describe('SVG export', () => {
  it('draws every view of the template board as well-formed SVG with real text for every actor', () => {
    const board = readBoardData(alvorligSyktBarn())
    for (const view of boardViews(board)) {
      const root = parse(exportSvg(board, view, { now: NOW }))
      expect(root.documentElement?.tagName).toBe('svg')
      expect(elements(root, 'foreignObject')).toHaveLength(0)
      if (view.kind === 'journey') continue
      // Each card carries the actor's full name (hover title) and shows its short name or name.
      const titles = elements(root, 'rect').flatMap((r) =>
        elements(r as never, 'title').map((t) => t.textContent),
      )
      const shown = cardTexts(root)
      for (const actor of board.actors) {
        expect(titles).toContain(actor.name)
        const visible = (actor.shortName || actor.name).replace(/\s/g, '')
        expect(shown.get(actor.id)?.replace(/…/g, '').replace(/\s/g, '')).toBe(visible)
      }
    }
  })

  it('shows the views with title, date and legend', () => {
    const board = readBoardData(alvorligSyktBarn())
    const text = (svg: string) =>
      elements(parse(svg), 'text')
        .map((t) => t.textContent)
        .join('\n')
    const matrix = text(exportSvg(board, { kind: 'matrix' }, { now: NOW }))
    expect(matrix).toContain('Alvorlig sykt barn')
    expect(matrix).toContain('Eksportert 1. mars 2025')
    expect(matrix).toContain('Kategorier')
    const network = text(exportSvg(board, { kind: 'network' }, { now: NOW, locale: 'en' }))
    expect(network).toContain('Exported 1 March 2025')
    expect(network).toContain('Relation types')
    const journey = board.journeys.find((j) => j.title === 'Alvorlig sykt barn')!
    const journeyText = text(
      exportSvg(board, { kind: 'journey', journeyId: journey.id }, { now: NOW }),
    )
    for (const tp of board.touchpoints.filter((t) => t.journeyId === journey.id))
      expect(journeyText.replace(/\s/g, '')).toContain(tp.title.replace(/\s/g, '').slice(0, 12))
    expect(journeyText.replace(/\s/g, '')).toContain('Hjemmel:folketrygdloven§9-10')
    expect(journeyText).toContain('Slettet aktør')
    expect(journeyText).toContain('Rød ramme: kontaktpunkt med smertepunkt')
  })

  it('carries hostile text only as text: escaped, never markup', () => {
    const { doc } = hostileBoard()
    const board = readBoardData(doc)
    const svg = sceneToSvg(boardSheetScene(board, { now: NOW }))
    expect(svg).not.toContain('<script')
    expect(svg).not.toContain('<img')
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    const root = parse(svg)
    expect(elements(root, 'script')).toHaveLength(0)
    expect(elements(root, 'img')).toHaveLength(0)
    const texts = elements(root, 'text').map((t) => t.textContent)
    expect(texts).toContain(HOSTILE.script)
    expect(texts).toContain(`Tavle ${HOSTILE.script}`)
    const titles = elements(root, 'title').map((t) => t.textContent)
    expect(titles).toContain(HOSTILE.html)
    // No attribute anywhere holds an event handler or a link.
    for (const el of elements(root, '*'))
      for (const attr of Array.from(el.attributes)) expect(attr.name).not.toMatch(/^on|href$/i)
  })

  it('drops characters XML cannot hold instead of writing a broken file', () => {
    const doc = hostileBoard().doc
    const board = readBoardData(doc)
    board.meta.title = 'Bell\u0007 and lone \ud800 surrogate'
    const root = parse(exportSvg(board, { kind: 'matrix' }, { now: NOW }))
    expect(elements(root, 'title')[0]!.textContent).toBe('Bell and lone  surrogate')
  })
})

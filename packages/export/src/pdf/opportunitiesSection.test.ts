import { describe, expect, it } from 'vitest'
import { readBoardData } from '../board/BoardData'
import { NOW, alvorligSyktBarn } from '../test/boards'
import { pdfText } from '../test/pdfText'
import { exportPdf } from './exportPdf'

const flat = (text: string) => text.replace(/\s+/g, '')

describe('PDF opportunities section', () => {
  it('lists a journey’s opportunities with the pain points they address', async () => {
    const board = readBoardData(alvorligSyktBarn())
    const pages = await pdfText(await exportPdf(board, { now: NOW }))
    // Past the cover, whose contents names the section too.
    const page = pages.slice(1).find((p) => p.includes('Muligheter og ideer: Alvorlig sykt barn'))!
    expect(page).toBeDefined()
    expect(flat(page)).toContain(flat('Én koordinator fra start'))
    expect(flat(page)).toContain(flat('Kommunen utnevner koordinator ved diagnose'))
    // The linked pain item and the linked touchpoint's pain point.
    expect(flat(page)).toContain(flat('Venter alene'))
    const linked = board.laneItems.find((i) => i.kind === 'opportunity')!.touchpoints[0]
    const painful = board.touchpoints.find((tp) => tp.id === linked)!
    expect(flat(page)).toContain(flat(painful.title))
    // A pain item itself is not an opportunity: listed once, as what is addressed.
    expect(page.split('Venter alene')).toHaveLength(2)
  })

  it('is left out for a journey without opportunities or ideas', async () => {
    const board = readBoardData(alvorligSyktBarn())
    const without = { ...board, laneItems: board.laneItems.filter((i) => i.kind === 'pain') }
    const pages = await pdfText(await exportPdf(without, { now: NOW }))
    expect(pages.some((p) => p.includes('Muligheter og ideer'))).toBe(false)
  })
})

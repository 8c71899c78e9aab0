import { describe, expect, it } from 'vitest'
import { createActor, updateVote, writeVote } from '@samkart/model'
import { readBoardData } from '../board/BoardData'
import { exportJson } from '../json/exportJson'
import { boardDocFromFile } from '../json/importBoardFile'
import { parseBoardFile } from '../json/parseBoardFile'
import { exportPdf } from '../pdf/exportPdf'
import { NOW, must, newBoard } from '../test/boards'
import { pdfText } from '../test/pdfText'
import { readVoteResults } from './VoteResult'

/** A board with three actors and one revealed and one still secret vote. */
function votedBoard() {
  const doc = newBoard('Prioritering')
  const [nav, kommune, helse] = ['NAV', 'Kommunen', 'Helsenorge'].map((name) =>
    must(createActor(doc, { name })),
  )
  const items = [nav!, kommune!, helse!].map((id) => ({ kind: 'actor' as const, id }))
  const vote = (id: string, status: 'open' | 'revealed') =>
    writeVote(
      doc,
      {
        id,
        title: status === 'revealed' ? 'Hvem først?' : 'Hemmelig',
        itemSet: 'actors',
        journeyId: '',
        status,
        dotsPerPerson: 3,
        createdAt: Date.parse('2025-03-01T10:00:00Z'),
        endsAt: 0,
        voters: 2,
        items,
      },
      null,
    )
  vote('revealed1', 'revealed')
  updateVote(doc, 'revealed1', { totals: { [nav!]: 4, [kommune!]: 2, [helse!]: 0 } }, null)
  vote('secret01', 'open')
  return doc
}

describe('revealed votes in exports', () => {
  it('lists only revealed votes, most dots first, with labels', () => {
    const results = readVoteResults(votedBoard())
    expect(results).toHaveLength(1)
    expect(results[0]!.results.map((r) => [r.label, r.total])).toEqual([
      ['NAV', 4],
      ['Kommunen', 2],
      ['Helsenorge', 0],
    ])
  })

  it('round-trips through the JSON file onto the new ids', () => {
    const json = exportJson(readBoardData(votedBoard()), { now: NOW })
    const parsed = parseBoardFile(json)
    if (!parsed.ok) throw new Error(parsed.error.message)
    const imported = boardDocFromFile(parsed.value, { now: new Date('2025-01-01T00:00:00Z') })
    if (!imported.ok) throw new Error(imported.error.message)
    const again = readVoteResults(imported.value.doc)
    expect(
      again.map(({ results, ...rest }) => ({
        ...rest,
        results: results.map((r) => [r.label, r.total]),
      })),
    ).toEqual([
      {
        title: 'Hvem først?',
        itemSet: 'actors',
        journeyId: '',
        dotsPerPerson: 3,
        createdAt: '2025-03-01T10:00:00.000Z',
        voters: 2,
        results: [
          ['NAV', 4],
          ['Kommunen', 2],
          ['Helsenorge', 0],
        ],
      },
    ])
    expect(
      exportJson(readBoardData(imported.value.doc), { now: NOW }).replace(
        /"[0-9A-Za-z]{16}"/g,
        '""',
      ),
    ).toEqual(json.replace(/"[0-9A-Za-z]{16}"/g, '""'))
  })

  it('refuses a malformed votes list', () => {
    const file = JSON.parse(exportJson(readBoardData(votedBoard()), { now: NOW })) as {
      board: { votes: { results: { total: unknown }[] }[] }
    }
    file.board.votes[0]!.results[0]!.total = -1
    const parsed = parseBoardFile(JSON.stringify(file))
    expect(!parsed.ok && parsed.error.code).toBe('invalid_board')
  })

  it('gets an «Avstemninger» section in the PDF report', async () => {
    const pages = await pdfText(await exportPdf(readBoardData(votedBoard()), { now: NOW }))
    const last = pages.at(-1)!
    expect(last).toContain('Avstemninger (1)')
    expect(last).toContain('Hvem først?')
    expect(last).toContain('2 personer stemte, med 3 prikker hver.')
    expect(pages.join('\n')).not.toContain('Hemmelig')
  })
})

import { describe, expect, it } from 'vitest'
import {
  addThread,
  deleteComment,
  readActors,
  readCommentThreads,
  readEntities,
  replyToThread,
  setThreadResolved,
} from '@samkart/model'
import { readBoardData } from '../board/BoardData'
import { exportPdf } from '../pdf/exportPdf'
import { NOW, alvorligSyktBarn, must } from '../test/boards'
import { pdfText } from '../test/pdfText'
import { exportJson } from './exportJson'
import { boardDocFromFile } from './importBoardFile'

const kari = { authorId: 'kari0001', authorName: 'Kari', now: '2025-03-01T10:00:00.000Z' }
const ola = { authorId: 'ola00001', authorName: 'Ola', now: '2025-03-01T10:05:00.000Z' }

/** The template board with a resolved thread on NAV and an open one on a touchpoint. */
function boardWithThreads() {
  const doc = alvorligSyktBarn()
  const nav = readActors(doc).find((a) => a.name === 'Arbeids- og velferdsetaten')!
  const tp = readEntities(doc, 'touchpoint')[0]!
  const onNav = must(addThread(doc, { kind: 'actor', id: nav.id }, { ...kari, text: 'Hvem eier?' }))
  must(replyToThread(doc, onNav, { ...ola, text: '@Kari NAV', mentions: ['kari0001'] }))
  must(setThreadResolved(doc, onNav, true))
  const onTp = must(
    addThread(doc, { kind: 'touchpoint', id: tp.id }, { ...ola, text: 'Slett meg' }),
  )
  must(replyToThread(doc, onTp, { ...kari, text: 'Svar blir stående' }))
  must(deleteComment(doc, onTp))
  return { doc, nav, tp }
}

describe('comments in exports', () => {
  it('survive a JSON round trip with new ids, their threads and items kept', () => {
    const { doc } = boardWithThreads()
    const json = exportJson(readBoardData(doc), { now: NOW })
    const imported = boardDocFromFile(json)
    if (!imported.ok) throw new Error(imported.error.message)
    const again = imported.value.doc
    const shape = (d: typeof doc) =>
      readCommentThreads(d)
        .map((t) => ({
          on: t.targetKind,
          resolved: t.resolved,
          comments: [t.first, ...t.replies].map((c) => [
            c.text,
            c.authorName,
            c.deleted,
            c.mentions,
          ]),
        }))
        .sort((a, b) => a.on.localeCompare(b.on))
    expect(shape(again)).toEqual(shape(doc))
    const navThread = readCommentThreads(again).find((t) => t.targetKind === 'actor')!
    expect(readActors(again).find((a) => a.id === navThread.targetId)?.name).toBe(
      'Arbeids- og velferdsetaten',
    )
    expect(readEntities(again, 'comment')).toHaveLength(4)
    // And out again: the same file apart from ids and dates.
    expect(JSON.parse(exportJson(readBoardData(again), { now: NOW })).board.comments).toHaveLength(
      4,
    )
  })

  it('go into the PDF report as an appendix only when asked, open and resolved apart', async () => {
    const { doc } = boardWithThreads()
    const board = readBoardData(doc)
    const without = await pdfText(await exportPdf(board, { now: NOW }))
    expect(without.join('\n')).not.toContain('Vedlegg: Kommentarer')
    const pages = await pdfText(await exportPdf(board, { now: NOW, comments: true }))
    expect(pages).toHaveLength(without.length + 1)
    const appendix = pages.at(-1)!
    expect(appendix).toContain('Vedlegg: Kommentarer')
    expect(appendix.indexOf('Åpne tråder')).toBeLessThan(appendix.indexOf('Løste tråder'))
    expect(appendix).toContain('Aktør: Arbeids- og velferdsetaten')
    expect(appendix).toContain('Kommentaren er slettet')
    expect(appendix).toContain('Svar blir stående')
    expect(appendix).toContain('Ola (01.03.2025, 10:05): @Kari NAV')
  })
})

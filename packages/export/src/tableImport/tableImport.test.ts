import { zipSync } from 'fflate'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import {
  createActor,
  deleteEntity,
  deletePhase,
  readActors,
  readJourneys,
  readPhases,
  readTouchpoints,
} from '@samkart/model'
import { readBoardData } from '../board/BoardData'
import { exportJson } from '../json/exportJson'
import { boardDocFromFile } from '../json/importBoardFile'
import { exportCsv } from '../tables/exportCsv'
import { exportXlsx, loadExcel } from '../tables/exportXlsx'
import { HOSTILE, alvorligSyktBarn, hostileBoard, must, newBoard } from '../test/boards'
import { lyingZipBomb } from '../test/lyingZipBomb'
import { applyTableImport } from './applyTableImport'
import { suggestMapping } from './importFields'
import { parseCsv } from './parseCsv'
import { parseTableFile } from './parseXlsx'
import { planTableImport } from './planTableImport'

const csv = (text: string) => must(parseCsv(text))
const state = (doc: Y.Doc) => Y.encodeStateAsUpdate(doc)

/** A copy of the template board with every touchpoint removed (via its JSON file). */
function templateWithoutTouchpoints() {
  const file = JSON.parse(exportJson(readBoardData(alvorligSyktBarn())))
  file.board.touchpoints = []
  return must(boardDocFromFile(file)).doc
}

describe('table import', () => {
  it('round-trips actors through CSV: export, map by header, plan, apply, export again', () => {
    const source = alvorligSyktBarn()
    const text = exportCsv(readBoardData(source), 'actors')
    const table = csv(text)
    const mapping = suggestMapping(table, 'actors')
    expect(Object.keys(mapping).sort()).toEqual(
      [
        'name',
        'shortName',
        'orgNumber',
        'level',
        'kind',
        'strategy',
        'importance',
        'substitutability',
        'interest',
        'influence',
        'trust',
        'involvement',
        'notes',
      ].sort(),
    )
    const target = newBoard('Ny')
    const plan = planTableImport(target, table, mapping, { target: 'actors' })
    expect(plan.tableErrors).toEqual([])
    expect(plan.unusedColumns).toEqual(['Kategori', 'Ansvarlig for kontaktpunkter'])
    expect(plan.rows.flatMap((r) => r.errors)).toEqual([])
    expect(readActors(target)).toHaveLength(0) // planning changed nothing
    const applied = must(applyTableImport(target, plan))
    expect(applied.created).toHaveLength(readActors(source).length)
    const strip = (s: string) =>
      s.split('\r\n').map((line) => line.split(',').slice(0, 13).join(','))
    expect(strip(exportCsv(readBoardData(target), 'actors'))).toEqual(strip(text))
  })

  it('round-trips touchpoints with their responsible agencies through XLSX into a chosen journey', async () => {
    const source = alvorligSyktBarn()
    // The as-is journey alone: the import puts every row into the one journey chosen.
    const toBe = readJourneys(source).find((j) => j.stage === 'to-be')!
    must(deleteEntity(source, 'journey', toBe.id))
    const xlsx = await exportXlsx(readBoardData(source))
    const tables = must(await parseTableFile('eksport.xlsx', xlsx))
    const table = tables.find((t) => t.name === 'Kontaktpunkter')!
    const target = templateWithoutTouchpoints()
    const journey = readJourneys(target).find((j) => j.title === 'Alvorlig sykt barn')!
    const plan = planTableImport(target, table, suggestMapping(table, 'touchpoints'), {
      target: 'touchpoints',
      journeyId: journey.id,
    })
    // The deleted owner of «Sluttmøte» cannot be matched; everything else can.
    expect(plan.rows.flatMap((r) => r.errors)).toEqual([
      expect.objectContaining({
        code: 'unknown_agency',
        field: 'responsible',
        params: { name: 'Slettet aktør' },
      }),
    ])
    must(applyTableImport(target, plan))
    const sourceRows = exportCsv(readBoardData(source), 'touchpoints').split('\r\n')
    const targetRows = exportCsv(readBoardData(target), 'touchpoints').split('\r\n')
    expect(targetRows).toEqual(sourceRows.filter((row) => !row.includes('Sluttmøte')))
  })

  it('refuses a table without a required column and changes nothing', () => {
    const doc = newBoard()
    const before = state(doc)
    const table = csv('Kortnavn;Nivå\r\nNAV;Stat\r\n')
    const plan = planTableImport(doc, table, suggestMapping(table, 'actors'), { target: 'actors' })
    expect(plan.tableErrors).toEqual([
      expect.objectContaining({ row: 0, field: 'name', code: 'missing_column' }),
    ])
    expect(applyTableImport(doc, plan)).toMatchObject({
      ok: false,
      error: { code: 'nothing_to_import' },
    })
    expect(state(doc)).toEqual(before)
  })

  it('lists unknown columns and refuses a mapping that points two fields at one column', () => {
    const table = csv('Navn,Favorittfarge,Nivå\nNAV,blå,Stat\n')
    const doc = newBoard()
    const plan = planTableImport(doc, table, suggestMapping(table, 'actors'), { target: 'actors' })
    expect(plan.unusedColumns).toEqual(['Favorittfarge'])
    expect(plan.readyCount).toBe(1)
    const bad = planTableImport(
      doc,
      table,
      { name: 0, shortName: 0, notes: 9 },
      { target: 'actors' },
    )
    expect(bad.tableErrors.map((e) => e.code)).toEqual(['bad_mapping', 'bad_mapping'])
  })

  it('gives a per-row list of errors: bad enum, out-of-range score, bad number, bad orgnr, duplicates', () => {
    const doc = newBoard()
    must(createActor(doc, { name: 'Brreg', orgNumber: '974760673' }))
    const table = csv(
      [
        'Navn,Nivå,Viktighet (%),Organisasjonsnummer,Erstatningsmulighet (%)',
        'Ok aktør,Kommune,75,,12.5',
        'Feil nivå,Galaksen,50,,',
        'For viktig,Stat,150,,',
        'Ikke tall,Stat,mye,,',
        'Feil orgnr,Stat,50,123456789,',
        'Dobbel,Stat,50,974760673,',
        ',Stat,50,,',
        'Engelsk nivå,Municipality,"51,5 %",,',
      ].join('\n'),
    )
    const plan = planTableImport(doc, table, suggestMapping(table, 'actors'), { target: 'actors' })
    const errors = plan.rows.map((r) => ({
      row: r.row,
      codes: r.errors.map((e) => `${e.field}:${e.code}`),
    }))
    expect(errors).toEqual([
      { row: 2, codes: [] },
      { row: 3, codes: ['level:invalid_enum'] },
      { row: 4, codes: ['importance:out_of_range'] },
      { row: 5, codes: ['importance:invalid_number'] },
      { row: 6, codes: ['orgNumber:invalid_org_number'] },
      { row: 7, codes: ['orgNumber:duplicate_org_number'] },
      { row: 8, codes: ['name:required'] },
      { row: 9, codes: [] },
    ])
    expect(plan.rows[1]!.errors[0]).toMatchObject({ column: 'Nivå', params: { value: 'Galaksen' } })
    expect(plan.rows[7]!.input).toMatchObject({ level: 'kommune', importance: 0.515 })
    expect(plan).toMatchObject({ readyCount: 2, errorCount: 6 })
    const before = readActors(doc).length
    const applied = must(applyTableImport(doc, plan))
    expect(applied.created).toHaveLength(2)
    expect(readActors(doc)).toHaveLength(before + 2)
    expect(readActors(doc).find((a) => a.name === 'Ok aktør')).toMatchObject({
      importance: 0.75,
      substitutability: 0.125,
      level: 'kommune',
    })
  })

  it('matches agencies by name, short name or orgnr, and phases by name', () => {
    const { doc } = hostileBoard()
    const journey = readJourneys(doc)[0]!
    const table = csv(
      [
        'Fase,Kontaktpunkt,Ansvarlige virksomheter,Ansvarliges organisasjonsnumre,Følelse (-2 til 2),Kanal',
        'fase <1>,Første,"Kort & <b>; 974760673",,−1,Telefon',
        'Fase "2",Andre,"Kort & <b>, <script>alert(""x"")</script>",,+2,phone',
        'Fase 3,Tredje,,,0,',
        'Fase <1>,Fjerde,Ukjent etat,999999999,3,Fax',
      ].join('\n'),
    )
    const plan = planTableImport(doc, table, suggestMapping(table, 'touchpoints'), {
      target: 'touchpoints',
      journeyId: journey.id,
    })
    expect(plan.rows.map((r) => r.errors.map((e) => `${e.field}:${e.code}`))).toEqual([
      [],
      [],
      ['phase:unknown_phase'],
      [
        'channel:invalid_enum',
        'emotion:out_of_range',
        'responsible:unknown_agency',
        'responsibleOrgNumbers:unknown_agency',
      ],
    ])
    const names = new Map(readActors(doc).map((a) => [a.id, a.name]))
    expect((plan.rows[0]!.input.responsible as string[]).map((id) => names.get(id)).sort()).toEqual(
      [HOSTILE.script, HOSTILE.html].sort(),
    )
    expect(plan.rows[0]!.input).toMatchObject({ emotion: -1, channel: 'phone' })
    expect((plan.rows[1]!.input.responsible as string[]).length).toBe(2)
    must(applyTableImport(doc, plan))
    const phase = readPhases(doc, journey.id)[0]!
    expect(readTouchpoints(doc, phase.id).map((t) => t.title)).toEqual([
      HOSTILE.formula,
      'Søknad',
      'Første',
    ])
  })

  it('imports formula-looking text as plain text, removing only the quote the exporter adds', () => {
    const doc = newBoard()
    const table = csv(`Navn,Notater\n"'=1+1",=2+2\n@SUM(A1),"'-notat"\n`)
    const plan = planTableImport(doc, table, suggestMapping(table, 'actors'), { target: 'actors' })
    must(applyTableImport(doc, plan))
    expect(readActors(doc).map((a) => [a.name, a.notes])).toEqual([
      ['@SUM(A1)', '-notat'],
      ['=1+1', '=2+2'],
    ])
  })

  it('reads what Excel computed for a formula cell, never the formula', async () => {
    const { Workbook } = await loadExcel()
    const workbook = new Workbook()
    const sheet = workbook.addWorksheet('Ark1')
    sheet.addRow(['Navn', 'Viktighet (%)'])
    sheet.addRow(['NAV', { formula: '40+2', result: 42 }])
    sheet.addRow([{ formula: 'CONCAT("A","B")' }, 10])
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
    const [table] = must(await parseTableFile('liste.xlsx', bytes))
    expect(table!.rows.map((r) => r.cells)).toEqual([
      ['NAV', '42'],
      ['', '10'],
    ])
    const plan = planTableImport(newBoard(), table!, suggestMapping(table!, 'actors'), {
      target: 'actors',
    })
    expect(plan.rows.map((r) => r.errors.map((e) => e.code))).toEqual([[], ['required']])
  })

  it('refuses oversize, unreadable and empty files', async () => {
    expect(parseCsv('Navn\nNAV\n', { maxBytes: 4 })).toMatchObject({
      ok: false,
      error: { code: 'too_large' },
    })
    expect(parseCsv('Navn,Nivå\n"NAV,Stat\n')).toMatchObject({
      ok: false,
      error: { code: 'unreadable_table' },
    })
    expect(parseCsv('Navn\n\n\n')).toMatchObject({ ok: false, error: { code: 'no_rows' } })
    expect(parseCsv('')).toMatchObject({ ok: false, error: { code: 'empty' } })
    const notXlsx = new TextEncoder().encode('PK this is not a zip file at all')
    expect(await parseTableFile('fil.xlsx', notXlsx)).toMatchObject({
      ok: false,
      error: { code: 'unreadable_table' },
    })
    // A «zip bomb»: 1 KiB that claims to unpack to far more than the limit allows.
    const bomb = zipSync(
      { 'xl/worksheets/sheet1.xml': new Uint8Array(5 * 1024 * 1024) },
      { level: 9 },
    )
    expect(bomb.length).toBeLessThan(64 * 1024)
    expect(await parseTableFile('bomb.xlsx', bomb, { maxBytes: 128 * 1024 })).toMatchObject({
      ok: false,
      error: { code: 'too_large' },
    })
    // The same bomb with its headers lying: both the local header and the central directory
    // claim 100 bytes unpacked. Only inflating tells the truth.
    const liar = bomb.slice()
    const view = new DataView(liar.buffer)
    for (let at = 0; at + 4 <= liar.length; at++) {
      const signature = view.getUint32(at, true)
      if (signature === 0x04034b50) view.setUint32(at + 22, 100, true) // local header
      if (signature === 0x02014b50) view.setUint32(at + 24, 100, true) // central directory
    }
    expect(await parseTableFile('liar.xlsx', liar, { maxBytes: 128 * 1024 })).toMatchObject({
      ok: false,
      error: { code: 'too_large' },
    })
    expect(await parseTableFile('fil.pdf', new Uint8Array([37, 80, 68, 70]))).toMatchObject({
      ok: false,
      error: { code: 'unreadable_table' },
    })
    expect(
      await parseTableFile('big.xlsx', new Uint8Array(2048), { maxBytes: 1024 }),
    ).toMatchObject({ ok: false, error: { code: 'too_large' } })
  })

  it('refuses a 6 MB workbook that unpacks to 1 GiB behind lying headers, without unpacking it', async () => {
    const bomb = lyingZipBomb(1024 ** 3)
    expect(bomb.length).toBeLessThan(7 * 1024 * 1024) // under the 10 MiB file limit
    const peakBefore = process.resourceUsage().maxRSS * 1024
    const started = performance.now()
    const result = await parseTableFile('liar.xlsx', bomb)
    const seconds = (performance.now() - started) / 1000
    const peakGrowth = process.resourceUsage().maxRSS * 1024 - peakBefore
    expect(result).toMatchObject({ ok: false, error: { code: 'too_large' } })
    // Counting stops just past the 200 MiB limit, inflating 16 KiB of input at a time: the
    // peak grows by tens of MiB, where inflating all at once took it up by 2.5 GiB.
    expect(peakGrowth).toBeLessThan(256 * 1024 * 1024)
    // Inflating 200 MiB takes about 0.3 s on a quiet core; the margin is for CI's two shared
    // cores (the unbounded version took 9–10 s).
    expect(seconds).toBeLessThan(8)
  })

  it('reads Windows-1252 CSV as Excel writes it on Norwegian machines', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('Navn;Niv'),
      0xe5,
      0x0d,
      0x0a,
      0x53,
      0xf8,
      0x72,
      0x3b,
      0x53,
      0x74,
      0x61,
      0x74,
    ])
    expect(must(parseCsv(bytes)).columns).toEqual(['Navn', 'Nivå'])
    expect(must(parseCsv(bytes)).rows[0]!.cells).toEqual(['Sør', 'Stat'])
  })

  it('refuses the whole apply when the board changed under the plan, leaving it untouched', () => {
    const { doc } = hostileBoard()
    const journey = readJourneys(doc)[0]!
    const table = csv('Fase,Kontaktpunkt\nFase <1>,Ny\nFase "2",Også ny\n')
    const plan = planTableImport(doc, table, suggestMapping(table, 'touchpoints'), {
      target: 'touchpoints',
      journeyId: journey.id,
    })
    expect(plan.readyCount).toBe(2)
    must(deletePhase(doc, readPhases(doc, journey.id)[1]!.id, { touchpoints: 'delete' }))
    const before = state(doc)
    expect(applyTableImport(doc, plan)).toMatchObject({
      ok: false,
      error: { code: 'stale_plan', params: { row: 3 } },
    })
    expect(state(doc)).toEqual(before)
    expect(
      planTableImport(doc, table, suggestMapping(table, 'touchpoints'), {
        target: 'touchpoints',
        journeyId: 'gone',
      }).tableErrors,
    ).toEqual([expect.objectContaining({ code: 'unknown_journey' })])
  })
})

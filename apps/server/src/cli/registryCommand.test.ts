import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import Papa from 'papaparse'
import { afterEach, describe, expect, it } from 'vitest'
import { TestBed } from '../testing/TestBed'
import type { CommandIo } from './exportCommand'
import { registryCommand } from './registryCommand'

const SAMPLE = fileURLToPath(
  new URL('../../test-data/enhetsregisteret-sample.csv', import.meta.url),
)

const bed = new TestBed()
afterEach(() => bed.cleanup())

async function run(argv: string[], cwd: string) {
  const out: string[] = []
  const err: string[] = []
  const io: CommandIo = {
    env: {},
    cwd,
    stdout: (d) => out.push(String(d)),
    stderr: (l) => err.push(l),
  }
  const code = await registryCommand(argv, io)
  return { code, out: out.join(''), err: err.join('\n') }
}

/** The search command's rows as [orgNumber, name, form, level, kind]. */
async function search(dir: string, text: string) {
  const { code, out } = await run(['search', text, '--data-dir', dir], dir)
  expect(code).toBe(0)
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t'))
}

/** The sample as the register's JSON download: nested objects, as brreg writes them. */
function sampleAsJson(): string {
  const rows = Papa.parse<Record<string, string>>(readFileSync(SAMPLE, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data
  return JSON.stringify(
    rows.map((r) => ({
      organisasjonsnummer: r.organisasjonsnummer,
      navn: r.navn,
      organisasjonsform: {
        kode: r['organisasjonsform.kode'],
        beskrivelse: r['organisasjonsform.beskrivelse'],
      },
      institusjonellSektorkode: { kode: r['institusjonellSektorkode.kode'] },
      overordnetEnhet: r.overordnetEnhet || undefined,
    })),
  )
}

describe('samkart registry', () => {
  it('imports the public bodies of a register download and finds them by name or number', async () => {
    const dir = bed.tempDir()
    const imported = await run(['import', SAMPLE, '--data-dir', dir], dir)
    expect(imported.err).toBe('')
    expect(imported.code).toBe(0)
    expect(imported.out).toContain('Imported 18 organisations')
    expect(imported.out).toContain('1 not public bodies')
    expect(imported.out).toContain('1 without a valid organisation number')

    // Any part of a name, in the register's capitals or not; written as people write it.
    expect(await search(dir, 'velferd')).toEqual([
      ['889640782', 'Arbeids- og velferdsetaten', 'ORGL', 'stat', 'etat'],
    ])
    expect((await search(dir, 'SØR-ØST'))[0]?.slice(0, 2)).toEqual([
      '991324968',
      'Helse sør-øst RHF',
    ])
    // A number by its first digits; a kommune is a kommune, a directorate a directorate.
    expect(await search(dir, '974 760')).toEqual([
      ['974760673', 'Registerenheten i brønnøysund', 'ORGL', 'stat', 'etat'],
    ])
    expect((await search(dir, 'flekkefjord'))[0]).toEqual([
      '964965137',
      'Flekkefjord kommune',
      'KOMM',
      'kommune',
      'kommune',
    ])
    expect((await search(dir, 'digitalisering'))[0]?.[4]).toBe('direktorat')
    expect((await search(dir, 'fiskeridepartementet'))[0]?.[4]).toBe('departement')
    // Names that start with the text come first: «Oslo kommune» before «… Oslo …».
    expect((await search(dir, 'oslo')).map((r) => r[1])).toEqual([
      'Oslo kommune',
      'Oslo universitetssykehus HF',
    ])
    // A private company is not a public body.
    expect(await search(dir, 'equinor')).toEqual([])
  })

  it('keeps every unit with --all, and reads the JSON download, gzipped or not', async () => {
    const dir = bed.tempDir()
    expect((await run(['import', SAMPLE, '--all', '--data-dir', dir], dir)).out).toContain(
      'Imported 19 organisations',
    )
    expect((await search(dir, 'equinor'))[0]?.slice(2, 4)).toEqual(['ASA', 'privat'])

    const json = join(dir, 'enheter.json')
    writeFileSync(json, sampleAsJson())
    expect((await run(['import', json, '--data-dir', dir], dir)).out).toContain(
      'Imported 18 organisations',
    )
    const gz = join(dir, 'enheter_alle.json.gz')
    writeFileSync(gz, gzipSync(sampleAsJson()))
    expect((await run(['import', gz, '--data-dir', dir], dir)).out).toContain(
      'Imported 18 organisations',
    )
    const csvGz = join(dir, 'enheter_alle.csv.gz')
    writeFileSync(csvGz, gzipSync(readFileSync(SAMPLE)))
    expect((await run(['import', csvGz, '--data-dir', dir], dir)).out).toContain(
      'Imported 18 organisations',
    )
    expect(await search(dir, 'equinor')).toEqual([])
  })

  it('refuses a file that is not a register with a reason, keeping the register it had', async () => {
    const dir = bed.tempDir()
    await run(['import', SAMPLE, '--data-dir', dir], dir)
    const cases: [string, string | Buffer, string][] = [
      ['notes.txt', 'Dette er ikke et register\nbare tekst\n', 'no «organisasjonsnummer»'],
      ['broken.json', '[{"organisasjonsnummer": "974760673", ', 'not valid JSON'],
      ['object.json', '{"hello": 1}', 'not a list of units'],
      ['empty.csv', '', 'empty'],
      ['bad.gz', Buffer.from([0x1f, 0x8b, 1, 2, 3]), 'cannot be unpacked'],
      [
        'invalid.csv',
        'organisasjonsnummer,navn\n123456789,Ugyldig\n,Uten nummer\n',
        'no organisation Samkart can use',
      ],
    ]
    for (const [name, content, reason] of cases) {
      const file = join(dir, name)
      writeFileSync(file, content)
      const result = await run(['import', file, '--data-dir', dir], dir)
      expect(result.code, name).toBe(1)
      expect(result.err, name).toContain(reason)
      expect(result.err, name).toContain('unchanged')
    }
    expect((await run(['import', join(dir, 'missing.csv'), '--data-dir', dir], dir)).err).toContain(
      'cannot open',
    )
    expect(await search(dir, 'velferd')).toHaveLength(1)
    expect((await run(['import', '--data-dir', dir], dir)).code).toBe(2)
    expect((await run(['frobnicate', '--data-dir', dir], dir)).code).toBe(2)
  })
})

import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import {
  SCHEMA_VERSION,
  createActor,
  readActors,
  readDangerSignals,
  readMeta,
  validateBoard,
} from '@samkart/model'
import { readBoardData } from '../board/BoardData'
import { HOSTILE, NOW, alvorligSyktBarn, hostileBoard, must, newBoard } from '../test/boards'
import { BOARD_FILE_VERSION } from './BoardFile'
import { boardToFile, exportJson } from './exportJson'
import { boardDocFromFile, importBoardFile } from './importBoardFile'
import { parseBoardFile, parseBoardFileWith } from './parseBoardFile'

/**
 * The file with every id replaced by its first-seen position and the dates blanked: what must
 * survive an import (which gives new ids and a new creation date) unchanged.
 */
function canonical(json: string): unknown {
  const ids = new Map<string, string>()
  const file = JSON.parse(json) as { exportedAt: string; board: Record<string, unknown> }
  const idFields = new Set([
    'id',
    'source',
    'target',
    'journeyId',
    'phaseId',
    'laneId',
    'counterpartId',
  ])
  const rename = (id: string) => {
    if (!ids.has(id)) ids.set(id, `#${ids.size}`)
    return ids.get(id)!
  }
  const walk = (value: unknown, key = ''): unknown => {
    if (Array.isArray(value))
      return value.map((v) =>
        ['responsible', 'touchpoints', 'pains', 'personas', 'asksFor'].includes(key) &&
        typeof v === 'string'
          ? rename(v)
          : walk(v),
      )
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]))
    return idFields.has(key) && typeof value === 'string' ? rename(value) : value
  }
  return {
    ...(walk(file) as object),
    exportedAt: '',
    board: { ...(walk(file.board) as object), createdAt: '' },
  }
}

const stateOf = (doc: Y.Doc) => Y.encodeStateAsUpdate(doc)

describe('JSON board file', () => {
  it('is versioned and holds the whole board', () => {
    const board = readBoardData(alvorligSyktBarn())
    const file = boardToFile(board, { now: NOW })
    expect(file).toMatchObject({
      format: 'samkart-board',
      version: BOARD_FILE_VERSION,
      exportedAt: NOW.toISOString(),
    })
    expect(file.board.title).toBe('Alvorlig sykt barn')
    expect(file.board.actors).toHaveLength(board.actors.length)
    expect(file.board.touchpoints).toHaveLength(board.touchpoints.length)
    expect(file.board.dangerSignals.find((s) => s.signal === 'lack-of-trust')).toEqual({
      signal: 'lack-of-trust',
      present: true,
      note: 'Lite tillit mellom NAV og kommunen',
    })
  })

  it('export → import → export is identical apart from ids and dates', () => {
    const original = alvorligSyktBarn()
    const first = exportJson(readBoardData(original), { now: NOW })
    const imported = boardDocFromFile(first, { now: new Date('2026-06-01T00:00:00Z') })
    const { doc, board } = must(imported)
    expect(validateBoard(doc)).toEqual([])
    expect(board.counts.touchpoints).toBe(readBoardData(original).touchpoints.length)
    const second = exportJson(readBoardData(doc), { now: new Date('2026-06-02T00:00:00Z') })
    expect(second).not.toBe(first) // new ids and dates…
    expect(canonical(second)).toEqual(canonical(first)) // …and nothing else changed
    // Fresh ids: nothing of the original board's ids is reused.
    const oldIds = new Set(readBoardData(original).actors.map((a) => a.id))
    expect(readActors(doc).some((a) => oldIds.has(a.id))).toBe(false)
    // The touchpoint whose owner was deleted still names a (missing) owner.
    const orphan = readBoardData(doc).touchpoints.find((t) => t.title === 'Sluttmøte')!
    expect(orphan.responsible).toHaveLength(1)
    expect(readActors(doc).map((a) => a.id)).not.toContain(orphan.responsible[0])
    expect(readDangerSignals(doc).find((s) => s.signal === 'lack-of-trust')?.present).toBe(true)
    // Personas and the information vocabulary come back, named by the new journey and touchpoints.
    const data = readBoardData(doc)
    expect(data.personas!.map((p) => p.name).sort()).toEqual(['Barnet', 'Foreldrene'])
    const items = new Map(data.infoItems!.map((i) => [i.id, i.name]))
    const pleiepenger = data.touchpoints.find((t) => t.title === 'Søke pleiepenger')!
    expect(pleiepenger.asksFor.map((id) => items.get(id)).sort()).toEqual([
      'Adresse og familie',
      'Bankkonto',
      'Diagnose',
      'Inntekt',
      'Legeerklæring',
    ])
    expect(data.journeys[0]!.personas).toHaveLength(2)
    // Notes come back with their author, time and place; the journey note in its new cell.
    expect(board.counts.notes).toBe(2)
    const [matrixNote, journeyNote] = readBoardData(doc).notes.sort((a, b) =>
      a.createdAt.localeCompare(b.createdAt),
    )
    expect(matrixNote).toMatchObject({ surface: 'matrix', authorName: 'Kari', color: 'pink' })
    expect(readBoardData(doc).phases.map((p) => p.id)).toContain(journeyNote!.phaseId)
    expect(readMeta(doc)).toMatchObject({
      title: 'Alvorlig sykt barn',
      createdAt: '2026-06-01T00:00:00.000Z',
      schemaVersion: SCHEMA_VERSION,
    })
  })

  it('keeps hostile text as plain data, and takes a new title when given', () => {
    const { doc: source, names } = hostileBoard()
    const { doc } = must(boardDocFromFile(exportJson(readBoardData(source)), { title: 'Kopi' }))
    expect(readMeta(doc).title).toBe('Kopi')
    expect(
      readActors(doc)
        .map((a) => a.name)
        .sort(),
    ).toEqual([...names].sort())
  })

  it('reads bytes with a BOM and an already parsed object alike', () => {
    const json = exportJson(readBoardData(hostileBoard().doc))
    const bytes = new TextEncoder().encode(`\ufeff${json}`)
    expect(must(parseBoardFile(bytes)).board.actors).toHaveLength(3)
    expect(must(parseBoardFile(JSON.parse(json))).board.actors).toHaveLength(3)
  })

  /** A board file as plain JSON, for tests to break. */
  type Entity = Record<string, unknown>
  type EditableFile = Record<string, unknown> & {
    board: Record<string, unknown> & { title: string; actors: Entity[]; relations: Entity[] }
  }
  const json = () => JSON.parse(exportJson(readBoardData(hostileBoard().doc))) as EditableFile
  const refused = (input: unknown, options = {}) => {
    const result = parseBoardFile(
      typeof input === 'string' ? input : JSON.stringify(input),
      options,
    )
    if (result.ok) throw new Error('expected a refusal')
    return result.error
  }

  it('refuses wrong, future and unknown versions', () => {
    expect(refused({ ...json(), version: BOARD_FILE_VERSION + 1 })).toMatchObject({
      code: 'future_version',
      params: { version: BOARD_FILE_VERSION + 1 },
    })
    for (const version of [0, -1, 1.5, '1', null, undefined])
      expect(refused({ ...json(), version }).code).toBe('unsupported_version')
    expect(refused({ ...json(), format: 'miro-board' }).code).toBe('not_board_file')
    expect(refused([1, 2, 3]).code).toBe('not_board_file')
  })

  it('refuses broken JSON, empty files and files over the limit', () => {
    const text = exportJson(readBoardData(hostileBoard().doc))
    expect(refused(text.slice(0, text.length / 2)).code).toBe('invalid_json')
    expect(refused('   ').code).toBe('empty')
    expect(refused(text, { maxBytes: 1000 })).toMatchObject({
      code: 'too_large',
      params: { max: 1000 },
    })
    expect(parseBoardFile(new TextEncoder().encode(text), { maxBytes: 1000 })).toMatchObject({
      ok: false,
      error: { code: 'too_large' },
    })
  })

  it('refuses deep nesting before parsing it, and more entities of a kind than allowed', () => {
    expect(refused(`{"format":"samkart-board","x":${'['.repeat(100_000)}`)).toMatchObject({
      code: 'too_deep',
      params: { max: 64 },
    })
    const file = JSON.parse(exportJson(readBoardData(alvorligSyktBarn())))
    const lists = ['actors', 'relations', 'journeys', 'phases', 'touchpoints'] as const
    const most = Math.max(...lists.map((list) => file.board[list].length as number))
    expect(parseBoardFile(JSON.stringify(file), { maxEntities: most }).ok).toBe(true)
    const largest = lists.find((list) => file.board[list].length === most)!
    expect(refused(JSON.stringify(file), { maxEntities: most - 1 })).toMatchObject({
      code: 'too_many_entities',
      path: `board.${largest}`,
      params: { list: largest, count: most, max: most - 1 },
    })
  })

  it('refuses entities that break the model, saying where', () => {
    const bad = json()
    bad.board.actors[1]!.importance = 2
    expect(refused(bad)).toMatchObject({
      code: 'invalid_board',
      path: 'board.actors[1].importance',
      cause: { code: 'out_of_range' },
    })
    const unknownField = json()
    unknownField.board.relations[0]!.weight = 3
    expect(refused(unknownField)).toMatchObject({
      code: 'invalid_board',
      path: 'board.relations[0].weight',
    })
    const twice = json()
    twice.board.actors[1]!.id = twice.board.actors[0]!.id
    expect(refused(twice)).toMatchObject({ code: 'invalid_board', path: 'board.actors[1].id' })
    const template = json()
    template.board.template = 'x'.repeat(101)
    expect(refused(template)).toMatchObject({ code: 'invalid_board', path: 'board.template' })
    const script = json()
    script.board.actors[0]!.id = '<script>'
    expect(refused(script)).toMatchObject({ code: 'invalid_board', path: 'board.actors[0].id' })
  })

  it('refuses dangling references and duplicate organisation numbers on import, leaving the target untouched', () => {
    const dangling = json()
    dangling.board.relations[0]!.target = 'nobody'
    const target = new Y.Doc()
    const before = stateOf(target)
    const result = importBoardFile(target, must(parseBoardFile(dangling)))
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_board',
        path: 'board.relations[0]',
        cause: { code: 'missing_reference' },
      },
    })
    expect(stateOf(target)).toEqual(before)

    const duplicate = json()
    const actors = duplicate.board.actors as { orgNumber: string }[]
    const numbered = actors.find((a) => a.orgNumber !== '')!
    actors.find((a) => a.orgNumber === '')!.orgNumber = numbered.orgNumber
    const second = importBoardFile(target, must(parseBoardFile(duplicate)))
    expect(second).toMatchObject({ ok: false, error: { cause: { code: 'duplicate_org_number' } } })
    expect(stateOf(target)).toEqual(before)
    expect(boardDocFromFile({ ...json(), board: { ...json().board, title: '' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_board', path: 'board.title' },
    })
  })

  it('imports only into a new board', () => {
    const existing = newBoard('Min tavle')
    must(createActor(existing, { name: 'Finnes fra før' }))
    const before = stateOf(existing)
    const result = importBoardFile(existing, must(parseBoardFile(json())))
    expect(result).toMatchObject({ ok: false, error: { code: 'target_not_empty' } })
    expect(stateOf(existing)).toEqual(before)
  })

  it('migrates an older version step by step before checking it', () => {
    // A made-up version 3 that marks the title: the v2 file must come out as v3.
    const v1 = json()
    const migrations = [
      {
        from: 2,
        describe: 'rename the board title',
        up: (file: Record<string, unknown>) => {
          const board = (file as EditableFile).board
          return { ...file, version: 3, board: { ...board, title: `${board.title} (v2)` } }
        },
      },
    ]
    const migrated = must(parseBoardFileWith(JSON.stringify(v1), {}, migrations, 3))
    expect(migrated.version).toBe(3)
    expect(migrated.board.title).toBe(`${v1.board.title} (v2)`)
    expect(parseBoardFileWith(JSON.stringify(v1), {}, [], 3)).toMatchObject({
      ok: false,
      error: { code: 'unsupported_version' },
    })
    expect(HOSTILE.script).toContain('<script>')
  })
})

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { builtInLane, readLanes, readNotes, validateBoard } from '@samkart/model'
import { readBoardData } from '../board/BoardData'
import { must } from '../test/boards'
import { BOARD_FILE_VERSION } from './BoardFile'
import { exportJson } from './exportJson'
import { boardDocFromFile } from './importBoardFile'

/** A board file the code of schema 1 wrote (packages/model/src/doc/fixtures/README.md). */
const fixture = (name: string) =>
  readFileSync(new URL(`../../../model/src/doc/fixtures/${name}`, import.meta.url), 'utf8')

describe('board files of version 1', () => {
  it('import the template board with the built-in lanes on every journey', () => {
    const { doc, board } = must(boardDocFromFile(fixture('board-v1-template.json')))
    expect(validateBoard(doc)).toEqual([])
    const data = readBoardData(doc)
    expect(board.counts.touchpoints).toBe(18)
    for (const journey of data.journeys)
      expect(readLanes(doc, journey.id).map((l) => builtInLane(l))).toEqual([
        'action',
        'touchpoint',
        'channel',
        'need',
        'pain',
        'emotion',
        'responsible',
        'backstage',
      ])
    // Exported again, it is a file of the current version, and it reads back the same.
    const again = exportJson(data)
    expect(JSON.parse(again).version).toBe(BOARD_FILE_VERSION)
    expect(must(boardDocFromFile(again)).board.counts.lanes).toBe(data.lanes.length)
  })

  it('keep a rearranged journey’s lanes and put every note in its lane', () => {
    const { doc } = must(boardDocFromFile(fixture('board-v1-lanes.json')))
    expect(validateBoard(doc)).toEqual([])
    const data = readBoardData(doc)
    const arranged = data.journeys.find((j) => j.title === 'Søke om pleiepenger')!
    const lanes = readLanes(doc, arranged.id)
    expect(lanes.map((l) => `${l.hidden ? '-' : ''}${builtInLane(l)}`)).toEqual([
      'emotion',
      '-channel',
      'pain',
      'touchpoint',
      '-backstage',
      'action',
      'need',
      'responsible',
    ])
    const laneOf = new Map(data.lanes.map((l) => [l.id, builtInLane(l)]))
    const place = Object.fromEntries(
      readNotes(doc).map((n) => [n.text, laneOf.get(n.laneId) ?? '']),
    )
    expect(place).toEqual({
      'Redd og sliten': 'emotion',
      'Må forklare alt på nytt': 'pain',
      'Notat i skjult rad': 'channel',
      'Saksbehandler venter på legeerklæring': 'backstage',
      Standardrad: 'action',
      Aktørkartnotat: '',
    })
  })
})

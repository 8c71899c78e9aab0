import * as Y from 'yjs'
import { networkAutoLayout, toNetworkCoords } from '@samkart/layout'
import {
  BOARD_TEMPLATES,
  type BoardTemplate,
  type Result,
  applyTemplate,
  createId,
  fail,
  initBoard,
  ok,
  updateActor,
} from '@samkart/model'
import type { BoardRecord, Storage } from '../storage/Storage'

/** What a client may send to create a board. */
export interface CreateBoardInput {
  title?: unknown
  template?: unknown
}

/**
 * Lays a template board's network out as «Ordne automatisk» would: the initial spiral spreads
 * cards by id, so a 16-actor template opened at ~0.4 zoom on a laptop with its related actors
 * far apart; arranged, it takes about half the width and its relations are short. Laid out on
 * the template's own keys, not the board's random ids, so every board from a template opens
 * with the same picture.
 */
function arrangeTemplateNetwork(doc: Y.Doc, template: BoardTemplate, ids: Record<string, string>) {
  const positions = networkAutoLayout({
    ids: template.actors.map((a) => a.key),
    relations: template.relations,
  })
  doc.transact(() => {
    for (const [key, point] of positions) {
      const id = ids[key]
      if (id) updateActor(doc, id, toNetworkCoords(point))
    }
  })
}

/**
 * Creates a board: a fresh document initialised by `initBoard` and, if asked, filled from a
 * template with its network arranged (here, on the server, never by a client, so two clients
 * cannot both seed it), then stored with its listing in one write. Without a title a template board takes the template's.
 * Returns the model's validation error for a bad title or an unknown template.
 */
export async function createBoard(
  storage: Storage,
  input: CreateBoardInput,
): Promise<Result<BoardRecord>> {
  const template =
    input.template === undefined || input.template === ''
      ? undefined
      : BOARD_TEMPLATES[String(input.template)]
  if (input.template !== undefined && input.template !== '' && !template)
    return fail({
      code: 'invalid_enum',
      entity: 'board',
      field: 'template',
      message: `board.template: unknown template ${JSON.stringify(String(input.template).slice(0, 60))}`,
    })
  const title = input.title === undefined && template ? template.title : input.title
  if (typeof title !== 'string')
    return fail({
      code: title === undefined ? 'required' : 'invalid_type',
      entity: 'board',
      field: 'title',
      message: 'board.title: must be text',
    })
  const doc = new Y.Doc()
  try {
    const meta = initBoard(doc, { title, template: template?.id ?? '' })
    if (!meta.ok) return meta
    if (template) {
      const applied = applyTemplate(doc, template)
      if (!applied.ok) return applied
      arrangeTemplateNetwork(doc, template, applied.value)
    }
    const board: BoardRecord = {
      id: createId(),
      title: meta.value.title,
      createdAt: meta.value.createdAt,
    }
    await storage.createBoard(board, Y.encodeStateAsUpdate(doc))
    return ok(board)
  } finally {
    doc.destroy()
  }
}

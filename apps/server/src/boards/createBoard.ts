import * as Y from 'yjs'
import { arrangeNetwork, toNetworkCoords } from '@samkart/layout'
import {
  BOARD_TEMPLATES,
  type Result,
  applyTemplate,
  createId,
  fail,
  initBoard,
  ok,
  readActors,
  readRelations,
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
 * cards by id, 260 units apart, so a 16-actor template opened at ~0.4 zoom on a laptop with its
 * related actors far apart; arranged, it takes about half the width and its relations are short.
 */
function arrangeTemplateNetwork(doc: Y.Doc) {
  const positions = arrangeNetwork(readActors(doc), readRelations(doc))
  doc.transact(() => {
    for (const [id, point] of positions) updateActor(doc, id, toNetworkCoords(point))
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
      arrangeTemplateNetwork(doc)
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

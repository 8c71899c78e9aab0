import * as Y from 'yjs'
import { type ImportResult, refuse } from '../ImportResult'
import { IMPORT_ORIGIN } from '../json/importBoardFile'
import type { ImportPlan } from './ImportPlan'
import { createRow } from './planTableImport'

/**
 * Creates the rows of a plan that have no errors, in one update (one undo step for the given
 * origin). Everything is checked again against the board as it is now, on a scratch copy; if
 * anything no longer holds (an agency or phase was deleted meanwhile, someone took the same
 * organisation number) nothing is written and the result is `stale_plan`. A plan with table
 * errors or no ready rows changes nothing (`nothing_to_import`).
 *
 * @returns the ids of the created entities, in row order
 */
export function applyTableImport(
  doc: Y.Doc,
  plan: ImportPlan,
  options: { origin?: unknown } = {},
): ImportResult<{ created: string[] }> {
  const ready = plan.rows.filter((r) => r.errors.length === 0)
  if (plan.tableErrors.length > 0 || ready.length === 0)
    return refuse('nothing_to_import', 'the plan has no row that can be imported')
  const scratch = new Y.Doc()
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc))
    const before = Y.encodeStateVector(doc)
    const created: string[] = []
    for (const row of ready) {
      const result = createRow(scratch, plan.destination, row.input)
      if (!result.ok)
        return refuse(
          'stale_plan',
          `row ${row.row} no longer fits the board: ${result.error.message}`,
          {
            cause: result.error,
            params: { row: row.row },
          },
        )
      created.push(result.value)
    }
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(scratch, before), options.origin ?? IMPORT_ORIGIN)
    return { ok: true, value: { created } }
  } finally {
    scratch.destroy()
  }
}

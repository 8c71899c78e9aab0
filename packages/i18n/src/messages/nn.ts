import type { Messages } from './nb'
import { nnActors } from './nn/actors'
import { nnApp } from './nn/app'
import { nnJourneys } from './nn/journeys'
import { nnAccess } from './nn/access'
import { nnPresence } from './nn/presence'
import { nnExports } from './nn/exports'
import { nnReport } from './nn/report'
import { nnHistory } from './nn/history'
import { nnWorkshop } from './nn/workshop'
import { nnVoting } from './nn/voting'
import { nnFacilitation } from './nn/facilitation'
import { nnComments } from './nn/comments'
import { nnNotes } from './nn/notes'
import { nnLanes } from './nn/lanes'
import { nnCompare } from './nn/compare'
import { nnPersonas } from './nn/personas'

/**
 * Nynorsk. Typed as {@link Messages}, so a key missing here or one that nb does not have is a
 * compile error; `messages.test.ts` also checks that the placeholders match. Written as
 * nynorsk (brukarreise, verksemd, kjensle), not as bokmål with swapped endings.
 *
 * Every nynorsk message, by area (one file per area under `nn/`, typed against bokmål).
 */
export const nn: Messages = {
  ...nnApp,
  ...nnActors,
  ...nnJourneys,
  ...nnAccess,
  ...nnPresence,
  ...nnExports,
  ...nnReport,
  ...nnHistory,
  ...nnWorkshop,
  ...nnVoting,
  ...nnFacilitation,
  ...nnComments,
  ...nnNotes,
  ...nnLanes,
  ...nnCompare,
  ...nnPersonas,
}

import type { Messages } from './nb'
import { enActors } from './en/actors'
import { enApp } from './en/app'
import { enJourneys } from './en/journeys'
import { enAccess } from './en/access'
import { enPresence } from './en/presence'
import { enExports } from './en/exports'
import { enReport } from './en/report'
import { enHistory } from './en/history'
import { enWorkshop } from './en/workshop'
import { enVoting } from './en/voting'
import { enFacilitation } from './en/facilitation'
import { enComments } from './en/comments'
import { enNotes } from './en/notes'
import { enLanes } from './en/lanes'
import { enCompare } from './en/compare'
import { enPersonas } from './en/personas'

/**
 * English. Typed as {@link Messages}, so a key missing here or one that nb does not have is a
 * compile error; `messages.test.ts` also checks that the placeholders match.
 *
 * Every English message, by area (one file per area under `en/`, typed against bokmål).
 */
export const en: Messages = {
  ...enApp,
  ...enActors,
  ...enJourneys,
  ...enAccess,
  ...enPresence,
  ...enExports,
  ...enReport,
  ...enHistory,
  ...enWorkshop,
  ...enVoting,
  ...enFacilitation,
  ...enComments,
  ...enNotes,
  ...enLanes,
  ...enCompare,
  ...enPersonas,
}

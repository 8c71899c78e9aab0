import { nbActors } from './nb/actors'
import { nbApp } from './nb/app'
import { nbJourneys } from './nb/journeys'
import { nbAccess } from './nb/access'
import { nbPresence } from './nb/presence'
import { nbExports } from './nb/exports'
import { nbReport } from './nb/report'
import { nbHistory } from './nb/history'
import { nbWorkshop } from './nb/workshop'
import { nbVoting } from './nb/voting'
import { nbFacilitation } from './nb/facilitation'
import { nbComments } from './nb/comments'
import { nbNotes } from './nb/notes'
import { nbLanes } from './nb/lanes'
import { nbCompare } from './nb/compare'
import { nbPersonas } from './nb/personas'

/**
 * Norsk bokmål: the source of truth for every user-facing string. Other locales must have
 * exactly these keys (checked by the `Messages` type and by `messages.test.ts`).
 *
 * Placeholders are written `{name}` and filled by `translate`. Keys are flat and dotted so a
 * missing or misspelt key is a type error at the call site.
 *
 * Every bokmål message, by area (one file per area under `nb/`).
 */
export const nb = {
  ...nbApp,
  ...nbActors,
  ...nbJourneys,
  ...nbAccess,
  ...nbPresence,
  ...nbExports,
  ...nbReport,
  ...nbHistory,
  ...nbWorkshop,
  ...nbVoting,
  ...nbFacilitation,
  ...nbComments,
  ...nbNotes,
  ...nbLanes,
  ...nbCompare,
  ...nbPersonas,
} as const

/** Every message key. */
export type MessageKey = keyof typeof nb

/** A complete catalogue: every key of {@link nb}, no more, no less. */
export type Messages = { readonly [K in MessageKey]: string }

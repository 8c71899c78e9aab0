import type { EntitySpec } from './EntitySpec'

/**
 * Note colours, by name. Each is drawn as a light tint with dark text, so every colour reads at
 * WCAG AA contrast; the names (not hex values) are stored so a theme can change the tints.
 */
export const NOTE_COLORS = ['yellow', 'blue', 'green', 'pink', 'orange'] as const
export type NoteColor = (typeof NOTE_COLORS)[number]

/**
 * Where a note was put. A note belongs to the one view it was put on: a matrix note is not shown
 * on the network or the lens, since a spot on one plane means nothing on another.
 */
export const NOTE_SURFACES = ['matrix', 'network', 'lens', 'journey'] as const
export type NoteSurface = (typeof NOTE_SURFACES)[number]

/** The longest note text: a sticky note is a thought, not a document. */
export const NOTE_TEXT_MAX = 500
/** Matrix and lens notes may sit this far (in plane fractions) outside the plane, in the margin. */
export const NOTE_PLANE_MARGIN = 0.5
const COORD = 1_000_000

/**
 * A sticky note (notat): free text in a colour, put on one aktørkart view or in one phase × lane
 * cell of a journey, by someone at some time. Notes are the workshop's scratch paper; one that
 * holds up can be promoted to an actor or a touchpoint (see `noteOps`).
 *
 * Coordinates (`x`, `y`) are the note's centre in its view's own terms, as actors' are:
 * - `matrix` and `lens`: fractions of the plane, 0 = left/top edge, 1 = right/bottom edge
 *   (so a matrix note at x, y has the scores importance = 1 − y, substitutability = 1 − x, and a
 *   lens note interest = x, influence = 1 − y); up to {@link NOTE_PLANE_MARGIN} beyond the edge;
 * - `network`: flow units, like an actor's `networkX`/`networkY`;
 * - `journey`: unused (0); the note sits in the cell `journeyId` × `phaseId` × `laneId`.
 */
export interface Note {
  id: string
  text: string
  color: NoteColor
  /** The author's display name when the note was made (kept if they later rename). */
  authorName: string
  /** The author's participant id (see `protocol/Participant`), or `''` when unknown. */
  authorId: string
  /** ISO 8601 time the note was made. */
  createdAt: string
  surface: NoteSurface
  x: number
  y: number
  /** Journey notes only: the journey, phase and lane of the cell; `''` elsewhere. */
  journeyId: string
  phaseId: string
  laneId: string
}

/** Schema of {@link Note}. */
export const noteSpec: EntitySpec<Note> = {
  kind: 'note',
  root: 'notes',
  fields: {
    text: { kind: 'text', max: NOTE_TEXT_MAX },
    color: { kind: 'enum', values: NOTE_COLORS },
    authorName: { kind: 'text', max: 100 },
    authorId: { kind: 'text', max: 64 },
    createdAt: { kind: 'text', max: 64 },
    surface: { kind: 'enum', values: NOTE_SURFACES },
    x: { kind: 'number', min: -COORD, max: COORD },
    y: { kind: 'number', min: -COORD, max: COORD },
    journeyId: { kind: 'ref', entity: 'journey' },
    phaseId: { kind: 'ref', entity: 'phase' },
    laneId: { kind: 'ref', entity: 'lane' },
  },
  defaults: {
    text: '',
    color: 'yellow',
    authorName: '',
    authorId: '',
    createdAt: '',
    surface: 'matrix',
    x: 0.5,
    y: 0.5,
    journeyId: '',
    phaseId: '',
    laneId: '',
  },
}

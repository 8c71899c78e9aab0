import {
  CARD_FULL,
  CARD_GAP,
  type LensQuadrant,
  type Point,
  type Rect,
  lensQuadrantRect,
  lensRegion,
  lensToPosition,
  positionToLens,
} from '@samkart/layout'
import type { Actor } from '@samkart/model'

/**
 * The lens's tray «Ikke plassert ennå», left of the plane: two columns of cards for the actors
 * nobody has placed on interest × influence yet, so they wait beside the grid instead of all
 * claiming its centre. Dragging a card onto the plane (or an arrow key) places it.
 */
export const LENS_TRAY: Rect = { x: -520, y: 0, width: 420, height: 700 }

/** Room between the tray's border and its cards. */
const TRAY_PADDING = 10
/** The tray's two columns of full cards, a gap apart. */
const TRAY_COLUMNS = 2
const PITCH_X = CARD_FULL.width + CARD_GAP
const PITCH_Y = CARD_FULL.height + CARD_GAP
/** Slots in the tray at full card size; further cards are left to the placement to fit. */
export const TRAY_SLOTS =
  TRAY_COLUMNS * Math.floor((LENS_TRAY.height - 2 * TRAY_PADDING + CARD_GAP) / PITCH_Y)

/**
 * The centre of the `index`-th slot of the tray, row by row from the top left, so unplaced
 * cards stand in two tidy columns in the order they are given (by name) rather than in a heap
 * around one point. Past {@link TRAY_SLOTS} every card gets the last slot and the placement
 * finds each a free spot in the tray (as chips when they no longer fit at full size).
 */
export function traySlot(index: number): Point {
  const i = Math.min(Math.max(0, index), TRAY_SLOTS - 1)
  const column = i % TRAY_COLUMNS
  const row = Math.floor(i / TRAY_COLUMNS)
  return {
    x: LENS_TRAY.x + TRAY_PADDING + column * PITCH_X + CARD_FULL.width / 2,
    y: LENS_TRAY.y + TRAY_PADDING + row * PITCH_Y + CARD_FULL.height / 2,
  }
}

/**
 * An actor is placed on the lens once someone has moved it: interest and influence are both at
 * their default 0.5 until then, as networkX/Y are (0, 0) in the network view. Exactly 0.5 on
 * both by hand is unlikely and reads as «not placed», which is harmless.
 */
export const isPlacedInLens = (actor: Pick<Actor, 'interest' | 'influence'>) =>
  actor.interest !== 0.5 || actor.influence !== 0.5

/**
 * Where an actor's card belongs on the lens: its current scores, or its slot in the tray
 * (`trayIndex`: its place among the unplaced actors, see `createLensPlace`).
 */
export const lensAnchor = (
  actor: Pick<Actor, 'interest' | 'influence'>,
  trayIndex: number,
): Point =>
  isPlacedInLens(actor)
    ? lensToPosition({ interest: actor.interest, influence: actor.influence })
    : traySlot(trayIndex)

/** The region a lens card stays inside: the tray, or the quadrant of its scores. */
export const lensCardRegion = (position: Point): Rect =>
  position.x < 0 ? LENS_TRAY : lensRegion(positionToLens(position))

const QUADRANTS: readonly LensQuadrant[] = ['high-high', 'high-low', 'low-high', 'low-low']
/** Every region of the lens: the four quadrants and the tray. */
export const LENS_REGIONS: readonly Rect[] = [
  ...QUADRANTS.map((q) => lensQuadrantRect(q)),
  LENS_TRAY,
]

import {
  type LensQuadrant,
  type Point,
  type Rect,
  currentLensPosition,
  lensQuadrantRect,
  lensRegion,
  positionToLens,
} from '@samkart/layout'
import type { Actor } from '@samkart/model'

/**
 * The lens's tray «Ikke plassert ennå», left of the plane: two columns of cards for the actors
 * nobody has placed on interest × influence yet, so they wait beside the grid instead of all
 * claiming its centre. Dragging a card onto the plane (or an arrow key) places it.
 */
export const LENS_TRAY: Rect = { x: -520, y: 0, width: 420, height: 700 }

/** Where unplaced cards gather: the tray's top, so they fill it from there. */
const TRAY_ANCHOR: Point = { x: LENS_TRAY.x + LENS_TRAY.width / 2, y: LENS_TRAY.y + 40 }

/**
 * An actor is placed on the lens once someone has moved it: interest and influence are both at
 * their default 0.5 until then, as networkX/Y are (0, 0) in the network view. Exactly 0.5 on
 * both by hand is unlikely and reads as «not placed», which is harmless.
 */
export const isPlacedInLens = (actor: Pick<Actor, 'interest' | 'influence'>) =>
  actor.interest !== 0.5 || actor.influence !== 0.5

/** Where an actor's card belongs on the lens: its current scores, or the tray. */
export const lensAnchor = (actor: Actor): Point =>
  isPlacedInLens(actor) ? currentLensPosition(actor) : TRAY_ANCHOR

/** The region a lens card stays inside: the tray, or the quadrant of its scores. */
export const lensCardRegion = (position: Point): Rect =>
  position.x < 0 ? LENS_TRAY : lensRegion(positionToLens(position))

const QUADRANTS: readonly LensQuadrant[] = ['high-high', 'high-low', 'low-high', 'low-low']
/** Every region of the lens: the four quadrants and the tray. */
export const LENS_REGIONS: readonly Rect[] = [
  ...QUADRANTS.map((q) => lensQuadrantRect(q)),
  LENS_TRAY,
]

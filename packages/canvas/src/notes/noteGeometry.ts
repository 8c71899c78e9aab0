import { MATRIX_HEIGHT, MATRIX_WIDTH, type Point } from '@samkart/layout'
import { NOTE_PLANE_MARGIN, type NoteSurface } from '@samkart/model'

/** The aktørkart views a note can be put on. */
export type MapSurface = Exclude<NoteSurface, 'journey'>

/** A note's size on the canvas, in flow units: room for a short thought and its author. */
export const NOTE_SIZE = { width: 150, height: 96 }

/** Flow units per arrow key press on the network, and with Shift. */
const NETWORK_STEP = [20, 100] as const
/** Plane fractions per arrow key press on the matrix and the lens, and with Shift. */
const PLANE_STEP = [0.02, 0.1] as const
const NETWORK_LIMIT = 100_000

const planeSurface = (surface: MapSurface) => surface === 'matrix' || surface === 'lens'

/** Where a note with stored `x`, `y` is drawn (its centre, in flow units). */
export function noteToFlow(surface: MapSurface, note: Point): Point {
  return planeSurface(surface)
    ? { x: note.x * MATRIX_WIDTH, y: note.y * MATRIX_HEIGHT }
    : { x: note.x, y: note.y }
}

/**
 * The stored `x`, `y` of a note drawn at `flow`, kept where the model allows: on the matrix and
 * the lens within the plane's margin, on the network within the view's limit.
 */
export function flowToNote(surface: MapSurface, flow: Point): Point {
  if (!planeSurface(surface)) {
    const clamp = (v: number) => Math.min(NETWORK_LIMIT, Math.max(-NETWORK_LIMIT, v))
    return { x: Math.round(clamp(flow.x)), y: Math.round(clamp(flow.y)) }
  }
  const clamp = (v: number) =>
    Math.round(Math.min(1 + NOTE_PLANE_MARGIN, Math.max(-NOTE_PLANE_MARGIN, v)) * 10_000) / 10_000
  return { x: clamp(flow.x / MATRIX_WIDTH), y: clamp(flow.y / MATRIX_HEIGHT) }
}

/** Keeps a dragged note's centre where {@link flowToNote} can store it. */
export function clampNoteFlow(surface: MapSurface, flow: Point): Point {
  return noteToFlow(surface, flowToNote(surface, flow))
}

const DELTAS: Record<string, [number, number] | undefined> = {
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
}

/** The stored position after an arrow key, or `null` for any other key. */
export function noteAfterKey(
  surface: MapSurface,
  note: Point,
  key: string,
  large: boolean,
): Point | null {
  const d = DELTAS[key]
  if (!d) return null
  const step = (planeSurface(surface) ? PLANE_STEP : NETWORK_STEP)[large ? 1 : 0]
  const next = { x: note.x + d[0] * step, y: note.y + d[1] * step }
  return flowToNote(surface, noteToFlow(surface, next))
}

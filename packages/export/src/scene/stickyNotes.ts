import type { Note, NoteColor, NoteSurface } from '@samkart/model'
import { MATRIX_HEIGHT, MATRIX_WIDTH, type Point } from '@samkart/layout'
import { COLORS } from './palette'
import type { SceneBuilder } from './SceneBuilder'
import { wrapText } from './wrapText'

/**
 * Note tints, kept equal to the canvas's (`notes/notes.css`, which export may not import: the
 * canvas is React). All are light, so the dark text reads at well over AA contrast.
 */
export const NOTE_TINTS: Readonly<Record<NoteColor, string>> = {
  yellow: '#fff3b0',
  blue: '#d8eafd',
  green: '#d7f0d8',
  pink: '#fbdde8',
  orange: '#ffe0bf',
}

/** A note's size in the scene, as on the canvas. */
export const NOTE_WIDTH = 150
const TEXT_SIZE = 14
const BYLINE_SIZE = 11
const PAD = 8
const MAX_LINES = 6

/** The notes of one aktørkart view. */
export function notesOn(notes: readonly Note[], surface: NoteSurface): Note[] {
  return notes.filter((n) => n.surface === surface)
}

/**
 * Where a matrix or lens note is drawn, in plane units: its spot, kept inside the plane (the
 * canvas lets it sit in the margin, but the exported frame has no room for it there).
 */
export function planeNotePoint(note: Note): Point {
  const clamp = (v: number, max: number) =>
    Math.min(max - NOTE_WIDTH / 2, Math.max(NOTE_WIDTH / 2, (Number.isFinite(v) ? v : 0.5) * max))
  return { x: clamp(note.x, MATRIX_WIDTH), y: clamp(note.y, MATRIX_HEIGHT) }
}

/** The height a note takes when drawn. */
export function noteHeight(note: Note): number {
  const lines = wrapText(note.text, {
    size: TEXT_SIZE,
    maxWidth: NOTE_WIDTH - 2 * PAD,
    maxLines: MAX_LINES,
  })
  return PAD * 2 + Math.max(1, lines.length) * TEXT_SIZE * 1.3 + (note.authorName ? 16 : 0)
}

/**
 * A sticky note centred at (cx, cy): a tinted square with a folded-corner border, its text
 * (wrapped, at most six lines) and the author's name under it. The full text is the shape's
 * title, so an SVG shows it on hover.
 */
export function drawNote(b: SceneBuilder, note: Note, cx: number, cy: number): void {
  const height = noteHeight(note)
  const x = cx - NOTE_WIDTH / 2
  const y = cy - height / 2
  b.add({
    type: 'rect',
    x,
    y,
    width: NOTE_WIDTH,
    height,
    fill: NOTE_TINTS[note.color] ?? NOTE_TINTS.yellow,
    stroke: COLORS.border,
    strokeWidth: 1,
    radius: 3,
    key: `note:${note.id}`,
    title: note.text,
  })
  const used = b.paragraph(x + PAD, y + PAD - 3, note.text, {
    size: TEXT_SIZE,
    maxWidth: NOTE_WIDTH - 2 * PAD,
    maxLines: MAX_LINES,
    key: `note:${note.id}`,
  })
  if (note.authorName)
    b.paragraph(x + PAD, y + PAD + Math.max(used, TEXT_SIZE * 1.3), note.authorName, {
      size: BYLINE_SIZE,
      maxWidth: NOTE_WIDTH - 2 * PAD,
      maxLines: 1,
      fill: COLORS.textSubtle,
      key: `note:${note.id}`,
    })
}

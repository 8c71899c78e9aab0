/**
 * Participant colours. Every one carries white label text at 4.5:1 or more (WCAG AA for text)
 * and shows against the white canvas at well over 3:1, so a cursor, its name tag and a
 * selection outline read in any of them. Ordered so that the first few are the most distinct.
 */
export const PRESENCE_COLORS = [
  '#1565C0', // blue
  '#C62828', // red
  '#2E7D32', // green
  '#6A1B9A', // purple
  '#AD4E00', // orange
  '#0E7C86', // teal
  '#AD1457', // pink
  '#5D4037', // brown
  '#283593', // indigo
  '#4A7A28', // olive
  '#37474F', // blue grey
] as const

/** One of {@link PRESENCE_COLORS}. */
export type PresenceColor = (typeof PRESENCE_COLORS)[number]

/** Whether `value` is one of the palette's colours (remote states are not trusted). */
export function isPresenceColor(value: unknown): value is PresenceColor {
  return typeof value === 'string' && (PRESENCE_COLORS as readonly string[]).includes(value)
}

/**
 * The colour to use when others already use `taken`: `preferred` (the one this browser
 * remembers) if nobody has it, else the first free palette colour; once all are in use, the
 * least used one, so colours repeat as evenly as they can in a very full room.
 */
export function pickColor(taken: readonly string[], preferred?: string): PresenceColor {
  if (isPresenceColor(preferred) && !taken.includes(preferred)) return preferred
  let best: PresenceColor = PRESENCE_COLORS[0]
  let bestUses = Infinity
  for (const color of PRESENCE_COLORS) {
    const uses = taken.filter((c) => c === color).length
    if (uses === 0) return color
    if (uses < bestUses) {
      best = color
      bestUses = uses
    }
  }
  return best
}

import type { ActorCategory, RelationType } from '@samkart/model'

/**
 * Fixed colours close to Designsystemet's default theme, which the canvas uses through CSS
 * variables: exported files cannot read those, and must look the same wherever they open.
 */
export const COLORS = {
  background: '#ffffff',
  text: '#1e2b3c',
  textSubtle: '#4b5563',
  border: '#8c96a3',
  borderSubtle: '#d0d5dd',
  surface: '#f4f5f6',
  danger: '#b42318',
  dangerTint: '#fdecea',
} as const

/** A category's colour (the card's left edge, the legend) and its cell's tint. */
export const CATEGORY_COLORS: Readonly<Record<ActorCategory, { base: string; tint: string }>> = {
  viktig: { base: '#0062ba', tint: '#e6f0fa' },
  moderat: { base: '#b86e00', tint: '#fdf3e1' },
  lav: { base: '#6b7280', tint: '#ffffff' },
}

/** How one relation type is drawn; the same colours and dashes as the canvas's RELATION_STYLES. */
export interface RelationLook {
  color: string
  dash: number[] | undefined
  linecap: 'butt' | 'round'
}

/**
 * Kept equal to `RELATION_STYLES` in @samkart/canvas (which export may not import: the canvas
 * is React). Every type differs in dash as well as colour, so print in greyscale still tells
 * them apart.
 */
export const RELATION_LOOKS: Readonly<Record<RelationType, RelationLook>> = {
  governance: { color: '#1f4e9c', dash: undefined, linecap: 'butt' },
  collaboration: { color: '#6b3fa0', dash: [14, 6], linecap: 'butt' },
  dependency: { color: '#b42318', dash: [6, 5], linecap: 'butt' },
  funding: { color: '#1b6e35', dash: [0.5, 7], linecap: 'round' },
  information: { color: '#00687f', dash: [12, 4, 2, 4], linecap: 'butt' },
  agreement: { color: '#8a5100', dash: [16, 4, 3, 4, 3, 4], linecap: 'butt' },
}

/** Stroke width of a relation: stronger relations are thicker (2.5 to 6), as on the canvas. */
export function relationStrokeWidth(strength: number): number {
  const s = Number.isFinite(strength) ? Math.min(1, Math.max(0, strength)) : 0.5
  return Math.round((2.5 + s * 3.5) * 10) / 10
}

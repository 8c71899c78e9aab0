import type { RelationType } from '@samkart/model'

/** How one relation type is drawn: colour, dash pattern and line caps. */
export interface RelationStyle {
  /** Stroke and arrow colour; at least 4.5:1 against the canvas background. */
  color: string
  /** SVG `stroke-dasharray`, or `undefined` for a solid line. */
  dash: string | undefined
  /** Round caps turn the short dashes of `funding` into dots. */
  linecap: 'butt' | 'round'
}

/**
 * One style per type. Every type differs in its dash pattern as well as its colour, so the
 * types stay apart for people who do not see the colours and on a washed-out projector (WCAG
 * 1.4.1: not colour alone). The colours are dark enough for 3:1 against every matrix cell.
 */
export const RELATION_STYLES: Readonly<Record<RelationType, RelationStyle>> = {
  governance: { color: '#1f4e9c', dash: undefined, linecap: 'butt' },
  collaboration: { color: '#6b3fa0', dash: '14 6', linecap: 'butt' },
  dependency: { color: '#b42318', dash: '6 5', linecap: 'butt' },
  funding: { color: '#1b6e35', dash: '0.5 7', linecap: 'round' },
  information: { color: '#00687f', dash: '12 4 2 4', linecap: 'butt' },
  agreement: { color: '#8a5100', dash: '16 4 3 4 3 4', linecap: 'butt' },
}

/** Stroke width in flow units: stronger relations are drawn thicker (2.5 to 6). */
export function relationStrokeWidth(strength: number): number {
  const s = Number.isFinite(strength) ? Math.min(1, Math.max(0, strength)) : 0.5
  return Math.round((2.5 + s * 3.5) * 10) / 10
}

/**
 * The arrowhead React Flow draws at the target end, one constant object per type: React Flow
 * derives the marker's id from the object, and a constant keeps edge objects comparable.
 */
export const RELATION_MARKERS: Readonly<
  Record<RelationType, { type: 'arrowclosed'; color: string; width: number; height: number }>
> = Object.fromEntries(
  Object.entries(RELATION_STYLES).map(([type, style]) => [
    type,
    { type: 'arrowclosed', color: style.color, width: 14, height: 14 },
  ]),
) as Record<RelationType, { type: 'arrowclosed'; color: string; width: number; height: number }>

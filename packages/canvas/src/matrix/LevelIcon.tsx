import type { ActorLevel } from '@samkart/model'
import type { CSSProperties } from 'react'
import { iconMask } from './iconMask'
import './icon.css'

/**
 * One distinct shape per administrative level, so level reads in greyscale, on a projector and
 * for colour-blind users; the colour (set in CSS by `data-level`) only adds to it (WCAG 1.4.1).
 * Drawn in a 16×16 box in `currentColor`.
 */
const PATHS: Record<ActorLevel, string> = {
  // Square: the state.
  stat: 'M2 2h12v12H2z',
  // Diamond: county.
  fylke: 'M8 1l7 7-7 7-7-7z',
  // Circle: municipality.
  kommune: 'M8 1.5a6.5 6.5 0 1 1 0 13a6.5 6.5 0 1 1 0-13z',
  // Cross: health trust.
  helseforetak: 'M5.5 1.5h5v4h4v5h-4v4h-5v-4h-4v-5h4z',
  // Triangle: voluntary sector.
  frivillig: 'M8 1.5l7 12.5H1z',
  // Hexagon: private sector.
  privat: 'M4.5 2h7l3.5 6-3.5 6h-7L1 8z',
  // Person: citizens.
  innbygger: 'M8 1.5a3 3 0 1 1 0 6a3 3 0 1 1 0-6zM2 15a6 5.5 0 0 1 12 0z',
  // Star: anything else.
  annet: 'M8 1l2 4.8 5 .4-3.8 3.3 1.2 5L8 11.8 3.6 14.5l1.2-5L1 6.2l5-.4z',
}

const SHAPES = Object.fromEntries(
  Object.entries(PATHS).map(([level, d]) => [level, iconMask(16, `<path d="${d}"/>`)]),
) as Record<ActorLevel, CSSProperties>

/** The level's shape; decorative, since the level is written out beside it. */
export function LevelIcon({ level }: { level: ActorLevel }) {
  return (
    <span
      className="samkart-icon samkart-level-icon"
      data-level={level}
      aria-hidden="true"
      style={SHAPES[level]}
    />
  )
}

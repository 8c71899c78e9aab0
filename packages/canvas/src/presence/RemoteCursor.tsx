import { memo } from 'react'
import { useCursorsHidden } from '../facilitation/ViewControls'

/** Props of {@link RemoteCursor}. */
export interface RemoteCursorProps {
  name: string
  color: string
  /** Where, in the coordinates of the layer it is drawn in. */
  x: number
  y: number
  /** The layer's scale (React Flow's zoom), undone so the cursor keeps its size on screen. */
  scale?: number
}

/**
 * Someone else's pointer: an arrow and their name in their colour. Updates arrive a few times a
 * second; a short CSS transition glides between them, so the cursor moves smoothly instead of
 * jumping (and not at all with reduced motion).
 */
export const RemoteCursor = memo(function RemoteCursor({
  name,
  color,
  x,
  y,
  scale = 1,
}: RemoteCursorProps) {
  // «Skjul andres markører»: a calmer screen for this person; names stay in the people list.
  if (useCursorsHidden()) return null
  return (
    <div className="samkart-cursor" style={{ transform: `translate(${x}px, ${y}px)` }}>
      <div className="samkart-cursor__body" style={{ transform: `scale(${1 / scale})` }}>
        <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
          <path
            d="M1 1 L1 15 L5 11 L8 17 L10.5 16 L7.5 10 L13 10 Z"
            fill={color}
            stroke="#fff"
            strokeWidth="1.5"
            strokeLinejoin="round"
          />
        </svg>
        <span className="samkart-cursor__label" style={{ background: color }}>
          {name}
        </span>
      </div>
    </div>
  )
})

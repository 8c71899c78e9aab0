import { ViewportPortal } from '@xyflow/react'
import { memo } from 'react'
import type { FarRelationGroup } from './createFarRelationPainter'

/**
 * The far-zoom relation layer: on a big board zoomed out to blocks, the relations React Flow is
 * not given (see `splitFarRelations`) drawn as bare paths grouped by look, with longer dashes
 * (see `createFarRelationPainter`), in flow coordinates behind the cards. Purely visual, like the
 * minimap: at this zoom a line is a pixel or two wide and its words are not shown. Selecting a
 * card makes its relations edges again, and zooming in makes them all edges.
 */
function FarRelationsView({ groups }: { groups: readonly FarRelationGroup[] }) {
  if (!groups.length) return null
  return (
    <ViewportPortal>
      <svg
        className="samkart-far-relations"
        aria-hidden="true"
        focusable="false"
        data-far-relations={groups.reduce((n, group) => n + group.lines.length, 0)}
      >
        {groups.map((group) => (
          <g key={group.key} data-dimmed={group.dimmed || undefined}>
            <g
              fill="none"
              stroke={group.color}
              strokeWidth={group.width}
              strokeDasharray={group.dash}
              strokeLinecap={group.linecap}
            >
              {group.lines.map((line) => (
                <path key={line.id} d={line.d} />
              ))}
            </g>
            <path d={group.arrows} fill={group.color} stroke={group.color} strokeWidth={1} />
          </g>
        ))}
      </svg>
    </ViewportPortal>
  )
}

/** Memoised: the groups change only when a relation or one of its cards does. */
export const FarRelations = memo(FarRelationsView)

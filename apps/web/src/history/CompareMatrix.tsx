import { MATRIX_HEIGHT, MATRIX_WIDTH, scoresToPosition } from '@samkart/canvas'
import { useT } from '@samkart/i18n/react'
import type { BoardDiff, BoardSnapshot } from '@samkart/model'
import { useId } from 'react'

/** Room around the plane for the axes and for labels of points at its edges. */
const PAD = 70
const R = 9

/**
 * A point's name, above it so it never lies on an arrow running sideways into the point;
 * anchored to stay on the plane at its left and right edges, and below a point at the top.
 */
function Label({ x, y, children }: { x: number; y: number; children: string }) {
  const anchor = x > MATRIX_WIDTH * 0.85 ? 'end' : x < MATRIX_WIDTH * 0.15 ? 'start' : 'middle'
  const below = y < 40
  return (
    <text x={x} y={below ? y + R + 24 : y - R - 8} textAnchor={anchor}>
      {children}
    </text>
  )
}

/**
 * The matrix after the changes, drawn as points: unchanged actors grey, each moved actor at
 * both places (hollow where it was, filled where it is) with an arrow between, added actors
 * green with a plus, removed ones red and dashed where they were. Each mark is an image named
 * with what happened to the actor, and the lists beside it say the same in text.
 */
export function CompareMatrix({
  before,
  after,
  diff,
}: {
  before: BoardSnapshot
  after: BoardSnapshot
  diff: BoardDiff
}) {
  const t = useT()
  const arrow = useId()
  const figure = useId()
  const moved = new Set(diff.actorsMoved.map((m) => m.id))
  const added = new Set(diff.actorsAdded)
  const removed = before.actors.filter((a) => diff.actorsRemoved.includes(a.id))
  const at = (scores: { importance: number; substitutability: number }) => scoresToPosition(scores)
  const category = (c: string) => t(`category.${c as 'viktig' | 'moderat' | 'lav'}`)
  const half = { x: MATRIX_WIDTH / 2, y: MATRIX_HEIGHT / 2 }
  return (
    <figure className="compare-matrix" aria-labelledby={figure}>
      <svg
        role="group"
        aria-labelledby={figure}
        viewBox={`${-PAD} ${-PAD} ${MATRIX_WIDTH + 2 * PAD} ${MATRIX_HEIGHT + 2 * PAD}`}
      >
        <defs>
          <marker
            id={arrow}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0 0 10 5 0 10z" className="compare-matrix__arrowhead" />
          </marker>
        </defs>
        <rect
          className="compare-matrix__cell compare-matrix__cell--moderat"
          x={0}
          y={0}
          width={half.x}
          height={half.y}
        />
        <rect
          className="compare-matrix__cell compare-matrix__cell--viktig"
          x={half.x}
          y={0}
          width={half.x}
          height={half.y}
        />
        <rect
          className="compare-matrix__cell compare-matrix__cell--lav"
          x={0}
          y={half.y}
          width={half.x}
          height={half.y}
        />
        <rect
          className="compare-matrix__cell compare-matrix__cell--moderat"
          x={half.x}
          y={half.y}
          width={half.x}
          height={half.y}
        />
        <text className="compare-matrix__cell-label" x={half.x + 16} y={32}>
          {category('viktig')}
        </text>
        <text className="compare-matrix__cell-label" x={16} y={32}>
          {category('moderat')}
        </text>
        <text className="compare-matrix__cell-label" x={16} y={half.y + 32}>
          {category('lav')}
        </text>
        <text className="compare-matrix__cell-label" x={half.x + 16} y={half.y + 32}>
          {category('moderat')}
        </text>
        <text
          className="compare-matrix__axis"
          x={MATRIX_WIDTH / 2}
          y={MATRIX_HEIGHT + 40}
          textAnchor="middle"
        >
          {t('matrix.axis.substitutability')}
        </text>
        <text className="compare-matrix__axis-end" x={0} y={MATRIX_HEIGHT + 40}>
          {`← ${t('matrix.axis.high')}`}
        </text>
        <text
          className="compare-matrix__axis-end"
          x={MATRIX_WIDTH}
          y={MATRIX_HEIGHT + 40}
          textAnchor="end"
        >
          {`${t('matrix.axis.low')} →`}
        </text>
        <text className="compare-matrix__axis-end" x={-40} y={14} textAnchor="end">
          {t('matrix.axis.high')}
        </text>
        <text className="compare-matrix__axis-end" x={-40} y={MATRIX_HEIGHT} textAnchor="end">
          {t('matrix.axis.low')}
        </text>
        <text
          className="compare-matrix__axis"
          transform={`translate(-40 ${MATRIX_HEIGHT / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {t('matrix.axis.importance')}
        </text>

        {after.actors
          .filter((a) => !moved.has(a.id) && !added.has(a.id))
          .map((actor) => {
            const p = at(actor)
            return (
              <circle
                key={actor.id}
                role="img"
                aria-label={actor.name}
                className="compare-matrix__unchanged"
                cx={p.x}
                cy={p.y}
                r={R - 3}
              >
                <title>{actor.name}</title>
              </circle>
            )
          })}
        {removed.map((actor) => {
          const p = at(actor)
          return (
            <g
              key={actor.id}
              role="img"
              aria-label={t('compare.marker.removed', { name: actor.name })}
              className="compare-matrix__removed"
            >
              <title>{t('compare.marker.removed', { name: actor.name })}</title>
              <circle cx={p.x} cy={p.y} r={R} />
              <path d={`M${p.x - 5} ${p.y - 5}l10 10m0 -10l-10 10`} />
              <Label x={p.x} y={p.y}>
                {actor.name}
              </Label>
            </g>
          )
        })}
        {diff.actorsMoved.map((m) => {
          const from = at(m.from)
          const to = at(m.to)
          // The arrow stops at the rims of both circles, so its head is not hidden under one.
          const length = Math.hypot(to.x - from.x, to.y - from.y) || 1
          const ux = (to.x - from.x) / length
          const uy = (to.y - from.y) / length
          return (
            <g
              key={m.id}
              role="img"
              aria-label={t('compare.marker.moved', {
                name: m.name,
                from: category(m.from.category),
                to: category(m.to.category),
              })}
              className="compare-matrix__moved"
            >
              <title>
                {t('compare.marker.moved', {
                  name: m.name,
                  from: category(m.from.category),
                  to: category(m.to.category),
                })}
              </title>
              <circle className="compare-matrix__from" cx={from.x} cy={from.y} r={R} />
              <line
                x1={from.x + ux * (R + 2)}
                y1={from.y + uy * (R + 2)}
                x2={to.x - ux * (R + 2)}
                y2={to.y - uy * (R + 2)}
                markerEnd={`url(#${arrow})`}
              />
              <circle className="compare-matrix__to" cx={to.x} cy={to.y} r={R} />
              <Label x={to.x} y={to.y}>
                {m.name}
              </Label>
            </g>
          )
        })}
        {after.actors
          .filter((a) => added.has(a.id))
          .map((actor) => {
            const p = at(actor)
            return (
              <g
                key={actor.id}
                role="img"
                aria-label={t('compare.marker.added', { name: actor.name })}
                className="compare-matrix__added"
              >
                <title>{t('compare.marker.added', { name: actor.name })}</title>
                <circle cx={p.x} cy={p.y} r={R} />
                <path d={`M${p.x - 5} ${p.y}h10M${p.x} ${p.y - 5}v10`} />
                <Label x={p.x} y={p.y}>
                  {actor.name}
                </Label>
              </g>
            )
          })}
      </svg>
      <figcaption id={figure} className="compare-matrix__caption">
        {t('compare.matrix.figure')}
      </figcaption>
      <ul className="compare-legend" aria-hidden="true">
        <li className="compare-legend__moved">{t('compare.legend.moved')}</li>
        <li className="compare-legend__added">{t('compare.legend.added')}</li>
        <li className="compare-legend__removed">{t('compare.legend.removed')}</li>
        <li className="compare-legend__unchanged">{t('compare.legend.unchanged')}</li>
      </ul>
    </figure>
  )
}

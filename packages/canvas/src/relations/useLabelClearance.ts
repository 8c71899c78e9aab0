import type { Point, Rect } from '@samkart/layout'
import { type RefObject, useEffect } from 'react'
import { placeLabels } from './placeLabels'

/**
 * How long the map must be still before the labels are placed again: a drag or a stream of
 * remote moves re-arms the timer, so the work runs once after them, not per frame.
 */
const SETTLE_MS = 150

/** Where along its line a label may sit, best first: halfway (where it is drawn), then outwards. */
const ALONG = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]

const LABELS = '.samkart-relation__label[data-edge]'
const CARDS = '.react-flow__node'

/**
 * Keeps the relation labels clear of the cards, which are drawn over them: a label a card would
 * cover, even in part («Koordinator og individu…» half under NAV in a crowded cell), moves along
 * its line to the first spot clear of cards and of the labels placed before it (a CSS
 * `translate`, which leaves React's `transform` alone), or is hidden (`data-covered`) where there
 * is none; the selected relation's label always shows, above the cards (relations.css).
 *
 * Runs while labels are shown (`active`: zoomed in), once the map has been still for
 * {@link SETTLE_MS} after `changed` (the nodes, the edges) last changed. It reads the page's
 * boxes (one layout) rather than computing each label's size, which only the browser knows;
 * panning and zooming move labels and cards together, so they need no new placement.
 */
export function useLabelClearance(
  canvasRef: RefObject<HTMLElement | null>,
  active: boolean,
  changed: readonly unknown[],
) {
  useEffect(() => {
    const root = canvasRef.current
    if (!root || !active) return
    const timer = setTimeout(() => clearLabels(root), SETTLE_MS)
    return () => clearTimeout(timer)
    // `changed` is the list of what re-arms the placement.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [canvasRef, active, ...changed])
}

function clearLabels(root: HTMLElement) {
  const labels = [...root.querySelectorAll<HTMLElement>(LABELS)]
  if (!labels.length) return
  // Measured where React draws them: halfway along the line.
  for (const label of labels) label.style.translate = ''
  const cards = [...root.querySelectorAll<HTMLElement>(CARDS)].map(boxOf)
  const spots = labels.map((label) => {
    const box = boxOf(label)
    return { box, candidates: alongLine(root, label, box) }
  })
  const offsets = placeLabels(spots, cards)
  labels.forEach((label, i) => {
    const offset = offsets[i]
    label.toggleAttribute('data-covered', !offset)
    if (!offset || (offset.x === 0 && offset.y === 0)) return
    // The label lives in the zoomed viewport: its own units are the screen's over the zoom.
    const zoom = spots[i]!.box.width / (label.offsetWidth || 1)
    label.style.translate = `${offset.x / zoom}px ${offset.y / zoom}px`
  })
}

/** An element's box on screen as a plain rectangle (a DOMRect's fields are getters, not own). */
function boxOf(element: Element): Rect {
  const { x, y, width, height } = element.getBoundingClientRect()
  return { x, y, width, height }
}

/** Screen points along the label's relation line ({@link ALONG}), or just where it is (`box`). */
function alongLine(root: HTMLElement, label: HTMLElement, box: Rect): Point[] {
  const here = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
  const id = label.dataset.edge ?? ''
  const path = root.querySelector<SVGPathElement>(
    `.react-flow__edge[data-id="${CSS.escape(id)}"] .react-flow__edge-path`,
  )
  const toScreen = path?.getScreenCTM()
  if (!path || !toScreen) return [here]
  const length = path.getTotalLength()
  return [
    here,
    ...ALONG.slice(1).map((t) => {
      const p = path.getPointAtLength(length * t)
      const s = new DOMPoint(p.x, p.y).matrixTransform(toScreen)
      return { x: s.x, y: s.y }
    }),
  ]
}

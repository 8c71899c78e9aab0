import { arrowHead } from '../scene/arrowHead'
import { toWinAnsi } from '../scene/fonts'
import type { SceneItem } from '../scene/Scene'
import type { PdfKitDocument } from './pdfkitDocument'

/** Where a block of items goes on the page: scene units × `scale` + (dx, dy), in points. */
export interface Placement {
  scale: number
  dx: number
  dy: number
}

/** Only well-formed `#rrggbb` colours are painted; anything else draws nothing. */
function color(hex: string | undefined) {
  return hex && /^#[0-9a-fA-F]{6}$/.test(hex) ? hex : undefined
}

const f = (v: number) => (Number.isFinite(v) ? (Math.round(v * 100) / 100).toString() : '0')
/** Bézier handle length for a quarter circle. */
const KAPPA = 0.5523

function circlePath(cx: number, cy: number, r: number): string {
  const k = r * KAPPA
  return (
    `M ${f(cx + r)} ${f(cy)} ` +
    `C ${f(cx + r)} ${f(cy + k)} ${f(cx + k)} ${f(cy + r)} ${f(cx)} ${f(cy + r)} ` +
    `C ${f(cx - k)} ${f(cy + r)} ${f(cx - r)} ${f(cy + k)} ${f(cx - r)} ${f(cy)} ` +
    `C ${f(cx - r)} ${f(cy - k)} ${f(cx - k)} ${f(cy - r)} ${f(cx)} ${f(cy - r)} ` +
    `C ${f(cx + k)} ${f(cy - r)} ${f(cx + r)} ${f(cy - k)} ${f(cx + r)} ${f(cy)} Z`
  )
}

function rectPath(x: number, y: number, w: number, h: number, radius = 0): string {
  const r = Math.max(0, Math.min(radius, w / 2, h / 2))
  if (r === 0) return `M ${f(x)} ${f(y)} H ${f(x + w)} V ${f(y + h)} H ${f(x)} Z`
  const k = r * (1 - KAPPA)
  return (
    `M ${f(x + r)} ${f(y)} H ${f(x + w - r)} C ${f(x + w - k)} ${f(y)} ${f(x + w)} ${f(y + k)} ${f(x + w)} ${f(y + r)} ` +
    `V ${f(y + h - r)} C ${f(x + w)} ${f(y + h - k)} ${f(x + w - k)} ${f(y + h)} ${f(x + w - r)} ${f(y + h)} ` +
    `H ${f(x + r)} C ${f(x + k)} ${f(y + h)} ${f(x)} ${f(y + h - k)} ${f(x)} ${f(y + h - r)} ` +
    `V ${f(y + r)} C ${f(x)} ${f(y + k)} ${f(x + k)} ${f(y)} ${f(x + r)} ${f(y)} Z`
  )
}

const poly = (points: readonly (readonly [number, number])[], close: boolean) =>
  points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'} ${f(x)} ${f(y)}`).join(' ') +
  (close ? ' Z' : '')

/**
 * Draws scene items on the current PDFKit page as vector operations. Shapes are SVG paths in
 * scene units under one transform (so dash lengths and line widths scale with the picture, as
 * in the SVG); text is drawn with the standard fonts after `toWinAnsi`, on its baseline, as a
 * string operand: whatever the user typed, it is only ever shown.
 */
export function drawItems(doc: PdfKitDocument, items: readonly SceneItem[], at: Placement): void {
  const path = (
    d: string,
    style: {
      fill?: string
      stroke?: string
      strokeWidth?: number
      dash?: number[]
      round?: boolean
    },
  ) => {
    const fill = color(style.fill)
    const stroke = color(style.stroke)
    if (!fill && !stroke) return
    doc.save()
    doc.translate(at.dx, at.dy).scale(at.scale)
    doc.path(d)
    if (stroke) {
      doc.lineWidth(style.strokeWidth ?? 1)
      if (style.dash && style.dash.length > 0 && style.dash.every((v) => v > 0))
        doc.dash(style.dash)
      if (style.round) doc.lineCap('round')
    }
    if (fill && stroke) doc.fillAndStroke(fill, stroke)
    else if (fill) doc.fill(fill)
    else doc.stroke(stroke!)
    doc.restore()
  }
  for (const item of items) {
    switch (item.type) {
      case 'rect':
        path(rectPath(item.x, item.y, item.width, item.height, item.radius), item)
        break
      case 'circle':
        path(circlePath(item.cx, item.cy, item.r), item)
        break
      case 'polygon':
        path(poly(item.points, true), item)
        break
      case 'polyline':
        path(poly(item.points, false), { stroke: item.stroke, strokeWidth: item.strokeWidth })
        break
      case 'line': {
        const head = item.arrow ? arrowHead(item.x1, item.y1, item.x2, item.y2, item.arrow) : null
        const [x2, y2] = head ? head.lineEnd : [item.x2, item.y2]
        path(`M ${f(item.x1)} ${f(item.y1)} L ${f(x2)} ${f(y2)}`, {
          stroke: item.stroke,
          strokeWidth: item.strokeWidth,
          dash: item.dash,
          round: item.linecap === 'round',
        })
        if (head) path(poly(head.points, true), { fill: item.stroke })
        break
      }
      case 'text': {
        const text = toWinAnsi(item.text)
        if (text.trim() === '') break
        doc.font(item.bold ? 'Helvetica-Bold' : 'Helvetica', item.size * at.scale)
        const width = doc.widthOfString(text)
        const shift = item.anchor === 'middle' ? width / 2 : item.anchor === 'end' ? width : 0
        const x = at.dx + item.x * at.scale
        const y = at.dy + item.y * at.scale
        doc.save()
        doc.fillColor(color(item.fill) ?? '#000000')
        // Turned a quarter left about its anchor, the line reads bottom to top.
        if (item.vertical) doc.rotate(-90, { origin: [x, y] })
        doc.text(text, x - shift, y, { lineBreak: false, baseline: 'alphabetic' })
        doc.restore()
        break
      }
    }
  }
}

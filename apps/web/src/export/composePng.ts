import type { LegendEntry } from './pngLegend'

/** The words around the map in an exported picture. */
export interface PngFrame {
  /** The board's title. */
  title: string
  /** Which view and when, e.g. «Aktørkart: matrise · 22.11.2026». */
  subtitle: string
  /** Heading over the key, e.g. «Forklaring»; unused without entries. */
  legendHeading: string
  legend: LegendEntry[]
}

/** Layout in CSS pixels (multiplied by the pixel ratio when drawn). */
const PAD = 24
const TITLE_SIZE = 22
const SUBTITLE_SIZE = 14
const LEGEND_SIZE = 13
const LEGEND_ROW = 22
const SAMPLE = 34
const ITEM_GAP = 22
/** Wide enough for a title and a legend row even when the map itself is small. */
const MIN_WIDTH = 560
const TEXT = '#1e2b3c'
const MUTED = '#52606f'
const RULE = '#c9d2dc'

/** Height of the title and subtitle above the map. */
const HEADER = PAD + TITLE_SIZE + 8 + SUBTITLE_SIZE + 16

/** The picture's width for a map of `mapWidth`, in CSS pixels. */
const pictureWidth = (mapWidth: number) => Math.max(MIN_WIDTH, Math.ceil(mapWidth) + 2 * PAD)

/**
 * Where the map's top-left corner lands in the picture, in CSS pixels (multiply by the pixel
 * ratio for device pixels): below the title, centred. Tests use it to find the cards.
 */
export function mapPlacement(mapWidth: number): { x: number; y: number } {
  return { x: (pictureWidth(mapWidth) - mapWidth) / 2, y: HEADER }
}

const font = (size: number, weight = 400) =>
  `${weight} ${size}px "Inter Variable", Inter, system-ui, sans-serif`

/** Legend items laid out in rows that fit `width`. */
function layoutLegend(ctx: CanvasRenderingContext2D, entries: LegendEntry[], width: number) {
  ctx.font = font(LEGEND_SIZE)
  const rows: { entry: LegendEntry; x: number; w: number }[][] = [[]]
  let x = 0
  for (const entry of entries) {
    const w = (entry.kind === 'relation' ? SAMPLE : 14) + 8 + ctx.measureText(entry.label).width
    if (x > 0 && x + w > width) {
      rows.push([])
      x = 0
    }
    rows.at(-1)!.push({ entry, x, w })
    x += w + ITEM_GAP
  }
  return rows.filter((row) => row.length > 0)
}

function drawSample(ctx: CanvasRenderingContext2D, entry: LegendEntry, x: number, y: number) {
  ctx.save()
  if (entry.kind === 'category') {
    // The card tags' shapes: full, half and empty circles, so the key works in greyscale too.
    const cx = x + 7
    ctx.strokeStyle = entry.color
    ctx.fillStyle = entry.color
    ctx.lineWidth = 1.5
    ctx.beginPath()
    ctx.arc(cx, y, 6, 0, Math.PI * 2)
    ctx.stroke()
    if (entry.category === 'viktig') ctx.fill()
    if (entry.category === 'moderat') {
      ctx.beginPath()
      ctx.arc(cx, y, 6, -Math.PI / 2, Math.PI / 2)
      ctx.closePath()
      ctx.fill()
    }
  } else {
    ctx.strokeStyle = entry.color
    ctx.fillStyle = entry.color
    ctx.lineWidth = 3
    ctx.lineCap = entry.linecap
    ctx.setLineDash(entry.dash)
    ctx.beginPath()
    ctx.moveTo(x, y)
    ctx.lineTo(x + SAMPLE - 9, y)
    ctx.stroke()
    ctx.setLineDash([])
    ctx.beginPath()
    ctx.moveTo(x + SAMPLE - 10, y - 5)
    ctx.lineTo(x + SAMPLE, y)
    ctx.lineTo(x + SAMPLE - 10, y + 5)
    ctx.closePath()
    ctx.fill()
  }
  ctx.restore()
}

/**
 * The finished picture: the board's title and the view and date above the map, a thin frame
 * around it, and the key below, on the map's background. `map` is the map as an image of
 * `size` CSS pixels (an SVG is drawn at `pixelRatio`, sharp).
 */
export function composePng(
  map: CanvasImageSource,
  size: { width: number; height: number },
  frame: PngFrame,
  pixelRatio: number,
  background: string,
): HTMLCanvasElement {
  const canvas = document.createElement('canvas')
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('no 2D canvas')
  const width = pictureWidth(size.width)
  const rows = layoutLegend(ctx, frame.legend, width - 2 * PAD)
  const { x: mapX, y: header } = mapPlacement(size.width)
  const legendHeight = rows.length ? 16 + LEGEND_SIZE + 10 + rows.length * LEGEND_ROW : 0
  const height = Math.ceil(header + size.height + legendHeight + PAD)
  canvas.width = Math.round(width * pixelRatio)
  canvas.height = Math.round(height * pixelRatio)
  ctx.scale(pixelRatio, pixelRatio)

  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, width, height)
  ctx.textBaseline = 'top'
  ctx.fillStyle = TEXT
  ctx.font = font(TITLE_SIZE, 600)
  ctx.fillText(frame.title, PAD, PAD, width - 2 * PAD)
  ctx.fillStyle = MUTED
  ctx.font = font(SUBTITLE_SIZE)
  ctx.fillText(frame.subtitle, PAD, PAD + TITLE_SIZE + 8, width - 2 * PAD)

  ctx.fillStyle = background
  ctx.fillRect(mapX, header, size.width, size.height)
  ctx.drawImage(map, mapX, header, size.width, size.height)
  ctx.strokeStyle = RULE
  ctx.lineWidth = 1
  ctx.strokeRect(mapX - 0.5, header - 0.5, size.width + 1, size.height + 1)

  if (rows.length) {
    let y = header + size.height + 16
    ctx.fillStyle = TEXT
    ctx.font = font(LEGEND_SIZE, 600)
    ctx.fillText(frame.legendHeading, PAD, y)
    y += LEGEND_SIZE + 10
    ctx.font = font(LEGEND_SIZE)
    for (const row of rows) {
      for (const { entry, x } of row) {
        const sampleWidth = entry.kind === 'relation' ? SAMPLE : 14
        drawSample(ctx, entry, PAD + x, y + LEGEND_SIZE / 2 + 1)
        ctx.fillStyle = TEXT
        ctx.fillText(entry.label, PAD + x + sampleWidth + 8, y)
      }
      y += LEGEND_ROW
    }
  }
  return canvas
}

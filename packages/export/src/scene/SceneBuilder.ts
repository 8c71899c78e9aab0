import type { ActorCategory } from '@samkart/model'
import { CATEGORY_COLORS, COLORS } from './palette'
import type { SceneColor, SceneItem, SceneText } from './Scene'
import { wrapText } from './wrapText'

/** Outer margin of every scene. */
export const MARGIN = 40
/** Baseline of the title and of the date line below it. */
const TITLE_SIZE = 28
const DATE_SIZE = 15
/** Size of the view's name under the header. */
export const SECTION_SIZE = 20
/** The key of the header's texts (title, date, view name), so tests can find the header. */
export const HEADER_KEY = 'header'

/** Collects the items of a scene, with the few composite shapes every view draws. */
export class SceneBuilder {
  readonly items: SceneItem[] = []

  add(...items: SceneItem[]): void {
    for (const item of items) this.items.push(item)
  }

  text(x: number, y: number, text: string, size: number, extra: Partial<SceneText> = {}): void {
    if (text === '') return
    this.items.push({ type: 'text', x, y, text, size, fill: COLORS.text, ...extra })
  }

  /**
   * Wrapped text whose first line's top is at `top`; returns the height used (0 for no text).
   * Line height is 1.3 × size, as on the canvas.
   */
  paragraph(
    x: number,
    top: number,
    text: string,
    options: {
      size: number
      maxWidth: number
      maxLines?: number
      bold?: boolean
      fill?: SceneColor
      key?: string
    },
  ): number {
    const lines = wrapText(text, options)
    const lineHeight = options.size * 1.3
    lines.forEach((line, i) =>
      this.text(x, top + options.size + i * lineHeight, line, options.size, {
        bold: options.bold,
        fill: options.fill ?? COLORS.text,
        key: options.key,
      }),
    )
    return lines.length === 0 ? 0 : lines.length * lineHeight
  }

  /**
   * The view's title and date line at the top left; returns the y where content may start.
   * Every exported view carries both, so a picture lifted out of the report still says what
   * and when it is.
   */
  header(title: string, dateLine: string, maxWidth: number): number {
    const height = this.paragraph(MARGIN, MARGIN - 8, title, {
      size: TITLE_SIZE,
      bold: true,
      maxWidth,
      maxLines: 2,
      key: HEADER_KEY,
    })
    const dateTop = MARGIN - 8 + height + 4
    this.text(MARGIN, dateTop + DATE_SIZE, dateLine, DATE_SIZE, {
      fill: COLORS.textSubtle,
      key: HEADER_KEY,
    })
    return dateTop + DATE_SIZE + 24
  }

  /** The view's name under the header («Aktørkart: …»), its baseline at `baseline`. */
  sectionTitle(x: number, baseline: number, text: string): void {
    this.text(x, baseline, text, SECTION_SIZE, {
      bold: true,
      fill: COLORS.textSubtle,
      key: HEADER_KEY,
    })
  }

  /**
   * The category mark of the canvas's CategoryTag: a full, half or empty circle, so the category
   * survives greyscale printing and colour blindness.
   */
  categoryIcon(cx: number, cy: number, r: number, category: ActorCategory): void {
    const color = CATEGORY_COLORS[category].base
    this.items.push({
      type: 'circle',
      cx,
      cy,
      r,
      fill: category === 'viktig' ? color : COLORS.background,
      stroke: color,
      strokeWidth: Math.max(1, r / 3),
    })
    if (category === 'moderat') {
      const points: [number, number][] = []
      for (let i = 0; i <= 16; i++) {
        const a = -Math.PI / 2 + (Math.PI * i) / 16
        points.push([cx + r * Math.cos(a), cy + r * Math.sin(a)])
      }
      this.items.push({ type: 'polygon', points, fill: color })
    }
  }
}

/** The date line every view carries, e.g. «Eksportert 1. mars 2025». */
export function formatDate(now: Date, intlLocale: string): string {
  return new Intl.DateTimeFormat(intlLocale, { dateStyle: 'long' }).format(now)
}

import { CARD_FULL, CARD_TYPE } from '@samkart/layout'
import { type NameFit, fitName } from './fitName'

/**
 * The width a full card gives its name, in flow units: the card's width less its padding
 * (12 + 10) and borders (5 + 1), as matrix.css draws it, less 2 units the canvas's measure
 * comes short of the laid-out text («Barnevernsledere»: 163.2 measured, 165 laid out).
 */
export const NAME_WIDTH = CARD_FULL.width - 12 - 10 - 5 - 1 - 2

const LINE: NameFit = { kind: 'line' }
let context: CanvasRenderingContext2D | null | undefined
const known = new Map<string, NameFit>()

/** A 2D context set to the card name's font, or null where there is no canvas (tests, Node). */
function nameContext(): CanvasRenderingContext2D | null {
  if (context !== undefined) return context
  context = globalThis.document?.createElement('canvas').getContext('2d') ?? null
  if (context) {
    const root = getComputedStyle(document.documentElement)
    const weight = root.getPropertyValue('--ds-font-weight-semibold').trim() || '500'
    const family = getComputedStyle(document.body).fontFamily || 'sans-serif'
    context.font = `${weight} ${CARD_TYPE.name}px ${family}`
  }
  return context
}

/**
 * How a full card sets this name ({@link fitName}), measured with the page's own font on a
 * canvas, once per distinct name. Where nothing can measure, one line (cut with … by CSS).
 */
export function cardNameFit(name: string): NameFit {
  const cached = known.get(name)
  if (cached) return cached
  const ctx = nameContext()
  if (!ctx) return LINE
  const fit = fitName(name, NAME_WIDTH, CARD_TYPE.name, (text) => ctx.measureText(text).width)
  // Before the web font has loaded, the fallback font's widths would be remembered for good.
  if (document.fonts?.status !== 'loading') known.set(name, fit)
  return fit
}

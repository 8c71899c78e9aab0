/**
 * Resets each ancestor copy to a plain box the size of the picture, so the page's own layout
 * around the map (paddings, grids, scroll areas) cannot move or clip it in the picture.
 */
const ANCESTOR_RESET =
  'display:block;position:relative;inset:auto;margin:0;padding:0;border:0;width:100%;height:100%;' +
  'min-width:0;min-height:0;max-width:none;max-height:none;overflow:visible;transform:none;' +
  'background:none;box-shadow:none;'

/**
 * Inherited text settings set on `body`, which has no copy in the picture. Line height is set
 * apart: the computed value is in pixels, but children inherit the page's unitless factor.
 */
const INHERITED = [
  'font-family',
  'font-size',
  'color',
  'font-feature-settings',
  'font-variation-settings',
  '-webkit-font-smoothing',
] as const

/** The page's style rules as one text, without `@font-face` (the fonts are embedded apart). */
export function pageCss(doc: Document = document): string {
  const parts: string[] = []
  for (const sheet of doc.styleSheets) {
    let rules: CSSRuleList
    try {
      rules = sheet.cssRules
    } catch {
      continue // another origin's sheet: unreadable, and the app has none
    }
    for (const rule of rules) if (!(rule instanceof CSSFontFaceRule)) parts.push(rule.cssText)
  }
  return parts.join('\n')
}

/**
 * A detached copy of `node`, ready for html-to-image, that carries its own styles: the page's
 * style rules in a `<style>` element, copies of the node's ancestors around it (so selectors
 * that depend on them still match), and the custom properties (design tokens) and text
 * settings in effect there. Elements matching `exclude` are left out.
 *
 * Why: html-to-image copies every computed property of every element into an inline style
 * (about 860 in today's Chromium). For a board of a few hundred cards that is millions of
 * style reads and an SVG of tens of megabytes, which took minutes; the same picture from a
 * copy that brings its stylesheet takes a DOM clone, and the browser styles it once when it
 * draws the SVG. A detached element has no computed style, so html-to-image adds nothing.
 */
export function styledCopy(
  node: HTMLElement,
  {
    width,
    height,
    style,
    exclude,
    css,
    fitHeight = false,
  }: {
    width: number
    /** The picture's height; with `fitHeight`, at most this. */
    height: number
    /** Inline style for the copy of `node` itself (pan and zoom for the picture). */
    style: Record<string, string>
    /** Selector of elements to leave out. */
    exclude: string
    css: string
    /**
     * Shrinks the picture to the copy's own height where leaving elements out made it shorter
     * (a journey without its editing buttons), so the picture ends where the content does.
     */
    fitHeight?: boolean
  },
): { root: HTMLElement; height: number } {
  const copy = node.cloneNode(true) as HTMLElement
  for (const element of copy.querySelectorAll(exclude)) element.remove()
  // What this participant has selected is theirs, not the board's: the picture shows none.
  for (const element of copy.querySelectorAll('.selected, .is-selected'))
    element.classList.remove('selected', 'is-selected')
  for (const element of copy.querySelectorAll('[data-selected="true"]'))
    element.setAttribute('data-selected', 'false')
  for (const [name, value] of Object.entries(style)) copy.style.setProperty(name, value)

  let inner: HTMLElement = copy
  const body = node.ownerDocument.body
  for (let ancestor = node.parentElement; ancestor && ancestor !== body;) {
    const wrapper = ancestor.cloneNode(false) as HTMLElement
    wrapper.style.cssText += ANCESTOR_RESET
    wrapper.append(inner)
    inner = wrapper
    ancestor = ancestor.parentElement
  }

  const root = document.createElement('div')
  const computed = getComputedStyle(node)
  const vars: string[] = []
  for (let i = 0; i < computed.length; i++) {
    const name = computed[i]!
    if (name.startsWith('--')) vars.push(`${name}:${computed.getPropertyValue(name)}`)
  }
  const text = getComputedStyle(body)
  const lineHeight = parseFloat(text.lineHeight) / parseFloat(text.fontSize)
  root.style.cssText =
    `${vars.join(';')};position:relative;overflow:hidden;width:${width}px;height:${height}px;` +
    INHERITED.map((name) => `${name}:${text.getPropertyValue(name)}`).join(';') +
    (Number.isFinite(lineHeight) ? `;line-height:${lineHeight}` : '')
  const sheet = document.createElement('style')
  sheet.textContent = css
  root.append(sheet, inner)
  if (!fitHeight) return { root, height }

  // Laid out once off screen to measure it, then detached again: a detached copy has no
  // computed style, which is what keeps html-to-image from inlining every property.
  root.style.position = 'fixed'
  root.style.left = '-100000px'
  root.style.top = '0'
  body.append(root)
  const fitted = Math.min(height, Math.ceil(copy.getBoundingClientRect().height))
  root.remove()
  root.style.position = 'relative'
  root.style.removeProperty('left')
  root.style.removeProperty('top')
  root.style.height = `${fitted}px`
  return { root, height: fitted }
}

import { arrowHead } from '../scene/arrowHead'
import { SVG_FONT_FAMILY } from '../scene/fonts'
import type { Scene, SceneItem } from '../scene/Scene'

/**
 * Text as XML character data or attribute value: markup characters escaped, and characters XML
 * 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF) dropped, so any user text
 * gives a well-formed document that shows it as text. Nothing in a scene becomes markup.
 */
export function escapeXml(text: string): string {
  return text
    .replace(
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
      '',
    )
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** Numbers short and finite: two decimals are well below a printer's dot. */
const n = (value: number) => (Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '0')
/** Colours come from the scene layer, never from users; still only `#rgb(a)` hex passes. */
const color = (value: string | undefined) =>
  value && /^#[0-9a-fA-F]{3,8}$/.test(value) ? value : 'none'
const points = (pts: readonly (readonly [number, number])[]) =>
  pts.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')
const dash = (d: number[] | undefined) =>
  d && d.length > 0 ? ` stroke-dasharray="${d.map(n).join(' ')}"` : ''
/** Which entity an item shows (`actor:<id>`), for tools and tests that read the file. */
const key = (k: string | undefined) => (k ? ` data-key="${escapeXml(k)}"` : '')
const stroke = (c: string | undefined, w: number | undefined) =>
  c ? ` stroke="${color(c)}" stroke-width="${n(w ?? 1)}"` : ''

function itemToSvg(item: SceneItem): string {
  switch (item.type) {
    case 'rect': {
      const attributes = `x="${n(item.x)}" y="${n(item.y)}" width="${n(item.width)}" height="${n(item.height)}"${item.radius ? ` rx="${n(item.radius)}"` : ''} fill="${color(item.fill)}"${stroke(item.stroke, item.strokeWidth)}${dash(item.dash)}${key(item.key)}`
      return item.title
        ? `<rect ${attributes}><title>${escapeXml(item.title)}</title></rect>`
        : `<rect ${attributes}/>`
    }
    case 'line': {
      const head = item.arrow ? arrowHead(item.x1, item.y1, item.x2, item.y2, item.arrow) : null
      const [x2, y2] = head ? head.lineEnd : [item.x2, item.y2]
      const line = `<line x1="${n(item.x1)}" y1="${n(item.y1)}" x2="${n(x2)}" y2="${n(y2)}"${stroke(item.stroke, item.strokeWidth)}${dash(item.dash)}${item.linecap === 'round' ? ' stroke-linecap="round"' : ''}${key(item.key)}/>`
      return head
        ? `${line}<polygon points="${points(head.points)}" fill="${color(item.stroke)}"/>`
        : line
    }
    case 'circle':
      return `<circle cx="${n(item.cx)}" cy="${n(item.cy)}" r="${n(item.r)}" fill="${color(item.fill)}"${stroke(item.stroke, item.strokeWidth)}/>`
    case 'polygon':
      return `<polygon points="${points(item.points)}" fill="${color(item.fill)}"${stroke(item.stroke, item.strokeWidth)}/>`
    case 'polyline':
      return `<polyline points="${points(item.points)}" fill="none"${stroke(item.stroke, item.strokeWidth)} stroke-linejoin="round"/>`
    case 'text': {
      const anchor = item.anchor && item.anchor !== 'start' ? ` text-anchor="${item.anchor}"` : ''
      const rotate = item.vertical ? ` transform="rotate(-90 ${n(item.x)} ${n(item.y)})"` : ''
      return `<text x="${n(item.x)}" y="${n(item.y)}" font-size="${n(item.size)}"${item.bold ? ' font-weight="bold"' : ''} fill="${color(item.fill)}"${anchor}${rotate}${key(item.key)}>${escapeXml(item.text)}</text>`
    }
  }
}

/**
 * Serialises a scene as a standalone SVG document: real `<text>` elements, no
 * `<foreignObject>`, no scripts, every user string escaped, so it opens in browsers and
 * Inkscape and hostile text stays text.
 */
export function sceneToSvg(scene: Scene): string {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${n(scene.width)}" height="${n(scene.height)}" viewBox="0 0 ${n(scene.width)} ${n(scene.height)}" font-family="${escapeXml(SVG_FONT_FAMILY)}">`,
    `<title>${escapeXml(scene.title)}</title>`,
    `<rect width="100%" height="100%" fill="${color(scene.background)}"/>`,
  ]
  for (const item of scene.items) parts.push(itemToSvg(item))
  parts.push('</svg>', '')
  return parts.join('\n')
}

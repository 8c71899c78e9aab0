import { COLORS } from '../scene/palette'
import type { Scene, SceneItem } from '../scene/Scene'
import { HEADER_KEY } from '../scene/SceneBuilder'
import { FOOTER_BAND, PAGE_MARGIN, type PdfFlow, type PlannedBlock } from './PdfFlow'

/** Scene units to points at most: 1 CSS px = 0.75 pt, so a small view is printed at its size. */
const MAX_SCALE = 0.75

/**
 * A page holding a scene, scaled to fit the page (never above print size) and centred: the
 * view's name its heading (H1 on the section's first page), the map a figure described by
 * `alt`, and the board's title and date it repeats on every view as page furniture.
 */
export function addScene(
  flow: PdfFlow,
  section: string,
  scene: Scene,
  size: { width: number; height: number },
  options: { alt: string; continued?: boolean },
) {
  const availableWidth = size.width - 2 * PAGE_MARGIN
  const availableHeight = size.height - 2 * PAGE_MARGIN - FOOTER_BAND
  const scale = Math.min(MAX_SCALE, availableWidth / scene.width, availableHeight / scene.height)
  const at = {
    scale,
    dx: PAGE_MARGIN + (availableWidth - scene.width * scale) / 2,
    dy: PAGE_MARGIN,
  }
  const background: SceneItem = {
    type: 'rect',
    x: 0,
    y: 0,
    width: scene.width,
    height: scene.height,
    fill: scene.background,
    stroke: COLORS.borderSubtle,
    strokeWidth: 1 / scale,
  }
  const header = scene.items.filter((i) => i.type === 'text' && i.key === HEADER_KEY)
  // The view's name: the line that is the section's name (matrix, network, lens), else the
  // title's lines that make up the section's name (a journey, whose title is its name).
  const isName = (i: SceneItem) => i.type === 'text' && i.text === section
  const named = header.some(isName)
  const heading = header.filter((i) =>
    named ? isName(i) : i.type === 'text' && i.bold === true && section.includes(i.text),
  )
  const blocks: PlannedBlock[] = [
    { items: [background], at, tag: { role: 'Artifact', type: 'Layout' } },
    {
      items: header.filter((i) => !heading.includes(i)),
      at,
      tag: { role: 'Artifact', type: 'Pagination' },
    },
    {
      items: heading,
      at,
      tag: options.continued ? { role: 'Artifact', type: 'Pagination' } : { role: 'H1' },
    },
    {
      items: scene.items.filter((i) => !header.includes(i)),
      at,
      tag: {
        role: 'Figure',
        alt: options.alt,
        bbox: [at.dx, at.dy, at.dx + scene.width * scale, at.dy + scene.height * scale],
      },
    },
  ]
  flow.addPage(section, blocks)
}

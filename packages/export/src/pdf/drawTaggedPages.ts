// The typings sit beside this file; the reference carries them into every program that
// compiles the export package (the web app, the server), not only this package's own.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./pdfkit.d.ts" />
import type { StructureElement as StructElement, StructureOptions as StructOptions } from 'pdfkit'
import type { SceneItem } from '../scene/Scene'
import { type Placement, drawItems } from './drawItems'
import { IDENTITY, type PlannedBlock, type PlannedPage } from './PdfFlow'
import type { PdfKitDocument } from './pdfkitDocument'

/**
 * Draws planned pages into a tagged document: one `Document` element holding the report's
 * headings, paragraphs, lists, figures and tables in the order the pages show them (a table or
 * list going on over a page break stays one element), every piece of content either in the
 * structure tree or marked as an artifact. `furniture(index)` gives each page's footer, drawn as
 * a pagination artifact. `onPage` runs after each page, for progress.
 */
export async function drawTaggedPages(
  doc: PdfKitDocument,
  pages: readonly PlannedPage[],
  size: { width: number; height: number },
  furniture: (index: number) => SceneItem[],
  onPage: () => Promise<void>,
): Promise<void> {
  const root = doc.struct('Document')
  doc.addStructure(root)
  const groups = new Map<string, StructElement>()
  const group = (key: string, type: 'L' | 'Table') => {
    let element = groups.get(key)
    if (!element) {
      element = doc.struct(type)
      root.add(element)
      groups.set(key, element)
    }
    return element
  }
  const tagged = (
    parent: StructElement,
    type: string,
    draw: () => void,
    options?: StructOptions,
  ) => {
    const element = doc.struct(type, options)
    parent.add(element)
    element.add(draw)
    element.end()
  }
  const artifact = (items: readonly SceneItem[], at: Placement, type: 'Pagination' | 'Layout') => {
    if (items.length === 0) return
    doc.markContent('Artifact', { type })
    drawItems(doc, items, at)
    doc.endMarkedContent()
  }
  for (const [index, page] of pages.entries()) {
    doc.addPage({ size: [size.width, size.height], margin: 0 })
    for (const block of page.blocks) drawBlock(block)
    artifact(furniture(index), IDENTITY, 'Pagination')
    await onPage()
  }
  root.end()

  function drawBlock({ items, at, tag }: PlannedBlock) {
    switch (tag.role) {
      case 'Artifact':
        artifact(items, at, tag.type)
        break
      case 'H1':
      case 'H2':
      case 'P':
        tagged(root, tag.role, () => drawItems(doc, items, at))
        break
      case 'Figure':
        // The box lets a reader (and PDF/UA checkers) place the picture without its content.
        tagged(root, 'Figure', () => drawItems(doc, items, at), { alt: tag.alt, bbox: tag.bbox })
        break
      case 'LI': {
        const item = doc.struct('LI')
        group(`list:${tag.list}`, 'L').add(item)
        tagged(item, 'LBody', () => drawItems(doc, items, at))
        item.end()
        break
      }
      case 'TR': {
        // The row's shading and rule first, under its text, as layout.
        artifact(items, at, 'Layout')
        const row = doc.struct('TR')
        group(`table:${tag.table}`, 'Table').add(row)
        for (const cell of tag.cells)
          tagged(
            row,
            tag.header ? 'TH' : 'TD',
            () => drawItems(doc, cell, at),
            tag.header ? { scope: 'Column' } : undefined,
          )
        row.end()
        break
      }
    }
  }
}

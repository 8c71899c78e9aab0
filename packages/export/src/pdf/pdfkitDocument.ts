// The typings sit beside this file; the reference carries them into every program that
// compiles the export package (the web app, the server), not only this package's own.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./pdfkit.d.ts" />
import * as pdfkit from 'pdfkit'
import PDFDocument, { type DocumentOptions } from 'pdfkit'
import Helvetica from 'pdfkit/standard-fonts/Helvetica'
import HelveticaBold from 'pdfkit/standard-fonts/HelveticaBold'

/**
 * PDFKit's browser build (what Vite bundles through the package's `default` export condition:
 * plain ES modules, no fs, Buffer or zlib polyfills) reads no font files, so it is handed the
 * metrics of the report's two standard fonts; the Node build finds them itself and has no
 * `registerStdFonts`, so the call is skipped there.
 */
// A namespace lookup, not a named import: a missing named export would fail to link in Node.
pdfkit.registerStdFonts?.(Helvetica, HelveticaBold)

/** A PDFKit document. */
export type PdfKitDocument = PDFDocument

/** A new PDFKit document, with the standard fonts available in Node and in the browser. */
export function pdfkitDocument(options: DocumentOptions): PdfKitDocument {
  return new PDFDocument(options)
}

/** The whole file of `doc` once it is ended, as one array. */
export function pdfBytes(doc: PdfKitDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = []
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk))
    doc.on('error', reject)
    doc.on('end', () => {
      const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
      let at = 0
      for (const chunk of chunks) {
        bytes.set(chunk, at)
        at += chunk.length
      }
      resolve(bytes)
    })
  })
}

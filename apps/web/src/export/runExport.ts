import {
  type BoardData,
  EXPORT_MIME_TYPES,
  boardViews,
  exportFileStem,
  readBoardData,
} from '@samkart/export'
import { type Locale, type Translate, intlLocale } from '@samkart/i18n'
import type * as Y from 'yjs'
import type { PngFrame } from './composePng'
import { type ExportJob, fileNameSuffix } from './exportJob'
import { exportInWorker } from './exportInWorker'
import { type ExportHooks, progressSlice } from './exportProgress'
import type { MapSurface } from './mapSurface'
import { readLegend } from './pngLegend'
import { renderPng } from './renderPng'

/** What an export needs besides the job: the board, the map on screen and the language. */
export interface ExportContext {
  doc: Y.Doc
  /** The map shown on the page, for PNG (alone or in the pack); `null` if none is open. */
  surface: MapSurface | null
  locale: Locale
  t: Translate
  now: Date
  /** The journey open on the page, which names a journey picture. */
  journeyId?: string
}

/** A finished export, ready to download. */
export interface ExportedFile {
  blob: Blob
  fileName: string
}

/** The pack's picture: the whole map at print resolution. */
const PACK_PNG = { scope: 'board', scale: 2 } as const
/** Share of the pack's progress bar spent drawing its picture. */
const PACK_PNG_SHARE = 0.3

/** Title, view, date and key around an exported picture. */
function pictureFrame(surface: MapSurface, board: BoardData, ctx: ExportContext): PngFrame {
  const date = new Intl.DateTimeFormat(intlLocale(ctx.locale), { dateStyle: 'long' }).format(
    ctx.now,
  )
  const journey = board.journeys.find((j) => j.id === ctx.journeyId)
  const view =
    surface.kind === 'journey' && journey
      ? ctx.t('export.view.journey', { title: journey.title })
      : surface.label
  return {
    title: board.meta.title,
    subtitle: ctx.t('export.picture.subtitle', { view, date }),
    legendHeading: ctx.t('export.picture.legend'),
    legend:
      surface.kind === 'flow'
        ? readLegend(document, (category) => ctx.t(`category.${category}`))
        : [],
  }
}

/**
 * Makes the file the user asked for and names it `<board>-<date>[-<part>].<ext>`. A PNG is drawn
 * from the page; everything else is made in a worker from a copy of the board taken now, so
 * edits arriving meanwhile neither disturb nor half-enter the file. The pack draws its PNG
 * first, then hands it to the worker with the rest.
 */
export async function runExport(
  job: ExportJob,
  ctx: ExportContext,
  hooks: ExportHooks,
): Promise<ExportedFile> {
  hooks.onProgress({ step: 'prepare', fraction: 0 })
  const board = readBoardData(ctx.doc)
  const journeys = boardViews(board).flatMap((v) => (v.kind === 'journey' ? [v.journeyId] : []))
  const journeyNumber = (id: string) => journeys.indexOf(id) + 1
  const fileName = `${exportFileStem(board, { now: ctx.now })}${fileNameSuffix(job, journeyNumber)}.${job.format}`
  const type = EXPORT_MIME_TYPES[job.format]
  const request = { board, locale: ctx.locale, now: ctx.now.getTime() }

  switch (job.format) {
    case 'png': {
      if (!ctx.surface) throw new Error('no map is open')
      const blob = await renderPng(ctx.surface, job, pictureFrame(ctx.surface, board, ctx), hooks)
      return { blob, fileName }
    }
    case 'zip': {
      let png: Uint8Array | undefined
      if (ctx.surface) {
        const picture = await renderPng(
          ctx.surface,
          PACK_PNG,
          pictureFrame(ctx.surface, board, ctx),
          { signal: hooks.signal, onProgress: progressSlice(hooks.onProgress, 0, PACK_PNG_SHARE) },
        )
        png = new Uint8Array(await picture.arrayBuffer())
      }
      const toPack = progressSlice(hooks.onProgress, PACK_PNG_SHARE, 1)
      const bytes = await exportInWorker(
        { ...request, job: { format: 'zip', pageSize: job.pageSize, comments: job.comments, png } },
        { signal: hooks.signal, onProgress: (p) => toPack({ ...p, step: 'pack' }) },
      )
      return { blob: new Blob([bytes], { type }), fileName }
    }
    case 'svg':
    case 'pdf':
    case 'json':
    case 'csv':
    case 'xlsx': {
      const bytes = await exportInWorker({ ...request, job }, hooks)
      return { blob: new Blob([bytes], { type }), fileName }
    }
  }
}

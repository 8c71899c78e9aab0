import type { MessageKey } from '@samkart/i18n'
import { type CommentTargetKind, readEntity } from '@samkart/model'
import type * as Y from 'yjs'

/** The item's kind as a message key («Aktør», «Kontaktpunkt» …). */
export const TARGET_KIND_LABEL: Record<CommentTargetKind, MessageKey> = {
  actor: 'comments.kind.actor',
  relation: 'comments.kind.relation',
  touchpoint: 'comments.kind.touchpoint',
  phase: 'comments.kind.phase',
  note: 'comments.kind.note',
}

/** The item's name as the panel shows it, or `null` when it is gone. */
export function targetName(doc: Y.Doc, kind: CommentTargetKind, id: string): string | null {
  switch (kind) {
    case 'actor':
      return readEntity(doc, 'actor', id)?.name ?? null
    case 'relation': {
      const relation = readEntity(doc, 'relation', id)
      if (!relation) return null
      const name = (actorId: string) => readEntity(doc, 'actor', actorId)?.name ?? '?'
      const ends = `${name(relation.source)} → ${name(relation.target)}`
      return relation.label ? `${ends} (${relation.label})` : ends
    }
    case 'touchpoint':
      return readEntity(doc, 'touchpoint', id)?.title ?? null
    case 'phase':
      return readEntity(doc, 'phase', id)?.title ?? null
    case 'note': {
      const note = readEntity(doc, 'note', id)
      return note ? note.text.slice(0, 60) : null
    }
  }
}

/** The journey a touchpoint or phase belongs to (to open it), else `null`. */
export function targetJourney(doc: Y.Doc, kind: CommentTargetKind, id: string): string | null {
  if (kind === 'touchpoint') return readEntity(doc, 'touchpoint', id)?.journeyId ?? null
  if (kind === 'phase') return readEntity(doc, 'phase', id)?.journeyId ?? null
  if (kind === 'note') return readEntity(doc, 'note', id)?.journeyId || null
  return null
}

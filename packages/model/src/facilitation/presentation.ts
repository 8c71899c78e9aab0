import type * as Y from 'yjs'
import type { FieldSpec } from '../field'

/**
 * Root map of the walkthrough being presented, written by facilitators only (the server drops
 * anyone else's write to it): `step` is the id of the `savedView` everyone is shown (`''` or
 * absent: no walkthrough running), `by` the presenter's name and `focus` whether the presenter
 * turned focus mode on for everyone following. In the document, so a reload
 * or a late joiner lands on the current step.
 */
export const PRESENTATION_ROOT = 'presentation'
/** Longest presenter name stored. */
export const PRESENTER_NAME_MAX = 100

const PRESENTATION_FIELDS: Readonly<Record<string, FieldSpec>> = {
  step: { kind: 'text', max: 64 },
  by: { kind: 'text', max: PRESENTER_NAME_MAX },
  focus: { kind: 'boolean' },
}

/** The spec of one key of {@link PRESENTATION_ROOT}; `undefined` for any other key. */
export function presentationField(key: string): FieldSpec | undefined {
  return Object.hasOwn(PRESENTATION_FIELDS, key) ? PRESENTATION_FIELDS[key] : undefined
}

/** A running walkthrough: the step shown and who presents it. */
export interface Presentation {
  step: string
  by: string
  focus: boolean
}

/** The running walkthrough, or `null`. */
export function readPresentation(doc: Y.Doc): Presentation | null {
  const root = doc.getMap<unknown>(PRESENTATION_ROOT)
  const step = root.get('step')
  const by = root.get('by')
  if (typeof step !== 'string' || step === '') return null
  return { step, by: typeof by === 'string' ? by : '', focus: root.get('focus') === true }
}

/** Shows `step` to everyone (starting the walkthrough), or stops it with `null`. */
export function writePresentation(
  doc: Y.Doc,
  presentation: Presentation | null,
  origin: unknown = null,
): void {
  doc.transact(() => {
    const root = doc.getMap<unknown>(PRESENTATION_ROOT)
    if (!presentation) {
      if (root.has('step')) root.set('step', '')
      return
    }
    if (root.get('step') !== presentation.step) root.set('step', presentation.step)
    const by = presentation.by.slice(0, PRESENTER_NAME_MAX)
    if (root.get('by') !== by) root.set('by', by)
    if (root.get('focus') !== presentation.focus) root.set('focus', presentation.focus)
  }, origin)
}

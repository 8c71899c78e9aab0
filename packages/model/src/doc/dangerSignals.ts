import type * as Y from 'yjs'
import { type Result, fail, ok } from '../result'
import { type FieldSpec, validateField } from '../field'

/**
 * The five danger signals of a governance network (Klijn & Koppenjan, as used in the
 * Digibarnevern thesis): a fixed checklist the group ticks, each with a note.
 */
export const DANGER_SIGNALS = [
  'closed-process',
  'one-sided-problem',
  'unclear-goals',
  'unclear-benefits',
  'lack-of-trust',
] as const
export type DangerSignal = (typeof DANGER_SIGNALS)[number]

/** The group's verdict on one signal. */
export interface DangerSignalState {
  signal: DangerSignal
  /** True when the group sees this signal in its network. */
  present: boolean
  note: string
}

/**
 * Root map with flat keys `<signal>/present` (boolean) and `<signal>/note` (string). Flat keys,
 * not a nested map per signal: two people ticking the same signal for the first time would each
 * create the nested map, and one map would replace the other.
 */
export const DANGER_SIGNALS_ROOT = 'dangerSignals'
export const SIGNAL_NOTE_MAX = 2000

const SIGNAL_FIELDS: Readonly<Record<string, FieldSpec>> = {
  present: { kind: 'boolean' },
  note: { kind: 'text', max: SIGNAL_NOTE_MAX },
}

/**
 * The spec of one key of the {@link DANGER_SIGNALS_ROOT} map (`<signal>/present`,
 * `<signal>/note`); `undefined` for any other key.
 */
export function dangerSignalField(key: string): FieldSpec | undefined {
  const slash = key.lastIndexOf('/')
  const signal = key.slice(0, slash)
  const field = key.slice(slash + 1)
  if (slash < 0 || !DANGER_SIGNALS.includes(signal as DangerSignal)) return undefined
  // Own keys only: `constructor` and friends are not fields.
  return Object.hasOwn(SIGNAL_FIELDS, field) ? SIGNAL_FIELDS[field] : undefined
}

/** Reads the checklist, one entry per signal in fixed order; unticked by default. */
export function readDangerSignals(doc: Y.Doc): DangerSignalState[] {
  const root = doc.getMap<unknown>(DANGER_SIGNALS_ROOT)
  return DANGER_SIGNALS.map((signal) => {
    const present = root.get(`${signal}/present`)
    const note = root.get(`${signal}/note`)
    return {
      signal,
      present: typeof present === 'boolean' ? present : false,
      note: typeof note === 'string' ? note : '',
    }
  })
}

/** Ticks or unticks a signal and/or changes its note. Fields merge like an entity's. */
export function updateDangerSignal(
  doc: Y.Doc,
  signal: DangerSignal,
  patch: { present?: boolean; note?: string },
  options: { origin?: unknown } = {},
): Result<void> {
  if (!DANGER_SIGNALS.includes(signal))
    return fail({
      code: 'invalid_enum',
      entity: 'board',
      field: 'signal',
      message: `unknown signal ${signal}`,
    })
  if (patch.present !== undefined) {
    const error = validateField('board', 'present', { kind: 'boolean' }, patch.present)
    if (error) return fail(error)
  }
  if (patch.note !== undefined) {
    const error = validateField('board', 'note', { kind: 'text', max: SIGNAL_NOTE_MAX }, patch.note)
    if (error) return fail(error)
  }
  doc.transact(() => {
    const root = doc.getMap<unknown>(DANGER_SIGNALS_ROOT)
    for (const field of ['present', 'note'] as const) {
      const value = patch[field]
      if (value !== undefined && root.get(`${signal}/${field}`) !== value)
        root.set(`${signal}/${field}`, value)
    }
  }, options.origin ?? null)
  return ok(undefined)
}

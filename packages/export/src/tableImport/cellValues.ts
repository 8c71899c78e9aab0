import { en, nb } from '@samkart/i18n'
import {
  ACTOR_INVOLVEMENTS,
  ACTOR_KINDS,
  ACTOR_LEVELS,
  ACTOR_STRATEGIES,
  CHANNELS,
  PAIN_TYPES,
} from '@samkart/model'
import type { ImportField } from './importFields'
import { normaliseLabel } from './importFields'

/** The enum fields of the importers, their values and the message-key prefix of their labels. */
const ENUMS = {
  level: { values: ACTOR_LEVELS, prefix: 'level.' },
  kind: { values: ACTOR_KINDS, prefix: 'kind.' },
  strategy: { values: ACTOR_STRATEGIES, prefix: 'strategy.' },
  involvement: { values: ACTOR_INVOLVEMENTS, prefix: 'involvement.' },
  channel: { values: CHANNELS, prefix: 'journey.channel.' },
  painType: { values: PAIN_TYPES, prefix: 'journey.painType.' },
} as const
export type EnumField = keyof typeof ENUMS

export const isEnumField = (field: ImportField): field is EnumField => field in ENUMS

/** Each enum's accepted spellings: the stored value, and its bokmål and English labels. */
const LOOKUP = Object.fromEntries(
  Object.entries(ENUMS).map(([field, { values, prefix }]) => {
    const map = new Map<string, string>()
    for (const value of values) {
      const key = `${prefix}${value === '' ? 'none' : value}`
      for (const label of [
        value,
        (nb as Record<string, string>)[key],
        (en as Record<string, string>)[key],
      ])
        if (label !== undefined) map.set(normaliseLabel(label), value)
    }
    return [field, map]
  }),
) as Record<EnumField, Map<string, string>>

/** The stored value an enum cell names, or `undefined` if it names none. */
export function parseEnum(field: EnumField, text: string): string | undefined {
  return LOOKUP[field].get(normaliseLabel(text))
}

/** The bokmål labels of an enum, for the error message. */
export function enumLabels(field: EnumField): string {
  const { values, prefix } = ENUMS[field]
  return values
    .filter((v) => v !== '')
    .map((v) => (nb as Record<string, string>)[`${prefix}${v}`] ?? v)
    .join(', ')
}

/**
 * A number as people type it in Norway or elsewhere: `51,5`, `51.5`, `51,5 %`, `−1` (a real
 * minus sign), `+1`, spaces as thousands separators. `undefined` when it is not a number.
 */
export function parseNumber(text: string): number | undefined {
  const cleaned = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/%$/, '')
    .replace(/^\u2212/, '-')
    .replace(',', '.')
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) return undefined
  return Number(cleaned)
}

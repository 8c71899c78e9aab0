import type { Translate } from './translate'

/**
 * The shape of a journey lane as far as its name goes: a model `Lane`. Structural, so the i18n
 * core does not depend on the model package.
 */
export interface NamedLane {
  kind: 'touchpoint' | 'emotion' | 'text' | 'items' | 'divider'
  field: string
  title: string
}

const BUILT_IN_FIELDS = [
  'action',
  'touchpoint',
  'channel',
  'need',
  'pain',
  'responsible',
  'backstage',
] as const

/**
 * A lane's name: its own title, or (when empty) the built-in name of its kind and field in the
 * reader's language, so the default lanes follow a language switch.
 */
export function laneName(lane: NamedLane, t: Translate): string {
  if (lane.title.trim() !== '') return lane.title
  switch (lane.kind) {
    case 'emotion':
      return t('journey.lane.emotion')
    case 'touchpoint': {
      const field = BUILT_IN_FIELDS.find((f) => f === lane.field)
      return field ? t(`journey.lane.${field}`) : t('lanes.untitled.touchpoint')
    }
    case 'text':
      return t('lanes.untitled.text')
    case 'items':
      return t('lanes.untitled.items')
    case 'divider':
      return t('lanes.untitled.divider')
  }
}

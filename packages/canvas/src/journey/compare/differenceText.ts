import type { Translate } from '@samkart/i18n'
import type { CompareDifference, CompareFigure } from '@samkart/model'

/** How a difference reads for the family's coordination burden. */
export type DifferenceTone = 'better' | 'worse' | 'neutral'

/** A difference said in words, and whether it lightens or adds to the burden. */
export interface DifferenceLine {
  text: string
  tone: DifferenceTone
}

/**
 * One difference of a comparison in the user's language. The tone is said in the text as well
 * («2 færre, bedre»), so it never rests on colour alone. Fewer of any figure is better, except
 * touchpoints: a to-be journey may rightly add one (a coordinator), so their count is neutral.
 */
export function differenceText(
  difference: CompareDifference,
  t: Translate,
  actorName: (id: string) => string,
): DifferenceLine {
  const names = (ids: readonly string[]) =>
    ids.length === 0 ? t('journeyCompare.noOwner') : ids.map(actorName).join(', ')
  switch (difference.kind) {
    case 'phase-only':
      return { text: t(`journeyCompare.diff.phase.${difference.side}`), tone: 'neutral' }
    case 'figure': {
      const count = Math.abs(difference.change)
      const tone: DifferenceTone =
        difference.figure === 'touchpoints' ? 'neutral' : difference.change < 0 ? 'better' : 'worse'
      const change =
        tone === 'better'
          ? t('journeyCompare.diff.better', { count })
          : tone === 'worse'
            ? t('journeyCompare.diff.worse', { count })
            : t(difference.change < 0 ? 'journeyCompare.diff.fewer' : 'journeyCompare.diff.more', {
                count,
              })
      const figure = t('journeyCompare.diff.figure', {
        figure: figureName(difference.figure, t),
        asIs: difference.asIs,
        toBe: difference.toBe,
      })
      return { text: `${figure} (${change})`, tone }
    }
    case 'agency':
      return {
        text: t(`journeyCompare.diff.agency.${difference.side}`, {
          name: actorName(difference.actorId),
        }),
        tone: difference.side === 'as-is' ? 'better' : 'worse',
      }
    case 'touchpoint':
      return {
        text: t(`journeyCompare.diff.touchpoint.${difference.side}`, { title: difference.title }),
        tone: 'neutral',
      }
    case 'owners':
      return {
        text: t('journeyCompare.diff.owners', {
          title: difference.title,
          asIs: names(difference.asIs),
          toBe: names(difference.toBe),
        }),
        tone: 'neutral',
      }
  }
}

/** The name of a compared figure («Overleveringer»). */
export function figureName(figure: CompareFigure, t: Translate): string {
  return t(`journeyCompare.name.${figure}`)
}

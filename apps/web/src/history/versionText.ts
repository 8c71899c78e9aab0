import type { Translate } from '@samkart/i18n'
import type { BoardVersion, VersionSummary } from '@samkart/model'

/** What a version is called in lists and banners: its name, or what kind of version it is. */
export function versionTitle(t: Translate, version: BoardVersion): string {
  switch (version.kind) {
    case 'named':
      return version.name ?? t('history.kind.named')
    case 'auto':
      return t('history.untitled.auto')
    case 'restore':
      return version.name !== undefined
        ? t('history.restoreOf', { name: version.name })
        : t('history.untitled.restore')
  }
}

/** A version's title with its time, unique enough to name a button for a screen reader. */
export function versionLabel(t: Translate, version: BoardVersion, format: (iso: string) => string) {
  return `${versionTitle(t, version)}, ${format(version.createdAt)}`
}

/** The non-zero counts of a summary as short phrases, or «Ingen endringer». */
export function summaryText(t: Translate, s: VersionSummary): string {
  const parts = [
    s.actorsAdded > 0 && t('history.summary.actorsAdded', { count: s.actorsAdded }),
    s.actorsRemoved > 0 && t('history.summary.actorsRemoved', { count: s.actorsRemoved }),
    s.actorsMoved > 0 &&
      t('history.summary.actorsMoved', {
        count: s.actorsMoved,
        recategorised: s.actorsRecategorised,
      }),
    s.relationsAdded > 0 && t('history.summary.relationsAdded', { count: s.relationsAdded }),
    s.relationsRemoved > 0 && t('history.summary.relationsRemoved', { count: s.relationsRemoved }),
    s.touchpointsAdded > 0 && t('history.summary.touchpointsAdded', { count: s.touchpointsAdded }),
    s.touchpointsRemoved > 0 &&
      t('history.summary.touchpointsRemoved', { count: s.touchpointsRemoved }),
    s.ownerChanges > 0 && t('history.summary.ownerChanges', { count: s.ownerChanges }),
  ].filter((part): part is string => typeof part === 'string')
  return parts.length > 0 ? parts.join(' · ') : t('history.summary.none')
}

/** Formats ISO times as date and time in the user's language; a bad date shows as it is. */
export function timeFormatter(intlLocale: string): (iso: string) => string {
  const format = new Intl.DateTimeFormat(intlLocale, { dateStyle: 'medium', timeStyle: 'short' })
  return (iso) => {
    const date = new Date(iso)
    return Number.isNaN(date.getTime()) ? iso : format.format(date)
  }
}

/** What one side of a comparison is called: the version's title and time, or «Nå». */
export function sideLabel(
  t: Translate,
  side: { version: BoardVersion | null },
  format: (iso: string) => string,
): string {
  return side.version
    ? `${versionTitle(t, side.version)} (${format(side.version.createdAt)})`
    : t('history.compare.now')
}

import { Button, Paragraph, Tag } from '@digdir/designsystemet-react'
import { useLocale, useT } from '@samkart/i18n/react'
import { intlLocale } from '@samkart/i18n'
import type { BoardVersion } from '@samkart/model'
import { summaryText, timeFormatter, versionLabel, versionTitle } from './versionText'

/** Props of {@link VersionList}. */
export interface VersionListProps {
  versions: readonly BoardVersion[]
  canRestore: boolean
  onOpen: (version: BoardVersion) => void
  onRestore: (version: BoardVersion) => void
}

/**
 * The versions, newest first: title, kind, time and author, the summary of changes, and
 * «Åpne» / «Gjenopprett», each named with the version so a screen reader can tell rows apart.
 */
export function VersionList({ versions, canRestore, onOpen, onRestore }: VersionListProps) {
  const t = useT()
  const { locale } = useLocale()
  const when = timeFormatter(intlLocale(locale))
  if (versions.length === 0) return <Paragraph data-size="sm">{t('history.list.empty')}</Paragraph>
  return (
    <ol className="history-list">
      {versions.map((version) => {
        const label = versionLabel(t, version, when)
        const author = version.by
          ? t('history.by', { name: version.by.name ?? t(`access.role.${version.by.role}`) })
          : ''
        return (
          <li key={version.id} className="history-list__item">
            <div className="history-list__text">
              <span className="history-list__title">{versionTitle(t, version)}</span>
              <Tag data-size="sm" data-color={version.kind === 'named' ? 'accent' : 'neutral'}>
                {t(`history.kind.${version.kind}`)}
              </Tag>
              <span className="history-list__meta">
                <time dateTime={version.createdAt}>{when(version.createdAt)}</time>
                {author && ` · ${author}`}
              </span>
              <span className="history-list__summary">{summaryText(t, version.summary)}</span>
            </div>
            <div className="history-list__actions">
              <Button
                data-size="sm"
                variant="secondary"
                aria-label={t('history.open.label', { version: label })}
                onClick={() => onOpen(version)}
              >
                {t('history.open')}
              </Button>
              {canRestore && (
                <Button
                  data-size="sm"
                  variant="tertiary"
                  aria-label={t('history.restore.label', { version: label })}
                  onClick={() => onRestore(version)}
                >
                  {t('history.restore')}
                </Button>
              )}
            </div>
          </li>
        )
      })}
    </ol>
  )
}

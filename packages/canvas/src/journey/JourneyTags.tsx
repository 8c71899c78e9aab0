import { Tag } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'

/** A journey's variant tags as a labelled list of tags; nothing when there are none. */
export function JourneyTags({ tags }: { tags: readonly string[] }) {
  const t = useT()
  if (tags.length === 0) return null
  return (
    <ul className="journey-tags" aria-label={t('journeys.tags')}>
      {tags.map((tag) => (
        <li key={tag}>
          <Tag data-size="sm" data-color="info">
            {tag}
          </Tag>
        </li>
      ))}
    </ul>
  )
}

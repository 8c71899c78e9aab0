import { Heading } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { actorsWithoutRelations, blockingActors, categoryCounts } from '@samkart/model'
import { useMemo } from 'react'
import type * as Y from 'yjs'
import { ActorFinding } from './ActorFinding'
import { CategoryChart } from './CategoryChart'
import { DangerSignals } from './DangerSignals'
import { useBoardActors } from './useBoardActors'
import './insight.css'

/** Props of {@link InsightPanel}. */
export interface InsightPanelProps {
  doc: Y.Doc
  /** Selects these actors on the map (through the shared selection). */
  onSelect: (ids: string[]) => void
}

/**
 * «Innsikt»: what the map says as a whole. Actors per category, who can block the work, who
 * has no relation yet, and the danger-signal checklist. Findings select their actors on click.
 */
export function InsightPanel({ doc, onSelect }: InsightPanelProps) {
  const t = useT()
  const { actors, relations } = useBoardActors(doc)
  const { counts, blocking, isolated } = useMemo(() => {
    const byId = new Map(actors.map((a) => [a.id, a]))
    const pick = (ids: string[]) => ids.flatMap((id) => byId.get(id) ?? [])
    return {
      counts: categoryCounts(actors),
      blocking: pick(blockingActors(actors)),
      isolated: pick(actorsWithoutRelations(actors, relations)),
    }
  }, [actors, relations])

  return (
    <div className="samkart-insight">
      <section className="samkart-insight__section">
        <Heading level={3} data-size="2xs">
          {t('insight.categories')}
        </Heading>
        <CategoryChart counts={counts} />
      </section>
      <ActorFinding
        heading={t('insight.blocking')}
        description={t('insight.blocking.description')}
        none={t('insight.blocking.none')}
        actors={blocking}
        onSelect={onSelect}
      />
      <ActorFinding
        heading={t('insight.isolated')}
        description={t('insight.isolated.description')}
        none={t('insight.isolated.none')}
        actors={isolated}
        onSelect={onSelect}
      />
      <DangerSignals doc={doc} />
    </div>
  )
}

import { Heading, Paragraph } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { useId, useMemo } from 'react'
import type { ActorFlowNode } from '../matrix/actorNodes'
import { ActorDetails } from './ActorDetails'
import { ActorList } from './ActorList'
import './actors.css'

/** Props of {@link ActorPanel}. */
export interface ActorPanelProps {
  nodes: ActorFlowNode[]
  onSelect: (id: string) => void
  onRename: (id: string) => void
  onDelete: (id: string) => void
}

/**
 * The side panel: the selected actor's details and actions, and every actor as a list. The list
 * is the non-spatial way to the same cards, for screen readers and for finding a card quickly.
 */
export function ActorPanel({ nodes, onSelect, onRename, onDelete }: ActorPanelProps) {
  const t = useT()
  const headingId = useId()
  const selected = nodes.find((node) => node.selected)
  const sorted = useMemo(
    () => [...nodes].sort((a, b) => a.data.name.localeCompare(b.data.name, 'nb')),
    [nodes],
  )

  return (
    <aside className="samkart-panel" aria-labelledby={headingId}>
      <section className="samkart-panel__section" aria-label={t('panel.selected')}>
        {selected ? (
          <ActorDetails node={selected} onRename={onRename} onDelete={onDelete} />
        ) : (
          <Paragraph data-size="sm" className="samkart-panel__hint">
            {t('panel.noSelection')}
          </Paragraph>
        )}
      </section>
      <section className="samkart-panel__section samkart-panel__section--list">
        <Heading id={headingId} level={2} data-size="2xs">
          {t('panel.heading')} <span className="samkart-panel__count">({nodes.length})</span>
        </Heading>
        {sorted.length === 0 ? (
          <Paragraph data-size="sm">{t('panel.empty')}</Paragraph>
        ) : (
          <ActorList nodes={sorted} onSelect={onSelect} />
        )}
      </section>
    </aside>
  )
}

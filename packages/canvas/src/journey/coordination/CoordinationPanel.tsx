import { Heading, Paragraph, Table } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { useId } from 'react'
import type { TouchpointSelection } from '../touchpointSelection'
import { AgencyChart } from './AgencyChart'
import { CoordinationFinding } from './CoordinationFinding'
import { RepeatedRequests } from './RepeatedRequests'
import type { CoordinationSummary } from './coordinationSummary'
import './coordination.css'

/** Props of {@link CoordinationPanel}. */
export interface CoordinationPanelProps {
  /** The journey's figures (`useCoordinationSummary`), also shown on the view's toggle. */
  summary: CoordinationSummary
  /** The panel's id, which the toggle that shows and hides it points to. */
  id?: string
  /** Findings select their touchpoints here; the journey view shows the selection. */
  selection: TouchpointSelection
}

/**
 * «Samordning»: the coordination burden of one journey, live. The hand-over count (the
 * «kasteball»), agencies in total and per phase (a bar chart and a table with the same
 * figures), and the touchpoints without owner, with a deleted owner, or asking for the same
 * information again, each selectable. Definitions: docs/coordination-analysis.md.
 */
export function CoordinationPanel({ summary, id, selection }: CoordinationPanelProps) {
  const t = useT()
  const headingId = useId()
  const select = (ids: string[]) => selection.set(ids)

  return (
    <section id={id} className="samkart-coordination" aria-labelledby={headingId}>
      <Heading id={headingId} level={3} data-size="xs">
        {t('coordination.heading')}
      </Heading>
      {summary.touchpoints === 0 ? (
        <Paragraph data-size="sm">{t('coordination.empty')}</Paragraph>
      ) : (
        <>
          <div className="samkart-coordination__figures">
            <p className="samkart-coordination__handovers" data-testid="coordination-handovers">
              {t('coordination.handovers', { count: summary.handovers })}
            </p>
            <Paragraph data-size="sm" className="samkart-coordination__help">
              {t('coordination.handovers.description')}
            </Paragraph>
            <p className="samkart-coordination__agencies">
              {t('coordination.agencies', { count: summary.agencies })}
            </p>
          </div>
          <section className="samkart-coordination__phases" aria-label={t('coordination.perPhase')}>
            <Heading level={4} data-size="2xs">
              {t('coordination.perPhase')}
            </Heading>
            <AgencyChart phases={summary.phases} />
            <Table data-size="sm" className="samkart-coordination__table">
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('coordination.phase')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('coordination.phaseAgencies')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('coordination.phaseHandovers')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {summary.phases.map((p) => (
                  <Table.Row key={p.phaseId}>
                    <Table.HeaderCell scope="row">{p.title}</Table.HeaderCell>
                    <Table.Cell>{p.agencies}</Table.Cell>
                    <Table.Cell>{p.handovers}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
              <Table.Foot>
                <Table.Row>
                  <Table.HeaderCell scope="row">{t('coordination.total')}</Table.HeaderCell>
                  <Table.Cell>{summary.agencies}</Table.Cell>
                  <Table.Cell>{summary.handovers}</Table.Cell>
                </Table.Row>
              </Table.Foot>
            </Table>
          </section>
          <RepeatedRequests summary={summary} onSelect={select} />
          <CoordinationFinding
            heading={t('coordination.withoutOwner')}
            none={t('coordination.withoutOwner.none')}
            items={summary.withoutOwner}
            onSelect={select}
          />
          <CoordinationFinding
            heading={t('coordination.deletedOwner')}
            none={t('coordination.deletedOwner.none')}
            items={summary.deletedOwner}
            onSelect={select}
          />
          <CoordinationFinding
            heading={t('coordination.repeated')}
            none={t('coordination.repeated.none')}
            items={summary.repeatedInformation}
            onSelect={select}
          />
        </>
      )}
    </section>
  )
}

import { Heading, Paragraph } from '@digdir/designsystemet-react'
import { CategoryTag } from '@samkart/canvas'
import { useT } from '@samkart/i18n/react'
import { type BoardDiff, type BoardSnapshot, comparisonNames } from '@samkart/model'
import type { ReactNode } from 'react'
import { CompareJourneys } from './CompareJourneys'
import { CompareMatrix } from './CompareMatrix'

/**
 * The comparison of two versions: the matrix with moved, added and removed actors marked and,
 * beside it, the same in words (category changes, actors and relations added and removed);
 * under it the journeys' figures side by side. `view` chooses what comes first, following
 * the board's own view switch.
 */
export function CompareView({
  before,
  after,
  diff,
  view,
}: {
  before: BoardSnapshot
  after: BoardSnapshot
  diff: BoardDiff
  view: 'actors' | 'journeys'
}) {
  const t = useT()
  const names = comparisonNames(before, after)
  const actorName = (id: string) => names.actor(id) ?? id
  const relationText = (id: string) => {
    const ends = names.relationEnds(id)
    return ends ? t('compare.relation', ends) : id
  }
  const recategorised = diff.actorsMoved.filter((m) => m.from.category !== m.to.category)
  const matrix = (
    <section className="compare-section" aria-labelledby="compare-matrix-heading">
      <Heading id="compare-matrix-heading" level={3} data-size="xs">
        {t('compare.matrix.heading')}
      </Heading>
      <div className="compare-matrix-layout">
        <CompareMatrix before={before} after={after} diff={diff} />
        <div className="compare-lists">
          <Heading level={4} data-size="2xs">
            {t('compare.categoryChanges.heading')}
          </Heading>
          {recategorised.length === 0 ? (
            <Paragraph data-size="sm">{t('compare.categoryChanges.none')}</Paragraph>
          ) : (
            <ul className="compare-categories">
              {recategorised.map((m) => (
                <li key={m.id}>
                  <span aria-hidden="true" className="compare-categories__visual">
                    <span className="compare-categories__name">{m.name}</span>
                    <CategoryTag category={m.from.category} />
                    <span>→</span>
                    <CategoryTag category={m.to.category} />
                  </span>
                  <span className="samkart-visually-hidden">
                    {t('compare.categoryChange', {
                      name: m.name,
                      from: t(`category.${m.from.category}`),
                      to: t(`category.${m.to.category}`),
                    })}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {diff.actorsMoved.length > recategorised.length && (
            <Paragraph data-size="sm">
              {t('compare.movedWithin', { count: diff.actorsMoved.length - recategorised.length })}
            </Paragraph>
          )}
          <NameList heading={t('compare.actorsAdded.heading')} none={t('compare.none')}>
            {diff.actorsAdded.map(actorName)}
          </NameList>
          <NameList heading={t('compare.actorsRemoved.heading')} none={t('compare.none')}>
            {diff.actorsRemoved.map(actorName)}
          </NameList>
          <NameList heading={t('compare.relationsAdded.heading')} none={t('compare.none')}>
            {diff.relationsAdded.map(relationText)}
          </NameList>
          <NameList heading={t('compare.relationsRemoved.heading')} none={t('compare.none')}>
            {diff.relationsRemoved.map(relationText)}
          </NameList>
        </div>
      </div>
    </section>
  )
  const journeys = <CompareJourneys before={before} after={after} diff={diff} />
  return (
    // Focusable, so the comparison scrolls from the keyboard too.
    <section className="compare-view" tabIndex={0} aria-labelledby="compare-heading">
      <Heading id="compare-heading" level={2} data-size="sm" className="samkart-visually-hidden">
        {t('compare.heading')}
      </Heading>
      {view === 'actors' ? (
        <>
          {matrix}
          {journeys}
        </>
      ) : (
        <>
          {journeys}
          {matrix}
        </>
      )}
    </section>
  )
}

function NameList({
  heading,
  none,
  children,
}: {
  heading: string
  none: string
  children: ReactNode[]
}) {
  return (
    <>
      <Heading level={4} data-size="2xs">
        {heading}
      </Heading>
      {children.length === 0 ? (
        <Paragraph data-size="sm">{none}</Paragraph>
      ) : (
        <ul className="compare-names">
          {children.map((name, i) => (
            <li key={i}>{name}</li>
          ))}
        </ul>
      )}
    </>
  )
}

import { Button, Field, Label, Search, Select } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { ACTOR_LEVELS, ACTOR_STRATEGIES } from '@samkart/model'
import { type ReactNode, useMemo } from 'react'
import {
  type ActorFilter,
  EMPTY_FILTER,
  type Filterable,
  filterCounts,
  isFilterActive,
} from './actorFilter'
import './filter.css'

const CATEGORIES = ['viktig', 'moderat', 'lav'] as const
const STRATEGIES = ACTOR_STRATEGIES.map((s) => s || 'none')

/** Props of {@link ActorFilterBar}. */
export interface ActorFilterBarProps {
  filter: ActorFilter
  onChange: (filter: ActorFilter) => void
  /** Every actor on the board, for the counts in the choices. */
  actors: readonly Filterable[]
  /** View preferences shown at the end of the row (the matrix's snap switch). */
  children?: ReactNode
}

/**
 * «Søk og filter»: search by name and narrow by level, category and strategy. What does not
 * match is dimmed on the canvas and left out of the actor list; nothing is deleted or hidden
 * for anyone else.
 */
export function ActorFilterBar({ filter, onChange, actors, children }: ActorFilterBarProps) {
  const t = useT()
  const counts = useMemo(() => filterCounts(actors), [actors])
  const option = (bucket: Record<string, number>, value: string, label: string) =>
    t('filter.option', { label, count: bucket[value] ?? 0 })
  const set = (patch: Partial<ActorFilter>) => onChange({ ...filter, ...patch })
  return (
    <div className="samkart-filter" role="search" aria-label={t('filter.label')}>
      <Field data-size="sm" className="samkart-filter__search">
        <Label>{t('filter.search')}</Label>
        {/* The clear button's name is set here: the element names it itself otherwise. */}
        <Search data-sr-clear={t('filter.clear')}>
          <Search.Input
            value={filter.query}
            onChange={(event) => set({ query: event.target.value })}
          />
          <Search.Clear onClick={() => set({ query: '' })} />
        </Search>
      </Field>
      <FilterSelect
        label={t('actor.level')}
        value={filter.level}
        values={ACTOR_LEVELS}
        text={(v) => option(counts.level, v, t(`level.${v}`))}
        onChange={(level) => set({ level })}
      />
      <FilterSelect
        label={t('actor.category')}
        value={filter.category}
        values={CATEGORIES}
        text={(v) => option(counts.category, v, t(`category.${v}`))}
        onChange={(category) => set({ category })}
      />
      <FilterSelect
        label={t('actor.strategy')}
        value={filter.strategy}
        values={STRATEGIES}
        text={(v) => option(counts.strategy, v, t(`strategy.${v}`))}
        onChange={(strategy) => set({ strategy })}
      />
      {isFilterActive(filter) && (
        <Button variant="tertiary" data-size="sm" onClick={() => onChange(EMPTY_FILTER)}>
          {t('filter.reset')}
        </Button>
      )}
      {children && <div className="samkart-filter__prefs">{children}</div>}
    </div>
  )
}

interface FilterSelectProps<V extends string> {
  label: string
  value: V | ''
  values: readonly V[]
  text: (value: V) => string
  onChange: (value: V | '') => void
}

/** A compact select whose first choice, «Alle», turns the criterion off. */
function FilterSelect<V extends string>({
  label,
  value,
  values,
  text,
  onChange,
}: FilterSelectProps<V>) {
  const t = useT()
  return (
    <Field data-size="sm" className="samkart-filter__field">
      <Label>{label}</Label>
      <Select
        value={value}
        // The options are exactly `values` and '', so the cast only restores the type.
        onChange={(event) => onChange(event.target.value as V | '')}
      >
        <Select.Option value="">{t('filter.all')}</Select.Option>
        {values.map((option) => (
          <Select.Option key={option} value={option}>
            {text(option)}
          </Select.Option>
        ))}
      </Select>
    </Field>
  )
}

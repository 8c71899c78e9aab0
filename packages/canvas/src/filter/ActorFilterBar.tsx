import { Button, Field, Label, Popover, Search, Select } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { ACTOR_LEVELS, ACTOR_STRATEGIES } from '@samkart/model'
import { useMemo, memo } from 'react'
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
}

/** How many of level, category and strategy narrow the filter (the search is shown itself). */
const criteriaCount = (filter: ActorFilter) =>
  [filter.level, filter.category, filter.strategy].filter(Boolean).length

/**
 * «Søk og filter» on the canvas's toolbar: a search field by name, and a «Filter» button whose
 * popover narrows by level, category and strategy. What does not match is dimmed on the
 * canvas and left out of the actor list; nothing is deleted or hidden for anyone else.
 */
function ActorFilterBarView({ filter, onChange, actors }: ActorFilterBarProps) {
  const t = useT()
  const set = (patch: Partial<ActorFilter>) => onChange({ ...filter, ...patch })
  const criteria = criteriaCount(filter)
  return (
    <div className="samkart-filter" role="search" aria-label={t('filter.label')}>
      <Field data-size="sm" className="samkart-filter__search">
        <Label className="samkart-visually-hidden">{t('filter.search')}</Label>
        {/* The clear button's name is set here: the element names it itself otherwise. */}
        <Search data-sr-clear={t('filter.clear')}>
          <Search.Input
            value={filter.query}
            placeholder={t('filter.search.placeholder')}
            onChange={(event) => set({ query: event.target.value })}
          />
          <Search.Clear onClick={() => set({ query: '' })} />
        </Search>
      </Field>
      <Popover.TriggerContext>
        <Popover.Trigger
          variant={criteria ? 'primary' : 'secondary'}
          data-size="sm"
          aria-label={
            criteria ? t('filter.button.active', { count: criteria }) : t('filter.button')
          }
        >
          <FilterIcon />
          <span aria-hidden="true">
            {/* Where the toolbar is narrow only the icon (and the count) stays. */}
            <span className="samkart-toolbar__full">{t('filter.button')}</span>
            {criteria > 0 && ` (${criteria})`}
          </span>
        </Popover.Trigger>
        <Popover placement="bottom-start" data-size="sm" className="samkart-filter__menu">
          <FilterChoices filter={filter} onChange={onChange} actors={actors} />
        </Popover>
      </Popover.TriggerContext>
      {isFilterActive(filter) && (
        <Button variant="tertiary" data-size="sm" onClick={() => onChange(EMPTY_FILTER)}>
          {t('filter.reset')}
        </Button>
      )}
    </div>
  )
}

/** The three selects of the «Filter» popover. */
function FilterChoices({ filter, onChange, actors }: ActorFilterBarProps) {
  const t = useT()
  const counts = useMemo(() => filterCounts(actors), [actors])
  const option = (bucket: Record<string, number>, value: string, label: string) =>
    t('filter.option', { label, count: bucket[value] ?? 0 })
  const set = (patch: Partial<ActorFilter>) => onChange({ ...filter, ...patch })
  return (
    <>
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
    </>
  )
}

function FilterIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 24 24">
      <path
        d="M4 5h16l-6 7.5V19l-4 1.5v-8z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinejoin="round"
      />
    </svg>
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

/** Memoised: the board re-renders on every pointer move of a drag; this only when its props change. */
export const ActorFilterBar = memo(ActorFilterBarView)

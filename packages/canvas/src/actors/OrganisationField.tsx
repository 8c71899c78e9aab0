import { Textfield } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import type { RegistryEntry } from '@samkart/model'
import { type KeyboardEvent, type Ref, useEffect, useId, useState } from 'react'

/**
 * Looks up organisations by name or number (the app asks its server's copy of
 * Enhetsregisteret). Resolves to the best matches; an aborted or failed lookup may reject,
 * which the field treats as «no suggestions».
 */
export type OrganisationSearch = (query: string, signal: AbortSignal) => Promise<RegistryEntry[]>

/** Props of {@link OrganisationField}. */
export interface OrganisationFieldProps {
  label: string
  value: string
  onChange: (text: string) => void
  /** A suggestion was chosen, by Enter, click or tap. */
  onChoose: (entry: RegistryEntry) => void
  search?: OrganisationSearch
  error?: string
  inputRef?: Ref<HTMLInputElement | HTMLTextAreaElement>
}

/** Typing settles for this long before a lookup, so a fast typist sends one request, not ten. */
const SEARCH_DELAY_MS = 150

/**
 * A name field that suggests organisations as you type: a WAI-ARIA combobox with a list of
 * options under the field. Arrows move through the suggestions, Enter takes one, Escape closes
 * the list (and only the list, not the dialog around it); the number of suggestions is
 * announced. Without a `search`, or while it finds nothing, it is a plain text field: what is
 * typed is the name either way.
 */
export function OrganisationField({
  label,
  value,
  onChange,
  onChoose,
  search,
  error,
  inputRef,
}: OrganisationFieldProps) {
  const t = useT()
  const listId = useId()
  const [entries, setEntries] = useState<RegistryEntry[]>([])
  const [open, setOpen] = useState(false)
  // The highlighted suggestion by its number, not its place: results for what was typed a
  // moment ago may arrive after the arrow key, and must not drop (or move) the highlight, or
  // Enter would submit the half-typed name instead of the suggestion the user picked.
  const [activeNumber, setActiveNumber] = useState<string | null>(null)
  const active = activeNumber === null ? -1 : entries.findIndex((e) => e.orgNumber === activeNumber)
  const highlight = (index: number) => setActiveNumber(entries[index]?.orgNumber ?? null)

  useEffect(() => {
    if (!search || value.trim().length < 2) {
      setEntries([])
      setActiveNumber(null)
      return
    }
    const controller = new AbortController()
    const timer = setTimeout(() => {
      search(value, controller.signal).then(
        (found) => setEntries(found),
        () => {
          if (!controller.signal.aborted) setEntries([])
        },
      )
    }, SEARCH_DELAY_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [search, value])

  const showing = open && entries.length > 0
  const choose = (entry: RegistryEntry) => {
    setOpen(false)
    setEntries([])
    setActiveNumber(null)
    onChoose(entry)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (!entries.length) return
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault()
        setOpen(true)
        return highlight((active + 1) % entries.length)
      case 'ArrowUp':
        event.preventDefault()
        setOpen(true)
        return highlight(active <= 0 ? entries.length - 1 : active - 1)
      case 'Enter': {
        const entry = showing ? entries[active] : undefined
        if (!entry) return
        // Takes the suggestion instead of submitting the form with the half-typed name.
        event.preventDefault()
        return choose(entry)
      }
      case 'Escape':
        if (!showing) return
        // Closes the suggestions, not the dialog the field sits in.
        event.preventDefault()
        event.stopPropagation()
        setOpen(false)
        return
    }
  }

  return (
    <div className="organisation-field">
      <Textfield
        ref={inputRef}
        label={label}
        value={value}
        onChange={(event) => {
          onChange(event.target.value)
          setOpen(true)
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        error={error}
        autoComplete="off"
        role={search ? 'combobox' : undefined}
        aria-autocomplete={search ? 'list' : undefined}
        aria-expanded={search ? showing : undefined}
        aria-controls={search ? listId : undefined}
        aria-activedescendant={showing && active >= 0 ? `${listId}-${active}` : undefined}
      />
      {search && (
        <ul
          id={listId}
          role="listbox"
          aria-label={t('actor.registry.suggestions')}
          className="organisation-field__list"
          hidden={!showing}
        >
          {entries.map((entry, index) => (
            <li
              key={entry.orgNumber}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className="organisation-field__option"
              // Keeps focus in the field, so the choice does not blur and close the list first.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(entry)}
            >
              <span className="organisation-field__name">{entry.name}</span>
              <span className="organisation-field__meta">
                {t('actor.registry.option', {
                  orgNumber: entry.orgNumber,
                  level: t(`level.${entry.level}`),
                  kind: t(`kind.${entry.kind}`),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {/* Only a count worth hearing: silence while the register has nothing, or is not there. */}
      <span className="ds-sr-only" aria-live="polite">
        {showing ? t('actor.registry.count', { count: entries.length }) : ''}
      </span>
    </div>
  )
}

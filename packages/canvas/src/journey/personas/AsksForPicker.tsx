import {
  Button,
  Checkbox,
  Fieldset,
  Paragraph,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react'
import { useErrorText, useT } from '@samkart/i18n/react'
import type { InfoItem, ModelError, Result } from '@samkart/model'
import { type KeyboardEvent, useState } from 'react'
import { refocus } from '../useJourneyCommands'

/** The suggestions offered while the board's vocabulary is empty (i18n keys, in order). */
export const INFO_SUGGESTIONS = [
  'diagnose',
  'inntekt',
  'samtykke',
  'legeerklaering',
  'bankkonto',
  'familie',
] as const

/** What the picker does to the board's vocabulary; each returns the model's result. */
export interface InfoVocabulary {
  /** The item of that name, created if the board has none (returns its id). */
  ensure: (name: string) => Result<string>
  rename: (id: string, name: string) => Result<unknown>
  remove: (id: string) => Result<unknown>
}

/** Props of {@link AsksForPicker}. */
export interface AsksForPickerProps {
  items: readonly InfoItem[]
  asksFor: readonly string[]
  onChange: (ids: string[]) => Result<unknown>
  vocabulary: InfoVocabulary
}

/**
 * «Ber om opplysninger»: what a touchpoint asks the family for, ticked from the board's own
 * vocabulary, which is edited right here (add, rename, delete), so a workshop never leaves the
 * touchpoint to fix a word. While the vocabulary is empty, a few suggestions are offered; picking
 * one creates it in the user's language. Deleting asks first, since it leaves every touchpoint.
 */
export function AsksForPicker({ items, asksFor, onChange, vocabulary }: AsksForPickerProps) {
  const t = useT()
  const errorText = useErrorText()
  const [draft, setDraft] = useState('')
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null)
  const [confirming, setConfirming] = useState<string | null>(null)
  const [error, setError] = useState<ModelError | null>(null)

  const show = (result: Result<unknown>) => {
    setError(result.ok ? null : result.error)
    return result.ok
  }
  const toggle = (id: string, on: boolean) =>
    show(onChange(on ? [...asksFor, id] : asksFor.filter((other) => other !== id)))
  const add = (name: string) => {
    if (name.trim() === '') return
    const id = vocabulary.ensure(name)
    if (!show(id) || !id.ok) return
    if (!asksFor.includes(id.value) && !show(onChange([...asksFor, id.value]))) return
    setDraft('')
  }
  const saveRename = () => {
    if (!renaming) return
    if (!show(vocabulary.rename(renaming.id, renaming.name))) return
    setRenaming(null)
    refocus(`info-rename-${renaming.id}`)
  }
  const renameKeys = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      saveRename()
    } else if (event.key === 'Escape' && renaming) {
      // Used here: the journey view must not close the panel as well.
      event.preventDefault()
      setRenaming(null)
      refocus(`info-rename-${renaming.id}`)
    }
  }

  return (
    <Fieldset data-size="sm" className="journey-picker asks-for">
      <Fieldset.Legend>{t('personas.asksFor.legend')}</Fieldset.Legend>
      <Fieldset.Description>{t('personas.asksFor.description')}</Fieldset.Description>
      <div className="journey-picker__list">
        {items.map((item) =>
          renaming?.id === item.id ? (
            <div key={item.id} className="asks-for__row">
              <Textfield
                data-size="sm"
                label={t('personas.asksFor.renameLabel', { name: item.name })}
                value={renaming.name}
                onChange={(event) => setRenaming({ id: item.id, name: event.target.value })}
                onKeyDown={renameKeys}
                autoFocus
                autoComplete="off"
              />
              <Button data-size="sm" variant="secondary" onClick={saveRename}>
                {t('personas.asksFor.save')}
              </Button>
              <Button
                data-size="sm"
                variant="tertiary"
                onClick={() => {
                  setRenaming(null)
                  refocus(`info-rename-${item.id}`)
                }}
              >
                {t('personas.asksFor.cancel')}
              </Button>
            </div>
          ) : confirming === item.id ? (
            <div key={item.id} className="asks-for__confirm">
              <Paragraph data-size="sm">
                {t('personas.asksFor.delete.confirm', { name: item.name })}
              </Paragraph>
              <Button
                data-size="sm"
                data-color="danger"
                data-focus={`info-confirm-${item.id}`}
                onClick={() => {
                  setConfirming(null)
                  if (show(vocabulary.remove(item.id))) refocus('info-new')
                }}
              >
                {t('personas.asksFor.delete.yes')}
              </Button>
              <Button
                data-size="sm"
                variant="tertiary"
                onClick={() => {
                  setConfirming(null)
                  refocus(`info-delete-${item.id}`)
                }}
              >
                {t('personas.asksFor.cancel')}
              </Button>
            </div>
          ) : (
            <div key={item.id} className="asks-for__row">
              <Checkbox
                data-size="sm"
                label={item.name}
                checked={asksFor.includes(item.id)}
                onChange={(event) => toggle(item.id, event.target.checked)}
              />
              <Button
                data-size="sm"
                variant="tertiary"
                data-focus={`info-rename-${item.id}`}
                aria-label={t('personas.asksFor.rename', { name: item.name })}
                onClick={() => setRenaming({ id: item.id, name: item.name })}
              >
                {t('journeys.editShort')}
              </Button>
              <Button
                data-size="sm"
                variant="tertiary"
                data-color="danger"
                data-focus={`info-delete-${item.id}`}
                aria-label={t('personas.asksFor.delete', { name: item.name })}
                onClick={() => {
                  setConfirming(item.id)
                  refocus(`info-confirm-${item.id}`)
                }}
              >
                {t('journeys.deleteShort')}
              </Button>
            </div>
          ),
        )}
      </div>
      {items.length === 0 && (
        <div
          className="asks-for__suggestions"
          role="group"
          aria-label={t('personas.asksFor.suggestions')}
        >
          {INFO_SUGGESTIONS.map((key) => {
            const name = t(`personas.asksFor.item.${key}`)
            return (
              <Button
                key={key}
                data-size="sm"
                variant="secondary"
                aria-label={t('personas.asksFor.suggest', { name })}
                onClick={() => add(name)}
              >
                {name}
              </Button>
            )
          })}
        </div>
      )}
      <div className="asks-for__add">
        <Textfield
          data-size="sm"
          data-focus="info-new"
          label={t('personas.asksFor.new')}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return
            event.preventDefault()
            add(draft)
          }}
          autoComplete="off"
        />
        <Button data-size="sm" variant="secondary" onClick={() => add(draft)}>
          {t('personas.asksFor.add')}
        </Button>
      </div>
      {error && <ValidationMessage data-size="sm">{errorText(error)}</ValidationMessage>}
    </Fieldset>
  )
}

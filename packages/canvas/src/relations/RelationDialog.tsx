import {
  Button,
  Field,
  Label,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react'
import { useErrorText, useT } from '@samkart/i18n/react'
import { RELATION_TYPES, type RelationType, readActors, readEntity } from '@samkart/model'
import { type FormEvent, useEffect, useRef, useState } from 'react'
import type * as Y from 'yjs'
import type { RelationActions } from '../actions/relationActions'
import {
  RELATION_FORM_FIELDS,
  type RelationFormField,
  type RelationFormValues,
  initialRelationValues,
  parsePercentText,
} from './relationForm'
import { HeadedDialog } from '../dialogs/HeadedDialog'

/**
 * What the dialog is doing: creating (optionally from an actor, or between the two a mouse
 * drag joined) or editing a relation.
 */
export type RelationDialogMode =
  { kind: 'create'; source?: string; target?: string } | { kind: 'edit'; id: string }

/** Props of {@link RelationDialog}. */
export interface RelationDialogProps {
  doc: Y.Doc
  actions: RelationActions
  /** `null` when the dialog is closed. */
  mode: RelationDialogMode | null
  onClose: () => void
  /** Called after a successful create or edit, with the relation's id. */
  onSaved: (id: string, created: boolean) => void
  onDelete: (id: string) => void
}

/**
 * «Ny relasjon» and «Rediger relasjon»: the keyboard way to draw a relation, and where a
 * relation drawn with the mouse gets its type. The model validates; a refusal (the same actor at
 * both ends, an actor deleted meanwhile) is shown, translated, next to its field.
 */
export function RelationDialog({
  doc,
  actions,
  mode,
  onClose,
  onSaved,
  onDelete,
}: RelationDialogProps) {
  const t = useT()
  const relation = mode?.kind === 'edit' ? readEntity(doc, 'relation', mode.id) : undefined
  const open = mode !== null && (mode.kind === 'create' || relation !== undefined)
  const key = !mode
    ? 'closed'
    : mode.kind === 'edit'
      ? mode.id
      : `new-${mode.source ?? ''}-${mode.target ?? ''}`

  return (
    <HeadedDialog
      open={open}
      onClose={onClose}
      closeLabel={t('actor.closeDialog')}
      heading={t(mode?.kind === 'edit' ? 'relation.edit.heading' : 'relation.add')}
    >
      {open && mode && (
        <RelationForm
          key={key}
          doc={doc}
          initial={initialRelationValues(
            relation,
            mode.kind === 'create' ? mode.source : undefined,
            mode.kind === 'create' ? mode.target : undefined,
          )}
          submitLabel={t(mode.kind === 'edit' ? 'relation.edit.submit' : 'relation.add.submit')}
          onSubmit={(values) => {
            const fields = {
              source: values.source,
              target: values.target,
              type: values.type,
              label: values.label,
              strength: values.strength,
              trust: values.trust,
            }
            if (mode.kind === 'create') {
              const result = actions.add(fields)
              return result.ok ? { ok: true, id: result.value } : result
            }
            const result = actions.update(mode.id, fields)
            return result.ok ? { ok: true, id: mode.id } : result
          }}
          onDone={(id) => onSaved(id, mode.kind === 'create')}
          onCancel={onClose}
          onDelete={mode.kind === 'edit' ? () => onDelete(mode.id) : undefined}
        />
      )}
    </HeadedDialog>
  )
}

type Parsed = Omit<RelationFormValues, 'strength' | 'trust'> & { strength: number; trust: number }
type SubmitResult =
  { ok: true; id: string } | { ok: false; error: { code: string; entity?: string; field?: string } }

interface RelationFormProps {
  doc: Y.Doc
  initial: RelationFormValues
  submitLabel: string
  onSubmit: (values: Parsed) => SubmitResult
  onDone: (id: string) => void
  onCancel: () => void
  onDelete?: () => void
}

function RelationForm({
  doc,
  initial,
  submitLabel,
  onSubmit,
  onDone,
  onCancel,
  onDelete,
}: RelationFormProps) {
  const t = useT()
  const errorText = useErrorText()
  const [values, setValues] = useState(initial)
  const [errors, setErrors] = useState<Partial<Record<RelationFormField, string>>>({})
  const formRef = useRef<HTMLFormElement>(null)
  // Read once when the dialog opens: the list does not shift under the user while they choose.
  const [actors] = useState(() => readActors(doc))

  // The type when both actors are chosen already (a relation drawn with the mouse). Read once:
  // `initial` is a new object on every render of the dialog, and focus must not jump back.
  const [firstField] = useState(() =>
    initial.source && initial.target ? '[name="type"]' : 'select, input',
  )
  useEffect(() => {
    // After the dialog has opened, so focus lands on the first field, not the close button.
    const frame = requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>(firstField)?.focus(),
    )
    return () => cancelAnimationFrame(frame)
  }, [firstField])

  const set = (field: RelationFormField, value: string) => {
    setValues((prev) => ({ ...prev, [field]: value }))
    setErrors((prev) => ({ ...prev, [field]: undefined }))
  }

  const focusField = (field: RelationFormField) =>
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>(`[name="${field}"]`)?.focus(),
    )

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const strength = parsePercentText(values.strength)
    const trust = parsePercentText(values.trust)
    if (strength === null || trust === null) {
      const field = strength === null ? 'strength' : 'trust'
      setErrors({ [field]: t('relation.percentRange') })
      return focusField(field)
    }
    const result = onSubmit({ ...values, strength, trust })
    if (result.ok) return onDone(result.id)
    const field = RELATION_FORM_FIELDS.find((f) => f === result.error.field) ?? 'target'
    setErrors({ [field]: errorText({ ...result.error, entity: 'relation', field }) })
    focusField(field)
  }

  const actorSelect = (field: 'source' | 'target', label: string) => (
    <Field>
      <Label>{label}</Label>
      <Select
        name={field}
        value={values[field]}
        onChange={(event) => set(field, event.target.value)}
        aria-invalid={errors[field] ? true : undefined}
      >
        <Select.Option value="" disabled>
          {t('relation.chooseActor')}
        </Select.Option>
        {actors.map((actor) => (
          <Select.Option key={actor.id} value={actor.id}>
            {actor.name}
          </Select.Option>
        ))}
      </Select>
      {errors[field] && <ValidationMessage>{errors[field]}</ValidationMessage>}
    </Field>
  )

  const percentField = (field: 'strength' | 'trust', label: string) => (
    <Textfield
      name={field}
      label={label}
      value={values[field]}
      onChange={(event) => set(field, event.target.value)}
      inputMode="numeric"
      suffix="%"
      error={errors[field]}
      autoComplete="off"
    />
  )

  return (
    <form ref={formRef} className="samkart-form" onSubmit={submit} noValidate>
      {actorSelect('source', t('relation.source'))}
      {actorSelect('target', t('relation.target'))}
      <Field>
        <Label>{t('relation.type')}</Label>
        <Select
          name="type"
          value={values.type}
          onChange={(event) => set('type', event.target.value as RelationType)}
        >
          {RELATION_TYPES.map((type) => (
            <Select.Option key={type} value={type}>
              {t(`relation.type.${type}`)}
            </Select.Option>
          ))}
        </Select>
        {errors.type && <ValidationMessage>{errors.type}</ValidationMessage>}
      </Field>
      <Textfield
        name="label"
        label={t('relation.label')}
        value={values.label}
        onChange={(event) => set('label', event.target.value)}
        error={errors.label}
        autoComplete="off"
      />
      <div className="samkart-form__row">
        {percentField('strength', t('relation.strength'))}
        {percentField('trust', t('relation.trust'))}
      </div>
      <div className="samkart-form__actions">
        <Button type="submit">{submitLabel}</Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('actor.cancel')}
        </Button>
        {onDelete && (
          <Button
            type="button"
            variant="tertiary"
            data-color="danger"
            className="samkart-form__end"
            onClick={onDelete}
          >
            {t('relation.deleteLong')}
          </Button>
        )}
      </div>
    </form>
  )
}

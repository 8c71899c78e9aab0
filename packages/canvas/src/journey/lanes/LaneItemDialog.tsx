import {
  Button,
  Checkbox,
  Field,
  Fieldset,
  Label,
  Paragraph,
  Select,
  Textfield,
} from '@digdir/designsystemet-react'
import { laneName } from '@samkart/i18n'
import { useErrorText, useT } from '@samkart/i18n/react'
import {
  LANE_ITEM_DESCRIPTION_MAX,
  LANE_ITEM_TEXT_MAX,
  type Lane,
  type LaneItem,
  type LaneItemKind,
  type ModelError,
  type PainTarget,
  type Phase,
  type Result,
} from '@samkart/model'
import { type FormEvent, useState } from 'react'
import { HeadedDialog } from '../../dialogs/HeadedDialog'

/** What the item dialog is open for: a new item in a cell, an existing item, or nothing. */
export type LaneItemEditing =
  { mode: 'new'; lane: Lane; phase: Phase } | { mode: 'edit'; item: LaneItem; lane: Lane } | null

/** The fields the dialog writes. */
export interface LaneItemDraft {
  kind: LaneItemKind
  text: string
  description: string
  touchpoints: string[]
  pains: string[]
}

/** Props of {@link LaneItemDialog}. */
export interface LaneItemDialogProps {
  editing: LaneItemEditing
  /** The journey's pain points, for what an opportunity or idea addresses. */
  targets: readonly PainTarget[]
  phases: readonly Phase[]
  /** Writes the item; a refusal is explained in the dialog, which stays open. */
  onSave: (draft: LaneItemDraft) => Result<unknown>
  onDelete: (item: LaneItem) => void
  onClose: () => void
}

const TYPED_KINDS = ['pain', 'opportunity', 'idea'] as const

/**
 * A lane item's dialog: its kind (in an items lane), text, description and, for an opportunity
 * or idea, the pain points it addresses (touchpoints with a pain point and pain items of the
 * journey, as checkboxes). A dialog, so everything is reachable in a plain tab order.
 */
export function LaneItemDialog(props: LaneItemDialogProps) {
  const t = useT()
  const { editing, onClose } = props
  return (
    <HeadedDialog
      open={editing !== null}
      onClose={onClose}
      closeLabel={t('journeys.close')}
      heading={
        editing?.mode === 'new'
          ? t('lanes.item.heading.new', { lane: laneName(editing.lane, t) })
          : t('lanes.item.heading.edit')
      }
    >
      {editing && (
        <ItemForm
          key={editing.mode === 'new' ? `${editing.lane.id}|${editing.phase.id}` : editing.item.id}
          {...props}
          editing={editing}
        />
      )}
    </HeadedDialog>
  )
}

function ItemForm({
  editing,
  targets,
  phases,
  onSave,
  onDelete,
  onClose,
}: LaneItemDialogProps & { editing: NonNullable<LaneItemEditing> }) {
  const t = useT()
  const errorText = useErrorText()
  const item = editing.mode === 'edit' ? editing.item : null
  const typed = editing.lane.kind === 'items'
  const [kind, setKind] = useState<LaneItemKind>(item?.kind ?? (typed ? 'opportunity' : 'text'))
  const [text, setText] = useState(item?.text ?? '')
  const [description, setDescription] = useState(item?.description ?? '')
  const [links, setLinks] = useState<ReadonlySet<string>>(
    new Set([...(item?.touchpoints ?? []), ...(item?.pains ?? [])]),
  )
  const [error, setError] = useState<ModelError | null>(null)
  const [empty, setEmpty] = useState(false)
  const addresses = kind === 'opportunity' || kind === 'idea'
  const choices = targets.filter((target) => target.id !== item?.id)
  const phaseTitle = new Map(phases.map((p) => [p.id, p.title]))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (text.trim() === '') {
      setEmpty(true)
      return
    }
    const chosen = addresses ? choices.filter((c) => links.has(c.id)) : []
    const result = onSave({
      kind,
      text: text.trim(),
      description,
      touchpoints: chosen.filter((c) => c.kind === 'touchpoint').map((c) => c.id),
      pains: chosen.filter((c) => c.kind === 'pain').map((c) => c.id),
    })
    if (result.ok) onClose()
    else setError(result.error)
  }
  const toggle = (id: string, on: boolean) => {
    const next = new Set(links)
    if (on) next.add(id)
    else next.delete(id)
    setLinks(next)
  }
  const label = (target: PainTarget) =>
    target.kind === 'touchpoint'
      ? t('lanes.item.addresses.touchpoint', {
          title: target.touchpoint.title,
          pain:
            target.touchpoint.painPoint.trim() ||
            (target.touchpoint.painType ? t(`journey.painType.${target.touchpoint.painType}`) : ''),
        })
      : t('lanes.item.addresses.pain', {
          text: target.item.text,
          phase: phaseTitle.get(target.item.phaseId) ?? '',
        })

  return (
    <form className="journey-form" onSubmit={submit} noValidate>
      {typed && (
        <Field data-size="sm">
          <Label>{t('lanes.item.kind')}</Label>
          <Select value={kind} onChange={(event) => setKind(event.target.value as LaneItemKind)}>
            {TYPED_KINDS.map((k) => (
              <Select.Option key={k} value={k}>
                {t(`lanes.item.kind.${k}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
      )}
      <Textfield
        data-size="sm"
        label={t('lanes.item.text')}
        multiline
        rows={2}
        value={text}
        maxLength={LANE_ITEM_TEXT_MAX}
        onChange={(event) => {
          setText(event.target.value)
          setEmpty(false)
        }}
        error={empty ? t('lanes.item.required') : error ? errorText(error) : undefined}
      />
      <Textfield
        data-size="sm"
        label={t('lanes.item.description')}
        multiline
        rows={3}
        value={description}
        maxLength={LANE_ITEM_DESCRIPTION_MAX}
        onChange={(event) => setDescription(event.target.value)}
      />
      {addresses && (
        <Fieldset data-size="sm">
          <Fieldset.Legend>{t('lanes.item.addresses')}</Fieldset.Legend>
          {choices.length === 0 ? (
            <Paragraph data-size="sm">{t('lanes.item.addresses.none')}</Paragraph>
          ) : (
            <div className="journey-lane-dialog__links">
              {choices.map((target) => (
                <Checkbox
                  key={target.id}
                  data-size="sm"
                  label={label(target)}
                  checked={links.has(target.id)}
                  onChange={(event) => toggle(target.id, event.target.checked)}
                />
              ))}
            </div>
          )}
        </Fieldset>
      )}
      <div className="journey-lane-dialog__actions">
        <Button type="submit" data-size="sm">
          {t('lanes.item.save')}
        </Button>
        {item && (
          <Button
            type="button"
            variant="tertiary"
            data-color="danger"
            data-size="sm"
            onClick={() => onDelete(item)}
          >
            {t('lanes.item.delete')}
          </Button>
        )}
        <Button type="button" variant="tertiary" data-size="sm" onClick={onClose}>
          {t('lanes.cancel')}
        </Button>
      </div>
    </form>
  )
}

import {
  Button,
  Checkbox,
  Dialog,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
} from '@digdir/designsystemet-react'
import { laneName } from '@samkart/i18n'
import { useErrorText, useT } from '@samkart/i18n/react'
import {
  JOURNEY_LANES,
  LANE_TITLE_MAX,
  type Lane,
  type ModelError,
  type NewLane,
  type Result,
  builtInLane,
  builtInLaneShape,
} from '@samkart/model'
import { type FormEvent, useId, useState } from 'react'
import './lanes/lanes.css'

/** What the lane management dialog does; the journey view carries it out. */
export interface LaneCommands {
  add(input: NewLane): Result<string>
  rename(lane: Lane, title: string): Result<unknown>
  setHidden(lane: Lane, hidden: boolean): void
  move(lane: Lane, direction: -1 | 1): void
  remove(lane: Lane): Result<unknown>
  /** How many items and notes deleting the lane takes with it. */
  contentCount(lane: Lane): number
  /** False for the journey's last lane of touchpoint names. */
  canDelete(lane: Lane): boolean
}

/** Props of {@link LanesDialog}. */
export interface LanesDialogProps {
  open: boolean
  /** The journey's lanes, top to bottom, hidden ones included. */
  lanes: readonly Lane[]
  commands: LaneCommands
  onClose: () => void
}

const focusSoon = (selector: string) =>
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus())

/**
 * «Rader»: the journey's lanes, managed by keyboard as well as by pointer: show or hide, move
 * up or down, rename, delete (after a confirmation that says what goes with it), and add a
 * lane of text, of typed items (pain points, opportunities, ideas), a divider line, or a
 * built-in lane the journey no longer has. Stored on the journey, not per user, so the whole
 * workshop talks about the same picture.
 */
export function LanesDialog({ open, lanes, commands, onClose }: LanesDialogProps) {
  const t = useT()
  const headingId = useId()
  const [renaming, setRenaming] = useState<string | null>(null)
  const [confirming, setConfirming] = useState<string | null>(null)
  const [status, setStatus] = useState('')

  const move = (lane: Lane, index: number, direction: -1 | 1) => {
    commands.move(lane, direction)
    const to = index + direction
    setStatus(t('lanes.moved', { lane: laneName(lane, t), position: to + 1, count: lanes.length }))
    // At the top or bottom the pressed button turns disabled and would drop focus: move it to
    // the lane's other button instead.
    const edge = to === 0 || to === lanes.length - 1
    const key = `${lane.id}-${edge ? (direction < 0 ? 'down' : 'up') : direction < 0 ? 'up' : 'down'}`
    focusSoon(`[data-lane-move="${key}"]`)
  }
  const remove = (lane: Lane, index: number) => {
    if (!commands.remove(lane).ok) return
    setConfirming(null)
    setStatus(t('lanes.deleted', { lane: laneName(lane, t) }))
    const next = lanes[index + 1] ?? lanes[index - 1]
    focusSoon(next ? `[data-lane-rename="${next.id}"]` : '[data-lane-add]')
  }

  return (
    <Dialog
      open={open}
      onClose={onClose}
      closeButton={t('journeys.close')}
      closedby="any"
      aria-labelledby={headingId}
    >
      <Dialog.Block>
        <Heading id={headingId} level={2} data-size="xs">
          {t('journey.lanes.heading')}
        </Heading>
        <Paragraph data-size="sm" className="journey-muted">
          {t('journey.lanes.description')}
        </Paragraph>
      </Dialog.Block>
      <Dialog.Block>
        <ol className="journey-lanes" aria-label={t('lanes.list')}>
          {lanes.map((lane, index) => {
            const name = laneName(lane, t)
            const custom = builtInLane(lane) === null
            return (
              <li key={lane.id} className="journey-lanes__item journey-lanes__item--managed">
                <span className="journey-lanes__name">
                  <Checkbox
                    data-size="sm"
                    label={name}
                    checked={!lane.hidden}
                    onChange={(event) => commands.setHidden(lane, !event.target.checked)}
                  />
                  {custom && (
                    <span className="journey-lanes__kind">{t(`lanes.kind.${lane.kind}`)}</span>
                  )}
                </span>
                <span className="journey-lanes__moves">
                  <Button
                    icon
                    variant="tertiary"
                    data-size="sm"
                    aria-label={t('journey.lanes.up', { lane: name })}
                    title={t('journey.lanes.up', { lane: name })}
                    data-lane-move={`${lane.id}-up`}
                    disabled={index === 0}
                    onClick={() => move(lane, index, -1)}
                  >
                    <span aria-hidden="true">↑</span>
                  </Button>
                  <Button
                    icon
                    variant="tertiary"
                    data-size="sm"
                    aria-label={t('journey.lanes.down', { lane: name })}
                    title={t('journey.lanes.down', { lane: name })}
                    data-lane-move={`${lane.id}-down`}
                    disabled={index === lanes.length - 1}
                    onClick={() => move(lane, index, 1)}
                  >
                    <span aria-hidden="true">↓</span>
                  </Button>
                  <Button
                    icon
                    variant="tertiary"
                    data-size="sm"
                    aria-label={t('lanes.rename', { lane: name })}
                    title={t('lanes.rename', { lane: name })}
                    aria-expanded={renaming === lane.id}
                    data-lane-rename={lane.id}
                    onClick={() => {
                      setConfirming(null)
                      setRenaming(renaming === lane.id ? null : lane.id)
                    }}
                  >
                    <span aria-hidden="true">✎</span>
                  </Button>
                  <Button
                    icon
                    variant="tertiary"
                    data-color="danger"
                    data-size="sm"
                    aria-label={t('lanes.delete', { lane: name })}
                    title={t('lanes.delete', { lane: name })}
                    aria-expanded={confirming === lane.id}
                    data-lane-delete={lane.id}
                    onClick={() => {
                      setRenaming(null)
                      setConfirming(confirming === lane.id ? null : lane.id)
                      focusSoon(`[data-lane-confirm="${lane.id}"]`)
                    }}
                  >
                    <span aria-hidden="true">✕</span>
                  </Button>
                </span>
                {renaming === lane.id && (
                  <RenameForm
                    lane={lane}
                    onRename={(title) => commands.rename(lane, title)}
                    onDone={(renamed) => {
                      setRenaming(null)
                      if (renamed !== null) setStatus(t('lanes.renamed', { lane: renamed }))
                      focusSoon(`[data-lane-rename="${lane.id}"]`)
                    }}
                  />
                )}
                {confirming === lane.id && (
                  <div className="journey-lanes__confirm">
                    {commands.canDelete(lane) ? (
                      <>
                        <Paragraph data-size="sm">
                          {t('lanes.delete.confirm', {
                            lane: name,
                            count: commands.contentCount(lane),
                          })}
                        </Paragraph>
                        <Button
                          data-color="danger"
                          data-size="sm"
                          data-lane-confirm={lane.id}
                          onClick={() => remove(lane, index)}
                        >
                          {t('lanes.delete.confirmButton')}
                        </Button>
                      </>
                    ) : (
                      <Paragraph data-size="sm">{t('lanes.delete.last')}</Paragraph>
                    )}
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      data-lane-confirm={commands.canDelete(lane) ? undefined : lane.id}
                      onClick={() => {
                        setConfirming(null)
                        focusSoon(`[data-lane-delete="${lane.id}"]`)
                      }}
                    >
                      {t('lanes.cancel')}
                    </Button>
                  </div>
                )}
              </li>
            )
          })}
        </ol>
        <div className="ds-sr-only" aria-live="polite" aria-atomic="true">
          {status}
        </div>
      </Dialog.Block>
      <Dialog.Block>
        <AddLaneForm
          lanes={lanes}
          onAdd={(input) => {
            const made = commands.add(input)
            if (made.ok)
              setStatus(
                t('lanes.add.done', {
                  lane: laneName({ field: '', title: '', ...input } as Lane, t),
                }),
              )
            return made
          }}
        />
      </Dialog.Block>
    </Dialog>
  )
}

function RenameForm({
  lane,
  onRename,
  onDone,
}: {
  lane: Lane
  onRename: (title: string) => Result<unknown>
  onDone: (renamed: string | null) => void
}) {
  const t = useT()
  const errorText = useErrorText()
  const [title, setTitle] = useState(lane.title)
  const [error, setError] = useState<ModelError | null>(null)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const result = onRename(title.trim())
    if (!result.ok) return setError(result.error)
    onDone(laneName({ ...lane, title: title.trim() }, t))
  }
  return (
    <form className="journey-lanes__rename" onSubmit={submit} noValidate>
      <Textfield
        data-size="sm"
        label={t('lanes.rename.label')}
        description={builtInLane(lane) ? t('lanes.rename.hint') : undefined}
        value={title}
        maxLength={LANE_TITLE_MAX}
        autoFocus
        autoComplete="off"
        onChange={(event) => setTitle(event.target.value)}
        onKeyDown={(event) => {
          // Escape leaves the rename, not the whole dialog.
          if (event.key !== 'Escape') return
          event.preventDefault()
          event.stopPropagation()
          onDone(null)
        }}
        error={error ? errorText(error) : undefined}
      />
      <Button type="submit" data-size="sm">
        {t('lanes.rename.save')}
      </Button>
      <Button type="button" variant="tertiary" data-size="sm" onClick={() => onDone(null)}>
        {t('lanes.cancel')}
      </Button>
    </form>
  )
}

/** The kinds offered: custom lanes, then the built-in lanes the journey no longer has. */
function addOptions(lanes: readonly Lane[]): { value: string; input: NewLane }[] {
  const present = new Set(lanes.map((l) => builtInLane(l)))
  return [
    { value: 'items', input: { kind: 'items' } },
    { value: 'text', input: { kind: 'text' } },
    { value: 'divider', input: { kind: 'divider' } },
    ...JOURNEY_LANES.filter((name) => !present.has(name)).map((name) => ({
      value: name,
      input: builtInLaneShape(name),
    })),
  ]
}

function AddLaneForm({
  lanes,
  onAdd,
}: {
  lanes: readonly Lane[]
  onAdd: (input: NewLane) => Result<string>
}) {
  const t = useT()
  const errorText = useErrorText()
  const headingId = useId()
  const options = addOptions(lanes)
  const [choice, setChoice] = useState('items')
  const [title, setTitle] = useState('')
  const [error, setError] = useState<ModelError | null>(null)
  const picked = options.find((o) => o.value === choice) ?? options[0]!
  const optionName = (input: NewLane) =>
    builtInLane({ field: '', ...input })
      ? `${laneName({ field: '', title: '', ...input }, t)} (${t(`lanes.kind.${input.kind}`)})`
      : t(`lanes.kind.${input.kind}`)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const made = onAdd({ ...picked.input, title: title.trim() })
    if (!made.ok) return setError(made.error)
    setTitle('')
    setError(null)
  }
  return (
    <form className="journey-lanes__add" onSubmit={submit} aria-labelledby={headingId} noValidate>
      <Heading id={headingId} level={3} data-size="2xs" style={{ width: '100%' }}>
        {t('lanes.add.heading')}
      </Heading>
      <Field data-size="sm">
        <Label>{t('lanes.add.kind')}</Label>
        <Select
          data-lane-add=""
          value={picked.value}
          onChange={(event) => {
            setChoice(event.target.value)
            // A divider is nearly always one of the blueprint's two lines: offer the first.
            if (event.target.value === 'divider' && title === '')
              setTitle(t('lanes.divider.visibility'))
          }}
        >
          {options.map((o) => (
            <Select.Option key={o.value} value={o.value}>
              {optionName(o.input)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield
        data-size="sm"
        label={t('lanes.add.title')}
        value={title}
        maxLength={LANE_TITLE_MAX}
        autoComplete="off"
        onChange={(event) => setTitle(event.target.value)}
        error={error ? errorText(error) : undefined}
      />
      <Button type="submit" data-size="sm">
        {t('lanes.add.submit')}
      </Button>
    </form>
  )
}

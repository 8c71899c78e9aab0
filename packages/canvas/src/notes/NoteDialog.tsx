import {
  Button,
  Fieldset,
  Radio,
  Select,
  Field,
  Label,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react'
import { laneName } from '@samkart/i18n'
import { useT } from '@samkart/i18n/react'
import { useCommentsBridge } from '../comments/CommentsBridge'
import { useCommentCount } from '../comments/useCommentCount'
import {
  type Lane,
  NOTE_COLORS,
  NOTE_TEXT_MAX,
  type Note,
  type NoteColor,
  type Phase,
} from '@samkart/model'
import { type FormEvent, useState } from 'react'
import { HeadedDialog } from '../dialogs/HeadedDialog'

/** The text and colour as the dialog's fields hold them. */
export interface NotePatch {
  text: string
  color: NoteColor
}

/**
 * What the dialog can do with a note. A promotion takes the fields as they are in the dialog
 * (written in the same transaction), and returns `false` when refused (an empty note).
 */
export interface NoteDialogCommands {
  save(note: Note, patch: NotePatch, to: NoteCell | null): void
  promoteToActor(note: Note, patch: NotePatch): boolean
  promoteToTouchpoint(note: Note, patch: NotePatch): boolean
  remove(note: Note): void
}

/** A journey cell a note can move to. */
export interface NoteCell {
  phaseId: string
  laneId: string
}

/** Props of {@link NoteDialog}. */
export interface NoteDialogProps {
  note: Note | null
  onClose: () => void
  commands: NoteDialogCommands
  /** A journey note's phases, for «Flytt til …»; absent on the aktørkart. */
  phases?: readonly Phase[]
  /** A journey note's lanes, top to bottom, for «Flytt til …». */
  lanes?: readonly Lane[]
}

/**
 * The lanes a note can sit in: the touchpoint lanes. Not the emotion curve (one drawing), not a
 * divider (no cells), and not a text or items lane, whose own items are the notes of that lane.
 */
export function isNoteLane(lane: Pick<Lane, 'kind'>): boolean {
  return lane.kind === 'touchpoint'
}

/**
 * A note's options: its text, its colour (a radio group), for a journey note the cell it sits
 * in, and the commands «Gjør til aktør», «Gjør til kontaktpunkt» (journey notes) and «Slett
 * notatet». A dialog, so every option is reachable by keyboard in a plain tab order.
 */
export function NoteDialog({ note, onClose, commands, phases, lanes = [] }: NoteDialogProps) {
  const t = useT()
  return (
    <HeadedDialog
      open={note !== null}
      onClose={onClose}
      closeLabel={t('notes.cancel')}
      heading={t('notes.menu')}
    >
      {note && (
        <NoteForm
          key={note.id}
          note={note}
          commands={commands}
          phases={phases}
          lanes={lanes}
          onClose={onClose}
        />
      )}
    </HeadedDialog>
  )
}

function NoteForm({
  note,
  commands,
  phases,
  lanes,
  onClose,
}: {
  note: Note
  commands: NoteDialogCommands
  phases?: readonly Phase[]
  lanes: readonly Lane[]
  onClose: () => void
}) {
  const t = useT()
  const [text, setText] = useState(note.text)
  const [color, setColor] = useState<NoteColor>(note.color)
  const [cell, setCell] = useState(`${note.phaseId}|${note.laneId}`)
  const [refused, setRefused] = useState(false)
  const comments = useCommentsBridge()
  const commentCount = useCommentCount('note', note.id)
  const journey = note.surface === 'journey' && phases !== undefined
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const [phaseId = '', laneId = ''] = cell.split('|')
    const moved = journey && (phaseId !== note.phaseId || laneId !== note.laneId)
    commands.save(note, { text, color }, moved ? { phaseId, laneId } : null)
  }
  return (
    <form className="samkart-note-dialog" onSubmit={submit}>
      <Textfield
        label={t('notes.text')}
        multiline
        rows={3}
        value={text}
        maxLength={NOTE_TEXT_MAX}
        onChange={(event) => setText(event.target.value)}
      />
      <Fieldset data-size="sm">
        <Fieldset.Legend>{t('notes.color')}</Fieldset.Legend>
        <div className="samkart-note-colors">
          {NOTE_COLORS.map((c) => (
            <Radio
              key={c}
              name="note-color"
              value={c}
              label={t(`notes.color.${c}`)}
              checked={color === c}
              onChange={() => setColor(c)}
            />
          ))}
        </div>
      </Fieldset>
      {journey && (
        <Field data-size="sm">
          <Label>{t('notes.moveTo')}</Label>
          <Select value={cell} onChange={(event) => setCell(event.target.value)}>
            {phases.map((phase) =>
              lanes.filter(isNoteLane).map((lane) => (
                <Select.Option key={`${phase.id}|${lane.id}`} value={`${phase.id}|${lane.id}`}>
                  {`${phase.title} – ${laneName(lane, t)}`}
                </Select.Option>
              )),
            )}
          </Select>
        </Field>
      )}
      {refused && <ValidationMessage data-size="sm">{t('notes.promoteEmpty')}</ValidationMessage>}
      <div className="samkart-note-dialog__actions">
        <Button type="submit" data-size="sm">
          {t('notes.save')}
        </Button>
        <Button
          type="button"
          variant="secondary"
          data-size="sm"
          onClick={() => setRefused(!commands.promoteToActor(note, { text, color }))}
        >
          {t('notes.promoteActor')}
        </Button>
        {note.surface === 'journey' && (
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            onClick={() => setRefused(!commands.promoteToTouchpoint(note, { text, color }))}
          >
            {t('notes.promoteTouchpoint')}
          </Button>
        )}
        {comments && (
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            onClick={() => {
              // The panel is beside the board, which this modal dialog makes inert: close first.
              onClose()
              comments.open({ kind: 'note', id: note.id })
            }}
          >
            {commentCount > 0
              ? t('comments.openItem.count', { count: commentCount })
              : t('comments.openItem')}
          </Button>
        )}
        <Button
          type="button"
          variant="tertiary"
          data-color="danger"
          data-size="sm"
          onClick={() => commands.remove(note)}
        >
          {t('notes.delete')}
        </Button>
        <Button type="button" variant="tertiary" data-size="sm" onClick={onClose}>
          {t('notes.cancel')}
        </Button>
      </div>
    </form>
  )
}

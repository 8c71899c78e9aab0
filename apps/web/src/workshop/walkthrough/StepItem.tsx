import { Button, Textfield } from '@digdir/designsystemet-react'
import { useCanvasCollab } from '@samkart/canvas'
import { useT } from '@samkart/i18n/react'
import { type SavedView, deleteSavedView, moveSavedView, renameSavedView } from '@samkart/model'
import { type FormEvent, useEffect, useRef, useState } from 'react'
import type * as Y from 'yjs'
import type { Presenting } from './usePresenting'

/** Props of {@link StepItem}. */
export interface StepItemProps {
  doc: Y.Doc
  step: SavedView
  index: number
  count: number
  /** Whether everyone is shown this step now. */
  current: boolean
  /** The facilitator's commands; `null`: the step is only listed. */
  present: Presenting | null
}

/** One step in the walkthrough panel: its name and view, and the facilitator's tools. */
export function StepItem({ doc, step, index, count, current, present }: StepItemProps) {
  const t = useT()
  const { origin } = useCanvasCollab()
  const [renaming, setRenaming] = useState(false)
  const [name, setName] = useState(step.name)
  const label = `${index + 1}. ${step.name}`

  const rename = (event: FormEvent) => {
    event.preventDefault()
    if (renameSavedView(doc, step.id, name, origin).ok) setRenaming(false)
  }
  // After a move the list re-renders with the step elsewhere: keep focus on its move button,
  // or on the other one once it reached an end (a disabled button cannot hold focus).
  const up = useRef<HTMLButtonElement>(null)
  const down = useRef<HTMLButtonElement>(null)
  const moved = useRef<-1 | 1 | null>(null)
  useEffect(() => {
    if (moved.current === null) return
    const [same, other] = moved.current < 0 ? [up, down] : [down, up]
    moved.current = null
    ;(same.current && !same.current.disabled ? same.current : other.current)?.focus()
  }, [index])
  // Back from renaming (saved or Escape): focus returns to the button that started it.
  const renameButton = useRef<HTMLButtonElement>(null)
  const wasRenaming = useRef(false)
  useEffect(() => {
    if (wasRenaming.current && !renaming) renameButton.current?.focus()
    wasRenaming.current = renaming
  }, [renaming])
  const move = (by: -1 | 1) => {
    moved.current = by
    if (!moveSavedView(doc, step.id, by, origin)) moved.current = null
  }

  return (
    <li
      className="walkthrough-step"
      aria-current={current ? 'step' : undefined}
      data-step={step.id}
    >
      <span className="walkthrough-step__name">
        {label}
        <span className="walkthrough-step__view">
          {' · '}
          {t(`facilitation.view.${step.view}`)}
          {current && ` · ${t('facilitation.steps.current')}`}
        </span>
      </span>
      {present && renaming && (
        <form className="walkthrough-step__rename" onSubmit={rename}>
          <Textfield
            data-size="sm"
            label={t('facilitation.steps.rename', { name: step.name })}
            value={name}
            maxLength={120}
            autoFocus
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => {
              if (event.key !== 'Escape') return
              event.preventDefault()
              setRenaming(false)
            }}
          />
          <Button data-size="sm" type="submit" variant="secondary">
            {t('facilitation.steps.renameSave')}
          </Button>
        </form>
      )}
      {present && !renaming && (
        <div className="walkthrough-step__tools">
          <Button data-size="sm" variant="secondary" onClick={() => present.show(step.id)}>
            {t('facilitation.steps.show', { name: step.name })}
          </Button>
          <Button
            data-size="sm"
            variant="tertiary"
            ref={renameButton}
            onClick={() => {
              setName(step.name)
              setRenaming(true)
            }}
          >
            {t('facilitation.steps.rename', { name: step.name })}
          </Button>
          <Button
            data-size="sm"
            variant="tertiary"
            ref={up}
            disabled={index === 0}
            onClick={() => move(-1)}
          >
            {t('facilitation.steps.up', { name: step.name })}
          </Button>
          <Button
            data-size="sm"
            variant="tertiary"
            ref={down}
            disabled={index === count - 1}
            onClick={() => move(1)}
          >
            {t('facilitation.steps.down', { name: step.name })}
          </Button>
          <Button
            data-size="sm"
            variant="tertiary"
            data-color="danger"
            onClick={() => {
              if (current) present.stop()
              deleteSavedView(doc, step.id, origin)
            }}
          >
            {t('facilitation.steps.delete', { name: step.name })}
          </Button>
        </div>
      )}
    </li>
  )
}

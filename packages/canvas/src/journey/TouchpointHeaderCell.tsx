import { useT } from '@samkart/i18n/react'
import type { Touchpoint } from '@samkart/model'
import type { KeyboardEvent } from 'react'
import { CommentBadge, CommentCountNote } from '../comments/CommentBadge'
import { SelectedByNote } from '../presence/SelectedByNote'
import type { JourneyDrag } from './useJourneyDrag'

/** Props of {@link TouchpointHeaderCell}. */
export interface TouchpointHeaderCellProps {
  touchpoint: Touchpoint
  selected: boolean
  /** It is owned by the actor whose chip is highlighted. */
  highlighted: boolean
  className: string
  compact: boolean
  readOnly: boolean
  /** Id of the text that tells how to move a touchpoint by keyboard. */
  hintId: string
  drag: JourneyDrag
  onSelect: (touchpointId: string) => void
  onStep: (touchpoint: Touchpoint, direction: -1 | 1) => void
  /** Said when the touchpoint is not for the persona the journey is shown for. */
  notForNote?: string
}

/**
 * A touchpoint's column header: its title as a button that opens it in the panel. The header
 * is the handle for dragging the column; on the keyboard, Alt+Left and Alt+Right move it, also
 * across phase edges. No move buttons of its own: twenty touchpoints with two arrows each were
 * forty tab stops of glyphs.
 */
export function TouchpointHeaderCell({
  touchpoint: tp,
  selected,
  highlighted,
  className,
  compact,
  readOnly,
  hintId,
  drag,
  onSelect,
  onStep,
  notForNote,
}: TouchpointHeaderCellProps) {
  const t = useT()
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (readOnly || !event.altKey) return
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return
    // Also keeps the browser from going back in history on Alt+Left.
    event.preventDefault()
    onStep(tp, event.key === 'ArrowLeft' ? -1 : 1)
  }
  return (
    <th
      scope="col"
      className={className}
      {...drag.source({ kind: 'touchpoint', id: tp.id })}
      {...drag.target({ kind: 'touchpoint', id: tp.id })}
    >
      <button
        type="button"
        className="journey-touchpoint__title"
        data-focus={`tp-title-${tp.id}`}
        aria-pressed={selected}
        aria-describedby={readOnly ? undefined : hintId}
        aria-keyshortcuts={readOnly ? undefined : 'Alt+ArrowLeft Alt+ArrowRight'}
        title={compact ? tp.title : undefined}
        onClick={() => onSelect(tp.id)}
        onKeyDown={onKeyDown}
      >
        <span className="journey-touchpoint__text">{tp.title}</span>
        {selected && <span className="ds-sr-only"> {t('journey.touchpoint.selected')}</span>}
        {highlighted && <span className="ds-sr-only"> {t('journey.touchpoint.highlighted')}</span>}
        {notForNote && <span className="ds-sr-only"> {notForNote}</span>}
        <SelectedByNote id={tp.id} />
        <span className="ds-sr-only">
          <CommentCountNote kind="touchpoint" id={tp.id} />
        </span>
      </button>
      <CommentBadge kind="touchpoint" id={tp.id} silent />
    </th>
  )
}

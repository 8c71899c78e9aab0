import { Button, Field, Label, Textarea, ValidationMessage } from '@digdir/designsystemet-react'
import type { PresencePeer } from '@samkart/collab'
import { useT } from '@samkart/i18n/react'
import { COMMENT_TEXT_MAX } from '@samkart/model'
import { type FormEvent, type KeyboardEvent, useId, useRef, useState } from 'react'
import {
  type MentionQuery,
  insertMention,
  matchingPeople,
  mentionQueryAt,
  mentionsIn,
} from './mentionQuery'

/** Props of {@link CommentComposer}. */
export interface CommentComposerProps {
  label: string
  submitLabel: string
  /** Who is on the board now and can be mentioned (with a participant id). */
  people: readonly PresencePeer[]
  initialText?: string
  /** Writes the comment; `false` if the model refused it (the text stays). */
  onSubmit: (text: string, mentions: string[]) => boolean
  onCancel?: () => void
  autoFocus?: boolean
}

/**
 * A comment's text field with @-mentions: typing `@` lists the people on the board whose name
 * matches what follows (a listbox tied to the field by `aria-activedescendant`); arrows move,
 * Enter or Tab picks, Escape closes the list. Ctrl+Enter (⌘+Enter) sends.
 */
export function CommentComposer({
  label,
  submitLabel,
  people,
  initialText = '',
  onSubmit,
  onCancel,
  autoFocus,
}: CommentComposerProps) {
  const t = useT()
  const id = useId()
  const listId = `${id}-mentions`
  const hintId = `${id}-hint`
  const field = useRef<HTMLTextAreaElement>(null)
  const [text, setText] = useState(initialText)
  const [error, setError] = useState<string | null>(null)
  const [mention, setMention] = useState<MentionQuery | null>(null)
  const [active, setActive] = useState(0)
  const chosen = useRef(new Map<string, string>())
  const candidates = mention
    ? matchingPeople(
        people.filter((p) => p.participantId),
        mention.query,
      ).slice(0, 8)
    : []
  const listOpen = candidates.length > 0

  const track = (value: string, caret: number) => {
    setText(value)
    setError(null)
    setMention(mentionQueryAt(value, caret))
    setActive(0)
  }
  const pick = (peer: PresencePeer) => {
    const el = field.current
    if (!el || !mention || !peer.participantId) return
    const next = insertMention(text, el.selectionStart, mention, peer.name)
    chosen.current.set(peer.participantId, peer.name)
    setText(next.text)
    setMention(null)
    requestAnimationFrame(() => {
      el.focus()
      el.setSelectionRange(next.caret, next.caret)
    })
  }
  const submit = (event?: FormEvent) => {
    event?.preventDefault()
    if (text.trim() === '') return setError(t('comments.error.empty'))
    if (text.length > COMMENT_TEXT_MAX)
      return setError(t('comments.error.tooLong', { max: COMMENT_TEXT_MAX }))
    if (!onSubmit(text, mentionsIn(text, chosen.current))) return
    setText('')
    setMention(null)
    chosen.current.clear()
  }
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (listOpen) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault()
        const step = event.key === 'ArrowDown' ? 1 : -1
        setActive((i) => (i + step + candidates.length) % candidates.length)
        return
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault()
        pick(candidates[Math.min(active, candidates.length - 1)]!)
        return
      }
      if (event.key === 'Escape') {
        // Closes the list only, not the panel around it.
        event.preventDefault()
        event.stopPropagation()
        setMention(null)
        return
      }
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit()
    else if (event.key === 'Escape' && onCancel) {
      event.preventDefault()
      event.stopPropagation()
      onCancel()
    }
  }

  return (
    <form className="comment-composer" onSubmit={submit}>
      <Field data-size="sm" className="comment-composer__field">
        <Label>{label}</Label>
        <Textarea
          ref={field}
          rows={3}
          value={text}
          autoFocus={autoFocus}
          aria-describedby={hintId}
          aria-autocomplete="list"
          aria-controls={listOpen ? listId : undefined}
          aria-activedescendant={listOpen ? `${listId}-${active}` : undefined}
          aria-invalid={error ? true : undefined}
          onChange={(event) => track(event.target.value, event.target.selectionStart)}
          onKeyDown={onKeyDown}
          onBlur={() => setMention(null)}
        />
        <span id={hintId} className="comment-composer__hint">
          {t('comments.mention.hint')}
        </span>
        {error && <ValidationMessage data-size="sm">{error}</ValidationMessage>}
      </Field>
      {listOpen && (
        <ul
          id={listId}
          role="listbox"
          className="comment-mentions"
          aria-label={t('comments.mention.suggestions')}
        >
          {candidates.map((peer, index) => (
            <li
              key={peer.clientId}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className="comment-mentions__option"
              // Before the field's blur, so the click still finds the list.
              onMouseDown={(event) => {
                event.preventDefault()
                pick(peer)
              }}
            >
              <span
                className="comment-mentions__dot"
                style={{ background: peer.color }}
                aria-hidden="true"
              />
              {peer.name}
            </li>
          ))}
        </ul>
      )}
      <div className="comment-composer__actions">
        <Button type="submit" data-size="sm">
          {submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" data-size="sm" variant="tertiary" onClick={onCancel}>
            {t('comments.cancel')}
          </Button>
        )}
      </div>
    </form>
  )
}

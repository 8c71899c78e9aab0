import { Textfield } from '@digdir/designsystemet-react'
import { useErrorText } from '@samkart/i18n/react'
import type { ModelError, Result } from '@samkart/model'
import { type KeyboardEvent, type ReactNode, useState } from 'react'
import { useReadOnly } from '../readOnly/ReadOnlyContext'

/** Props of {@link CommitTextfield}. */
export interface CommitTextfieldProps {
  label: ReactNode
  description?: ReactNode
  /** The value in the document; shown whenever the user is not editing. */
  value: string
  /** Writes through the model; a refusal is shown next to the field and the text kept. */
  onCommit: (value: string) => Result<unknown>
  /** A textarea: Enter makes a new line, so only leaving the field (or Ctrl+Enter) commits. */
  multiline?: boolean
  inputMode?: 'numeric' | 'text'
  suffix?: string
  /** Checks the text before the model sees it (e.g. a percentage); returns the error text. */
  validate?: (value: string) => string | null
}

/**
 * A text field bound to one shared field. Typing stays local (a document update per keystroke
 * would reach everyone and grow the document); leaving the field or pressing Enter commits.
 * While the user has unsaved text, remote edits do not overwrite it; otherwise the field follows
 * the document live. Escape throws the local text away.
 */
export function CommitTextfield({
  label,
  description,
  value,
  onCommit,
  multiline = false,
  inputMode,
  suffix,
  validate,
}: CommitTextfieldProps) {
  const errorText = useErrorText()
  // In a read-only view the field shows the document's value and never commits.
  const readOnly = useReadOnly()
  // `null`: not editing, so show the document's value.
  const [draft, setDraft] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  const commit = () => {
    if (draft === null) return
    if (draft === value) {
      setDraft(null)
      setError(null)
      return
    }
    const local = validate?.(draft) ?? null
    if (local) return setError(local)
    const result = onCommit(draft)
    if (result.ok) {
      setDraft(null)
      setError(null)
    } else {
      setError(errorText(result.error as ModelError))
    }
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && draft !== null) {
      event.preventDefault()
      setDraft(null)
      setError(null)
    } else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      commit()
    }
  }

  const shared = {
    label,
    description,
    error: error ?? undefined,
    value: readOnly ? value : (draft ?? value),
    readOnly,
    onBlur: readOnly ? undefined : commit,
    onKeyDown: readOnly ? undefined : onKeyDown,
    onChange: (event: { target: { value: string } }) => {
      if (readOnly) return
      setDraft(event.target.value)
      setError(null)
    },
    'data-size': 'sm' as const,
  }
  return multiline ? (
    <Textfield {...shared} multiline rows={4} />
  ) : (
    <Textfield {...shared} inputMode={inputMode} suffix={suffix} autoComplete="off" />
  )
}

import { Button, Paragraph } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { type Persona, createPersona, deletePersona, updatePersona } from '@samkart/model'
import { useState } from 'react'
import type * as Y from 'yjs'
import { HeadedDialog } from '../../dialogs/HeadedDialog'
import { refocus } from '../useJourneyCommands'
import { PersonaForm } from './PersonaForm'
import { PersonaPicture } from './PersonaPicture'
import './personas.css'

/** Props of {@link PersonasDialog}. */
export interface PersonasDialogProps {
  open: boolean
  doc: Y.Doc
  /** The board's personas, by name (`usePersonaBoard`). */
  personas: readonly Persona[]
  /** How many journeys name each persona. */
  usedIn: (personaId: string) => number
  /** Origin of this tab's edits (for its undo manager). */
  origin: unknown
  /** Says what happened, for screen readers. */
  announce: (text: string) => void
  onClose: () => void
}

type Editing = Persona | 'new' | null

/**
 * «Personas»: the board's personas, to add, edit (name, description, needs, picture) and delete.
 * One dialog with two states, the list and a form, rather than a dialog over a dialog: the
 * keyboard stays in one place, and leaving the form returns focus to the button that opened it.
 * Deleting asks first, in the row itself, since the persona leaves every journey.
 */
export function PersonasDialog({
  open,
  doc,
  personas,
  usedIn,
  origin,
  announce,
  onClose,
}: PersonasDialogProps) {
  const t = useT()
  const [editing, setEditing] = useState<Editing>(null)
  const [confirming, setConfirming] = useState<string | null>(null)

  const close = () => {
    setEditing(null)
    setConfirming(null)
    onClose()
  }
  const leaveForm = (focus: string) => {
    setEditing(null)
    refocus(focus, 'personas-add')
  }
  const remove = (persona: Persona) => {
    setConfirming(null)
    if (!deletePersona(doc, persona.id, { origin }).ok) return
    announce(t('personas.deleted', { name: persona.name }))
    refocus('personas-add')
  }

  return (
    <HeadedDialog
      open={open}
      onClose={close}
      closeLabel={t('personas.close')}
      heading={
        editing === null
          ? t('personas.heading')
          : t(editing === 'new' ? 'personas.form.newHeading' : 'personas.form.editHeading')
      }
    >
      {editing !== null ? (
        <PersonaForm
          key={editing === 'new' ? 'new' : editing.id}
          initial={editing === 'new' ? undefined : editing}
          onSubmit={(values) => {
            const result =
              editing === 'new'
                ? createPersona(doc, values, { origin })
                : updatePersona(doc, editing.id, values, { origin })
            if (result.ok) {
              announce(t('personas.saved', { name: values.name.trim() }))
              const id = editing === 'new' ? (result.value as string) : editing.id
              leaveForm(`persona-edit-${id}`)
            }
            return result
          }}
          onCancel={() =>
            leaveForm(editing === 'new' ? 'personas-add' : `persona-edit-${editing.id}`)
          }
        />
      ) : (
        <div className="personas">
          <Paragraph data-size="sm">{t('personas.intro')}</Paragraph>
          {personas.length === 0 ? (
            <Paragraph data-size="sm" className="journey-muted">
              {t('personas.empty')}
            </Paragraph>
          ) : (
            <ul className="personas__list">
              {personas.map((persona) => (
                <li key={persona.id} className="personas__item">
                  <PersonaPicture picture={persona.picture} size={40} />
                  <div className="personas__text">
                    <span className="personas__name">{persona.name}</span>
                    <span className="personas__meta">
                      {t('personas.usedIn', { count: usedIn(persona.id) })}
                    </span>
                    {persona.description && (
                      <span className="personas__description">{persona.description}</span>
                    )}
                  </div>
                  {confirming === persona.id ? (
                    <div
                      className="personas__confirm"
                      role="group"
                      aria-label={t('personas.delete', { name: persona.name })}
                    >
                      <Paragraph data-size="sm">
                        {t('personas.delete.confirm', { name: persona.name })}
                      </Paragraph>
                      <Button
                        data-size="sm"
                        data-color="danger"
                        data-focus={`persona-confirm-${persona.id}`}
                        onClick={() => remove(persona)}
                      >
                        {t('personas.delete.yes')}
                      </Button>
                      <Button
                        data-size="sm"
                        variant="tertiary"
                        onClick={() => {
                          setConfirming(null)
                          refocus(`persona-delete-${persona.id}`)
                        }}
                      >
                        {t('personas.form.cancel')}
                      </Button>
                    </div>
                  ) : (
                    <div className="personas__actions">
                      <Button
                        data-size="sm"
                        variant="secondary"
                        data-focus={`persona-edit-${persona.id}`}
                        aria-label={t('personas.edit', { name: persona.name })}
                        onClick={() => setEditing(persona)}
                      >
                        {t('journeys.editShort')}
                      </Button>
                      <Button
                        data-size="sm"
                        variant="tertiary"
                        data-color="danger"
                        data-focus={`persona-delete-${persona.id}`}
                        aria-label={t('personas.delete', { name: persona.name })}
                        onClick={() => {
                          setConfirming(persona.id)
                          refocus(`persona-confirm-${persona.id}`)
                        }}
                      >
                        {t('journeys.deleteShort')}
                      </Button>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
          <div>
            <Button data-size="sm" data-focus="personas-add" onClick={() => setEditing('new')}>
              {t('personas.add')}
            </Button>
          </div>
        </div>
      )}
    </HeadedDialog>
  )
}

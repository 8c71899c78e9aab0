import { Paragraph } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import {
  type Journey,
  STARTER_PHASES,
  createToBe,
  deleteEntity,
  duplicateJourney,
  linkJourneys,
  startJourney,
  updateJourney,
} from '@samkart/model'
import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { useAnnouncer } from '../hooks/useAnnouncer'
import { ReadOnlyContext } from '../readOnly/ReadOnlyContext'
import { useEditOrigin } from '../presence/CanvasCollabContext'
import { ConfirmDialog } from '../dialogs/ConfirmDialog'
import { JourneyFormDialog } from './JourneyFormDialog'
import { JourneyList } from './JourneyList'
import { JourneyView } from './JourneyView'
import { CompareView } from './compare/CompareView'
import { refocus } from './useJourneyCommands'
import { useJourneyBoard } from './useJourneyBoard'
import { usePersonaBoard } from './personas/usePersonaBoard'
import './journey.css'

/** Props of {@link JourneysView}. */
export interface JourneysViewProps {
  /** The board's document. The view reads and writes it; connecting is the app's job. */
  doc: Y.Doc
  /** The open journey, or `undefined` for the list. The app keeps it in the URL. */
  journeyId?: string
  /** The address of a journey (`undefined`: of the list), so links work in new tabs. */
  journeyHref: (journeyId?: string) => string
  /** Opens a journey, or the list with `undefined`. */
  onOpen: (journeyId?: string) => void
  /**
   * Shows the journeys without any editing control (a viewer's link): no creating, editing,
   * moving or deleting journeys, phases or touchpoints. Opening, selecting and reading work.
   */
  readOnly?: boolean
}

/**
 * The board's brukerreiser: the list of journeys with create, edit, duplicate and delete, or
 * one open journey. Which one shows is the app's routing, so a journey can be linked to.
 */
export function JourneysView({
  doc,
  journeyId,
  journeyHref,
  onOpen,
  readOnly = false,
}: JourneysViewProps) {
  return (
    <ReadOnlyContext.Provider value={readOnly}>
      <JourneysContent doc={doc} journeyId={journeyId} journeyHref={journeyHref} onOpen={onOpen} />
    </ReadOnlyContext.Provider>
  )
}

function JourneysContent({ doc, journeyId, journeyHref, onOpen }: JourneysViewProps) {
  const t = useT()
  const origin = useEditOrigin()
  const board = useJourneyBoard(doc)
  const { personas } = usePersonaBoard(doc)
  const { message, announce } = useAnnouncer()
  const [editing, setEditing] = useState<Journey | 'new' | null>(null)
  const [deleting, setDeleting] = useState<Journey | null>(null)
  // The comparison is a view of the open journey, not a place of its own: opening another
  // journey (or coming back to this one) shows the journey itself again.
  const [comparing, setComparing] = useState<string | null>(null)
  useEffect(() => setComparing(null), [journeyId])
  const live = (
    <div className="ds-sr-only" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  )

  const createToBeOf = (id: string) => {
    const journey = board.journeys.find((j) => j.id === id)
    if (!journey) return
    const title = t('journeyCompare.create.title', { title: journey.title }).slice(0, 200)
    const made = createToBe(doc, id, { title }, { origin })
    if (!made.ok) return
    announce(t('journeyCompare.created', { title }))
    // The next thing anyone does is change the copy: it opens at once, as a new journey does.
    onOpen(made.value)
  }

  if (journeyId && comparing === journeyId)
    return (
      <>
        <CompareView
          doc={doc}
          journeyId={journeyId}
          journeyHref={journeyHref}
          onBack={() => {
            setComparing(null)
            refocus('compare-open', 'journey-table')
          }}
          onOpen={onOpen}
          onCreateToBe={() => createToBeOf(journeyId)}
        />
        {live}
      </>
    )
  if (journeyId)
    return (
      <>
        <JourneyView
          doc={doc}
          journeyId={journeyId}
          backHref={journeyHref()}
          onBack={() => onOpen(undefined)}
          onCompare={() => {
            setComparing(journeyId)
            refocus('compare-heading')
          }}
          onCreateToBe={() => createToBeOf(journeyId)}
        />
        {live}
      </>
    )

  const count = (id: string) => ({
    phases: board.phases.filter((p) => p.journeyId === id).length,
    touchpoints: board.touchpoints.filter((tp) => tp.journeyId === id).length,
  })

  return (
    <>
      <JourneyList
        board={board}
        journeyHref={journeyHref}
        onOpen={onOpen}
        onCreate={() => setEditing('new')}
        onEdit={setEditing}
        onDuplicate={(journey) => {
          const title = t('journeys.copyTitle', { title: journey.title }).slice(0, 200)
          if (duplicateJourney(doc, journey.id, { title }, { origin }).ok)
            announce(t('journeys.duplicated', { title }))
        }}
        onDelete={setDeleting}
      />
      {live}
      <JourneyFormDialog
        journey={editing}
        journeys={board.journeys}
        personas={personas}
        onSubmit={(values) => {
          if (editing !== 'new' && editing !== null)
            return updateJourney(doc, editing.id, values, { origin })
          // Starter phases («Før», «Under», «Etter») in the user's language, to rename or delete:
          // a workshop starts on a grid instead of an empty page.
          const starters = STARTER_PHASES.map((phase) => t(`journey.starter.${phase}`))
          const { counterpartId, ...fields } = values
          // One transaction: one undo takes back the journey and its link.
          const created = doc.transact(() => {
            const made = startJourney(doc, fields, starters)
            if (made.ok && counterpartId) linkJourneys(doc, made.value, counterpartId)
            return made
          }, origin)
          // A new journey opens at once: the next thing anyone does is fill in its phases.
          if (created.ok) queueMicrotask(() => onOpen(created.value))
          return created
        }}
        onClose={() => setEditing(null)}
      />
      <ConfirmDialog
        open={deleting !== null}
        heading={deleting ? t('journeys.delete.heading', { title: deleting.title }) : ''}
        confirmLabel={t('journeys.delete.confirm')}
        onConfirm={() => {
          if (deleting && deleteEntity(doc, 'journey', deleting.id, { origin }).ok)
            announce(t('journeys.deleted', { title: deleting.title }))
          setDeleting(null)
        }}
        onClose={() => setDeleting(null)}
      >
        {deleting && (
          <Paragraph data-size="sm">{t('journeys.delete.body', count(deleting.id))}</Paragraph>
        )}
      </ConfirmDialog>
    </>
  )
}

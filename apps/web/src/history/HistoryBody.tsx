import { ActorMapView, CanvasCollabContext, JourneysView } from '@samkart/canvas'
import { navigate } from '../router/navigation'
import { journeysPath } from '../router/routes'
import { useBoardView } from '../pages/BoardNav'
import { CompareExport } from './CompareExport'
import { CompareView } from './CompareView'
import type { HistoryView } from './historyView'

/** No presence and no undo: a past version is not the live board, and nobody is on it. */
const DETACHED = {}

/**
 * What replaces the live board while a version is open (the normal views, read-only, over the
 * version's own document, in whichever view the switch in the header chose) or two versions
 * are compared.
 */
export function HistoryBody({
  view,
  boardId,
}: {
  view: Exclude<HistoryView, { mode: 'live' }>
  boardId: string
}) {
  const { view: boardView, journeyId } = useBoardView()
  if (view.mode === 'compare')
    return (
      <>
        <CompareExport before={view.before} after={view.after} />
        <CompareView
          before={view.before.snapshot}
          after={view.after.snapshot}
          diff={view.diff}
          view={boardView}
        />
      </>
    )
  return (
    <CanvasCollabContext.Provider value={DETACHED}>
      <div className="history-version" data-history-version={view.version.id}>
        {boardView === 'actors' ? (
          <ActorMapView key={view.version.id} doc={view.doc} readOnly />
        ) : (
          <JourneysView
            key={view.version.id}
            doc={view.doc}
            journeyId={journeyId}
            journeyHref={(id) => journeysPath(boardId, id)}
            onOpen={(id) => navigate(journeysPath(boardId, id))}
            readOnly
          />
        )}
      </div>
    </CanvasCollabContext.Provider>
  )
}

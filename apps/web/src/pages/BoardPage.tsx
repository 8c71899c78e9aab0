import type { ConnectionStatus as ConnectionStatusValue, LocalCopyState } from '@samkart/collab'
import { Alert, Button, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react'
import {
  ActorMapView,
  type CanvasCollab,
  FollowBanner,
  JourneysView,
  PeopleList,
  useBoardMeta,
} from '@samkart/canvas'
import { useT } from '@samkart/i18n/react'
import { BOARD_TEMPLATES } from '@samkart/model'
import { useEffect, useMemo, useState } from 'react'
import type * as Y from 'yjs'
import { BoardAccessContext } from '../access/BoardAccessContext'
import { BusyNotice } from '../access/BusyNotice'
import { RefusalPage } from '../access/RefusalPage'
import { RoleTag } from '../access/RoleTag'
import { canEdit, canManage } from '../access/roles'
import { ShareButton } from '../access/ShareButton'
import { useBoardAccess } from '../access/useBoardAccess'
import { useConnectionRefusal } from '../access/useConnectionRefusal'
import { recentBoards } from '../access/useRecentBoards'
import { ViewerNotice } from '../access/ViewerNotice'
import {
  type BoardSession,
  useBoardSession,
  useConnectionStatus,
} from '../board/useBoardConnection'
import { UndoControls } from '../board/UndoControls'
import { useLeaveWarning } from '../board/useLeaveWarning'
import { useLocalCopy } from '../board/useLocalCopy'
import { usePresenceRoute } from '../board/usePresenceRoute'
import { AppHeader } from '../components/AppHeader'
import { ConnectionStatus } from '../components/ConnectionStatus'
import { BoardFileActions } from '../export/BoardFileActions'
import { HistoryBanner } from '../history/HistoryBanner'
import { HistoryButton } from '../history/HistoryButton'
import { HistoryBody } from '../history/HistoryBody'
import type { HistoryView } from '../history/historyView'
import { navigate } from '../router/navigation'
import { journeysPath } from '../router/routes'
import { usePageHeading } from '../router/usePageHeading'
import { BoardNav, useBoardView } from './BoardNav'
import { findOrganisations } from '../api/registryApi'
import { NotFoundPage } from './NotFoundPage'
import { TEMPLATE_TEXT } from './templateText'
import { useDismissed } from './useDismissed'
import { WorkshopRail } from '../workshop/WorkshopRail'
import { BoardTimer } from '../workshop/timer/BoardTimer'
import { FacilitationProvider } from '../workshop/walkthrough/FacilitationProvider'
import { LockBanner } from '../workshop/walkthrough/LockBanner'
import { lockedFor } from '../workshop/walkthrough/lockedFor'
import { useFacilitation } from '../workshop/walkthrough/useFacilitation'
import { WalkthroughBanner } from '../workshop/walkthrough/WalkthroughBanner'
import { CommentsProvider } from '../workshop/comments/CommentsProvider'

/** `/b/<id>`: one board, live. */
export function BoardPage({ boardId }: { boardId: string }) {
  const access = useBoardAccess(boardId)
  const session = useBoardSession(boardId, access.token)
  const status = useConnectionStatus(session)
  const closed = useConnectionRefusal(boardId, access.token, session?.connection.lastClose, status)
  const refusal = access.refusal ?? closed.refusal
  // Until the role is known, nothing offers editing: showing controls a viewer cannot use would
  // be worse than showing them a moment late.
  const readOnly = !access.role || !canEdit(access.role)
  const accessValue = useMemo(
    () => ({ boardId, token: access.token, role: access.role }),
    [boardId, access.token, access.role],
  )
  // The canvas appears after the first sync, or as soon as this browser's copy of the board is
  // read (offline too), so nobody edits an empty stand-in for the board; after that it stays,
  // also offline (edits are kept in the copy and sent on reconnect).
  const [synced, setSynced] = useState(false)
  useEffect(() => {
    if (status === 'live' || status === 'syncing') setSynced(true)
  }, [status])
  const localCopy = useLocalCopy(session)
  useLeaveWarning(session, localCopy.state)
  const collab = useMemo<CanvasCollab>(
    () =>
      session
        ? {
            origin: session.collab.undo.origin,
            undo: session.collab.undo,
            presence: session.collab.presence,
            participantId: session.participantId,
          }
        : {},
    [session],
  )
  usePresenceRoute(session?.collab.presence, boardId)
  // Locks and the walkthrough; an editor in a locked view gets the viewer's read-only board.
  const facilitation = useFacilitation(session)
  const { view } = useBoardView()
  const editable = !readOnly && !lockedFor(access.role, facilitation?.locks ?? [], view)
  // A past version or a comparison, shown instead of the live board until «Tilbake til tavla».
  const [history, setHistory] = useState<HistoryView>({ mode: 'live' })
  useEffect(() => {
    if (history.mode !== 'version') return
    return () => history.doc.destroy()
  }, [history])

  if (status === 'not-found' || access.notFound) return <NotFoundPage board />
  if (refusal) return <RefusalPage refusal={refusal} />
  return (
    <BoardAccessContext.Provider value={accessValue}>
      <FacilitationProvider collab={collab} facilitation={facilitation}>
        <div className="board-layout">
          <AppHeader board>
            <div className="board-header__title">
              {session && <BoardTitle doc={session.doc} boardId={boardId} />}
              {access.role && <RoleTag role={access.role} />}
            </div>
            <BoardNav boardId={boardId} />
            {session && editable && <UndoControls history={session.collab.undo} />}
            <div className="board-header__end">
              {session && <BoardTimer doc={session.doc} />}
              <PeopleList canSummon={access.role !== null && canManage(access.role)} />
              <ConnectionStatus status={status} />
              {session && synced && (
                <HistoryButton
                  boardId={boardId}
                  token={access.token}
                  doc={session.doc}
                  canEdit={!readOnly}
                  canRestore={access.role === 'facilitator'}
                  author={() => session.collab.presence.self.get().name}
                  onView={setHistory}
                />
              )}
              {session && synced && (
                <BoardFileActions
                  doc={session.doc}
                  canWrite={editable}
                  origin={session.collab.undo.origin}
                />
              )}
              {access.role === 'facilitator' && (
                <ShareButton boardId={boardId} token={access.token} />
              )}
            </div>
          </AppHeader>
          <CommentsProvider session={session} boardId={boardId}>
            <div className="board-workspace">
              <main id="main" className="board-main" tabIndex={-1}>
                <FollowBanner />
                {history.mode === 'live' && <WalkthroughBanner role={access.role} />}
                {history.mode === 'live' && <LockBanner role={access.role} />}
                {closed.busy && <BusyNotice busy={closed.busy} />}
                {access.role === 'viewer' && <ViewerNotice />}
                {history.mode !== 'live' && (
                  <HistoryBanner view={history} onBack={() => setHistory({ mode: 'live' })} />
                )}
                {history.mode !== 'live' ? (
                  <HistoryBody view={history} boardId={boardId} />
                ) : (
                  <BoardBody
                    session={session}
                    synced={synced || localCopy.holdsBoard}
                    localCopy={localCopy.state}
                    status={status}
                    boardId={boardId}
                    readOnly={!editable}
                  />
                )}
              </main>
              {session && synced && history.mode === 'live' && (
                <WorkshopRail
                  context={{ session, boardId, token: access.token, role: access.role, readOnly }}
                />
              )}
            </div>
          </CommentsProvider>
        </div>
      </FacilitationProvider>
    </BoardAccessContext.Provider>
  )
}

function BoardTitle({ doc, boardId }: { doc: Y.Doc; boardId: string }) {
  const t = useT()
  const heading = usePageHeading<HTMLHeadingElement>()
  const { title: stored } = useBoardMeta(doc)
  const title = stored || t('board.untitled')
  useEffect(() => {
    document.title = t('board.documentTitle', { title })
  }, [title, t])
  // The start page lists boards under their current title, also after someone renamed one.
  useEffect(() => {
    const recent = recentBoards()
    if (stored && recent.get(boardId) && recent.get(boardId)?.title !== stored)
      recent.update(boardId, { title: stored })
  }, [boardId, stored])
  return (
    <Heading ref={heading} tabIndex={-1} level={1} data-size="xs" className="board-title">
      {title}
    </Heading>
  )
}

/**
 * Says that the board began as a template whose placements are only a starting point. Each
 * person can dismiss it; it then stays away for them on this board (remembered in the browser).
 */
function TemplateNotice({ doc, boardId }: { doc: Y.Doc; boardId: string }) {
  const t = useT()
  const { template } = useBoardMeta(doc)
  const [dismissed, dismiss] = useDismissed(`samkart.templateNotice.${boardId}`)
  const source = BOARD_TEMPLATES[template]
  const text = TEMPLATE_TEXT[template]
  if (!source || !text || dismissed) return null
  return (
    <Alert data-color="info" data-size="sm" className="template-notice">
      {/* The source is on the template's choice on the start page; here it is a hover away. */}
      <Paragraph data-size="sm" title={source.source}>
        {t('template.notice', { template: t(text.title) })}
      </Paragraph>
      <Button data-size="sm" variant="tertiary" onClick={dismiss}>
        {t('template.notice.dismiss')}
      </Button>
    </Alert>
  )
}

function BoardBody({
  session,
  synced,
  localCopy,
  status,
  boardId,
  readOnly,
}: {
  session: BoardSession | null
  synced: boolean
  /** The browser's copy: what the offline notice can promise. */
  localCopy: LocalCopyState
  status: ConnectionStatusValue
  boardId: string
  /** A viewer's board (or a role not known yet): no editing controls anywhere. */
  readOnly: boolean
}) {
  const t = useT()
  const { view, journeyId } = useBoardView()
  const connecting = (
    <div className="board-loading" data-over={session ? '' : undefined}>
      <Spinner aria-hidden="true" data-size="md" />
      <Paragraph>
        {t(status === 'offline' && localCopy !== 'loading' ? 'offline.noCopy' : 'board.connecting')}
      </Paragraph>
    </div>
  )
  if (!session) return connecting
  // While connecting, the aktørkart is already built behind the message (hidden, inert, no
  // canvas): when the board arrives, only its cards are left to draw (docs/performance.md,
  // «Big boards»). Every part keeps its place in the tree, so the map is not built twice.
  return (
    <>
      {!synced && connecting}
      {synced && status === 'refused' && (
        <Alert data-color="danger" data-size="sm" className="board-offline">
          <Paragraph data-size="sm">{t('board.refusedNotice')}</Paragraph>
          <Button data-size="sm" variant="secondary" onClick={() => window.location.reload()}>
            {t('board.reload')}
          </Button>
        </Alert>
      )}
      {synced && status === 'offline' && (
        <Alert data-color="warning" data-size="sm" className="board-offline">
          {t(localCopy === 'unavailable' ? 'offline.notice.tabOnly' : 'offline.notice.stored')}
        </Alert>
      )}
      {/* It invites moving the cards; a viewer has the notice about why they cannot. */}
      {synced && view === 'actors' && !readOnly && (
        <TemplateNotice doc={session.doc} boardId={boardId} />
      )}
      {view === 'actors' ? (
        <ActorMapView
          doc={session.doc}
          readOnly={readOnly}
          findOrganisations={findOrganisations}
          preparing={!synced}
        />
      ) : (
        synced && (
          <JourneysView
            doc={session.doc}
            journeyId={journeyId}
            journeyHref={(id) => journeysPath(boardId, id)}
            onOpen={(id) => navigate(journeysPath(boardId, id))}
            readOnly={readOnly}
          />
        )
      )}
    </>
  )
}

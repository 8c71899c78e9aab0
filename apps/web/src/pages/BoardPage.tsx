import type { ConnectionStatus as ConnectionStatusValue } from '@samkart/collab'
import { Alert, Button, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react'
import { ActorMapView, JourneysView, useBoardMeta } from '@samkart/canvas'
import { useT } from '@samkart/i18n/react'
import { BOARD_TEMPLATES } from '@samkart/model'
import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import {
  type BoardSession,
  useBoardSession,
  useConnectionStatus,
} from '../board/useBoardConnection'
import { AppHeader } from '../components/AppHeader'
import { ConnectionStatus } from '../components/ConnectionStatus'
import { BoardFileActions } from '../export/BoardFileActions'
import { navigate } from '../router/navigation'
import { journeysPath } from '../router/routes'
import { usePageHeading } from '../router/usePageHeading'
import { BoardNav, useBoardView } from './BoardNav'
import { NotFoundPage } from './NotFoundPage'
import { TEMPLATE_TEXT } from './templateText'

/** `/b/<id>`: one board, live. */
export function BoardPage({ boardId }: { boardId: string }) {
  const session = useBoardSession(boardId)
  const status = useConnectionStatus(session)
  // The canvas appears after the first sync, so nobody edits an empty stand-in for the board;
  // after that it stays, also offline (edits are kept and sent on reconnect).
  const [synced, setSynced] = useState(false)
  useEffect(() => {
    if (status === 'live') setSynced(true)
  }, [status])

  if (status === 'not-found') return <NotFoundPage board />
  return (
    <div className="board-layout">
      <AppHeader>
        {session && <BoardTitle doc={session.doc} />}
        <ConnectionStatus status={status} />
        {session && synced && <BoardFileActions doc={session.doc} canWrite />}
      </AppHeader>
      <main id="main" className="page page--board" tabIndex={-1}>
        <BoardNav boardId={boardId} />
        <BoardBody session={session} synced={synced} status={status} boardId={boardId} />
      </main>
    </div>
  )
}

function BoardTitle({ doc }: { doc: Y.Doc }) {
  const t = useT()
  const heading = usePageHeading<HTMLHeadingElement>()
  const title = useBoardMeta(doc).title || t('board.untitled')
  useEffect(() => {
    document.title = t('board.documentTitle', { title })
  }, [title, t])
  return (
    <Heading ref={heading} tabIndex={-1} level={1} data-size="xs" className="board-title">
      {title}
    </Heading>
  )
}

/** Says that the board began as a template whose placements are only a starting point. */
function TemplateNotice({ doc }: { doc: Y.Doc }) {
  const t = useT()
  const { template } = useBoardMeta(doc)
  const source = BOARD_TEMPLATES[template]
  const text = TEMPLATE_TEXT[template]
  if (!source || !text) return null
  return (
    <Alert data-color="info" data-size="sm" className="template-notice">
      {t('template.notice', { template: t(text.title), source: source.source })}
    </Alert>
  )
}

function BoardBody({
  session,
  synced,
  status,
  boardId,
}: {
  session: BoardSession | null
  synced: boolean
  status: ConnectionStatusValue
  boardId: string
}) {
  const t = useT()
  const { view, journeyId } = useBoardView()
  if (!session || !synced)
    return (
      <div className="board-loading">
        <Spinner aria-hidden="true" data-size="md" />
        <Paragraph>{t('board.connecting')}</Paragraph>
      </div>
    )
  return (
    <>
      {status === 'refused' && (
        <Alert data-color="danger" data-size="sm" className="board-offline">
          <Paragraph data-size="sm">{t('board.refusedNotice')}</Paragraph>
          <Button data-size="sm" variant="secondary" onClick={() => window.location.reload()}>
            {t('board.reload')}
          </Button>
        </Alert>
      )}
      {status === 'offline' && (
        <Alert data-color="warning" data-size="sm" className="board-offline">
          {t('board.offlineNotice')}
        </Alert>
      )}
      {view === 'actors' ? (
        <>
          <TemplateNotice doc={session.doc} />
          <ActorMapView doc={session.doc} />
        </>
      ) : (
        <JourneysView
          doc={session.doc}
          journeyId={journeyId}
          journeyHref={(id) => journeysPath(boardId, id)}
          onOpen={(id) => navigate(journeysPath(boardId, id))}
        />
      )}
    </>
  )
}

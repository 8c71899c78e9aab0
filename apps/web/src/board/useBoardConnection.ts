import {
  type BoardConnection,
  type ConnectionStatus,
  connectBoard,
  participantIdFrom,
  socketUrl,
} from '@samkart/collab'
import { useT } from '@samkart/i18n/react'
import type { ParticipantId } from '@samkart/model'
import { useEffect, useRef, useState, useSyncExternalStore } from 'react'
import * as Y from 'yjs'
import { type BoardCollab, browserStorage, openBoardCollab } from './boardCollab'
import { guestNames } from './guestNames'

/** A board's document and its connection, while the page is mounted. */
export interface BoardSession {
  doc: Y.Doc
  connection: BoardConnection
  /** The browser's copy, this tab's undo history and its presence. */
  collab: BoardCollab
  /** This browser's participant id, as the server knows this connection. */
  participantId: ParticipantId
}

/**
 * Creates a fresh Y.Doc for the board and connects it. Both are made inside the effect and torn
 * down in its cleanup, so React StrictMode's mount → unmount → mount in development gives one
 * live connection, not two (the first is destroyed before the second is made).
 */
export function useBoardSession(boardId: string, token?: string | null): BoardSession | null {
  const [session, setSession] = useState<BoardSession | null>(null)
  // The guest names are given once per session, in the language of the moment.
  const t = useT()
  const guestName = useRef(t)
  guestName.current = t
  useEffect(() => {
    const doc = new Y.Doc()
    const participantId = participantIdFrom(browserStorage())
    const connection = connectBoard(doc, {
      serverUrl: socketUrl(window.location),
      boardId,
      // The share link's token: the server gives the role from it, or refuses the socket.
      ...(token ? { token } : {}),
      // Ties this browser's own comments and dots to it across reloads.
      participantId,
    })
    const collab = openBoardCollab(
      doc,
      boardId,
      connection,
      guestNames(guestName.current),
      participantId,
    )
    setSession({ doc, connection, collab, participantId })
    return () => {
      collab.destroy()
      connection.destroy()
      doc.destroy()
      setSession(null)
    }
  }, [boardId, token])
  return session
}

const noSubscribe = () => () => {}
const connecting = (): ConnectionStatus => 'connecting'

/** The connection status, re-rendering on change; `connecting` before there is a session. */
export function useConnectionStatus(session: BoardSession | null): ConnectionStatus {
  const store = session?.connection.status
  return useSyncExternalStore(store?.subscribe ?? noSubscribe, store?.get ?? connecting)
}

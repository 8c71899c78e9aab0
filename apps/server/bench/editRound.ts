import type * as Y from 'yjs'
import type { WebsocketProvider } from 'y-websocket'
import { moveActor } from '@samkart/model'
import { nextRemoteUpdate } from './waitFor'

/** A stock client: its document and provider. */
export interface Client {
  doc: Y.Doc
  provider: WebsocketProvider
}

/** One board's clients in a benchmark: the writer edits, the readers are timed. */
export interface Room {
  writer: Client
  readers: Client[]
  /** The actor the writer moves. */
  actor: string
}

/**
 * One round: every room's writer moves its actor at once; resolves when every reader has it,
 * with the time from each room's move to each of its readers' receipt.
 */
export async function editRound(rooms: readonly Room[], step: number): Promise<number[]> {
  const samples: number[] = []
  const arrivals: Promise<void>[] = []
  for (const room of rooms) {
    const start = performance.now()
    for (const reader of room.readers)
      arrivals.push(
        nextRemoteUpdate(reader.doc).then(() => void samples.push(performance.now() - start)),
      )
    moveActor(room.writer.doc, room.actor, {
      importance: (step % 100) / 100,
      substitutability: 0.5,
    })
  }
  await Promise.all(arrivals)
  return samples
}

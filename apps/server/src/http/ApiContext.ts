import type { AccessControl } from '../access/AccessControl'
import type { DuplicateRole, HistoryViewers } from '../config'
import type { VersionKeeper } from '../history/VersionKeeper'
import type { Logger } from '../log'
import type { RegistryIndex } from '../registry/RegistryIndex'
import type { Storage } from '../storage/Storage'
import type { BoardRooms } from '../sync/BoardRooms'
import type { HeavyJob, HeavyOutcome } from '../work/HeavyJob'
import type { WorkerPool } from '../work/WorkerPool'
import type { Votes } from '../votes/Votes'

/** What the API handlers share: storage, the access rules and the live rooms. */
export interface ApiContext {
  storage: Storage
  access: AccessControl
  /** Rename, duplicate and delete go through the live rooms, so connected clients see them. */
  rooms: BoardRooms
  logger: Logger
  /** Threads for work that would hold the event loop: imports, duplicates. */
  work: WorkerPool<HeavyJob, HeavyOutcome>
  /** The most entities of one kind a board may hold (imports are checked against it). */
  maxEntities: number
  /** The least role that may duplicate a board (`SAMKART_DUPLICATE`). */
  duplicateRole: DuplicateRole
  /** Versions: listing, making, opening and restoring them. */
  versions: VersionKeeper
  /** Whether viewers may browse version history (`SAMKART_HISTORY_VIEWERS`). */
  historyViewers: HistoryViewers
  /** Enhetsregisteret's organisations, as the operator imported them, for adding actors. */
  registry: RegistryIndex
  /** Dot voting: the rules and the dots, kept out of the document until reveal. */
  votes: Votes
  /** The server's clock (ms), which votes' end times and the timer run on. */
  now: () => number
}

import type { AccessControl } from '../access/AccessControl'
import type { Logger } from '../log'
import type { Storage } from '../storage/Storage'
import type { BoardRooms } from '../sync/BoardRooms'

/** What the API handlers share: storage, the access rules and the live rooms. */
export interface ApiContext {
  storage: Storage
  access: AccessControl
  /** Rename, duplicate and delete go through the live rooms, so connected clients see them. */
  rooms: BoardRooms
  logger: Logger
}

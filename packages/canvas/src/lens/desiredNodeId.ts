/** Prefix of the desired-position markers' node ids: `desired:<actor id>`. */
export const DESIRED_PREFIX = 'desired:'

/** The node id of an actor's desired-position marker in the lens. */
export const desiredNodeId = (actorId: string) => `${DESIRED_PREFIX}${actorId}`

/** The actor id of a desired marker's node id, or `null` for any other node. */
export const actorOfDesired = (nodeId: string) =>
  nodeId.startsWith(DESIRED_PREFIX) ? nodeId.slice(DESIRED_PREFIX.length) : null

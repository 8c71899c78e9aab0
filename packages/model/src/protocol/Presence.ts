/**
 * Presence: the awareness state every client publishes (never stored; y-protocols awareness
 * only), and the participants the canvas and the people list draw from it. The contract of
 * clients, of the server (which drops presence that claims another connection's participant
 * id, and relays presence between instances) and of the UI packages: @samkart/collab builds
 * these from awareness, @samkart/canvas draws them, and both import them from here.
 */

/**
 * Where someone is looking: `actors:<mode>` (mode: `matrix`, `network` or `lens`) or
 * `journey:<journeyId>` (`journey:` alone is the list of journeys). Coordinates are only
 * comparable within one view.
 */
export type PresenceView = string

/** A pointer position in the view's own coordinates (flow coordinates on the actor map). */
export interface PresenceCursor {
  view: PresenceView
  x: number
  y: number
}

/**
 * What someone sees: the point at the centre of their visible area, in the view's coordinates,
 * and their zoom. The centre (not the corner) so that a follower with a smaller or larger window
 * sees the same middle.
 */
export interface PresenceViewport {
  view: PresenceView
  x: number
  y: number
  zoom: number
}

/** A facilitator's «bring everyone to my view». `seq` grows with every new summon. */
export interface PresenceSummon {
  seq: number
  view: PresenceView
  viewport: PresenceViewport
}

/** A participant's name, colour and participant id (so a comment can mention them). */
export interface PresenceUser {
  name: string
  color: string
  /**
   * The browser's participant id (`ParticipantId`), the same one its socket names; absent from
   * older clients. The server drops presence that claims another connection's id.
   */
  participantId?: string
}

/**
 * The awareness state each client publishes (the access contract's «Presence awareness
 * state»). Never stored: it lives only as y-protocols awareness.
 */
export interface PresenceState {
  user: PresenceUser
  cursor: PresenceCursor | null
  selection: string[]
  viewport: PresenceViewport | null
  summon?: PresenceSummon
  /**
   * The cards this participant is dragging right now, if any: the others hold those cards'
   * places in their layout and draw them where the drag has them, as the dragging tab does,
   * instead of working the layout out again for every move. Absent from older clients.
   */
  dragging?: string[]
}

/** Another participant, as the canvas and the people list show them. */
export interface PresencePeer {
  /** The awareness client id: stable while they stay, unique per tab. */
  clientId: number
  name: string
  color: string
  /** Their participant id, if their client sends one (to mention them in a comment). */
  participantId?: string
  cursor: PresenceCursor | null
  selection: readonly string[]
  viewport: PresenceViewport | null
  /** The cards they are dragging now (see {@link PresenceState.dragging}); empty when none. */
  dragging: readonly string[]
}

/** This tab's participant: `chosen` is false while the name is the guest name given on entry. */
export interface LocalPresence {
  clientId: number
  name: string
  color: string
  /** This browser's participant id, when the app gave one. */
  participantId?: string
  chosen: boolean
}

/**
 * Where this tab's view should go: following someone (their viewport, live; `null` while they
 * have none to show) or summoned by a facilitator (once, to the viewport they sent).
 */
export type PresenceTarget =
  | { kind: 'follow'; clientId: number; name: string; viewport: PresenceViewport | null }
  | { kind: 'summon'; clientId: number; name: string; viewport: PresenceViewport; seq: number }
  /** A walkthrough step this tab was shown (`show`): like a summon, but by the board's state. */
  | { kind: 'show'; clientId: number; name: string; viewport: PresenceViewport; seq: number }

import {
  type CentredBox,
  DEFAULT_PLACEMENT,
  type PlacedCard,
  type PlacementItem,
  type Point,
  type Rect,
  placeCards,
} from '@samkart/layout'
import type { Node } from '@xyflow/react'
import { cardHandles } from './cardHandles'

/** A card drawn away from its true point: the canvas marks the point and draws a leader line. */
export interface AnchorMarker {
  id: string
  /** The exact score (or stored position) in flow units. */
  anchor: Point
  /** Where the card is drawn (centre and size). */
  card: CentredBox
}

/** The nodes as drawn, and the markers of the displaced ones. */
export interface PlacedNodes<N extends Node> {
  nodes: N[]
  markers: AnchorMarker[]
}

/** What a placed card's node data may carry. */
export interface PlaceableData extends Record<string, unknown> {
  /** Drawn as a compact chip (its cell is crowded); set by the placer. */
  compact?: boolean
}

/** Options of {@link createNodePlacer}. */
export interface NodePlacerOptions<N extends Node> {
  /** The region a card must stay inside (its matrix cell); none for free views. */
  regionOf?: (node: N) => Rect | undefined
  /** Every region of the view, empty ones too. */
  regions?: readonly Rect[]
}

const NONE: ReadonlySet<string> = new Set()

const sameItems = (a: readonly PlacementItem[], b: readonly PlacementItem[]) =>
  a.length === b.length &&
  a.every((item, i) => {
    const other = b[i]!
    return (
      item === other ||
      (item.id === other.id &&
        item.anchor.x === other.anchor.x &&
        item.anchor.y === other.anchor.y &&
        item.region === other.region)
    )
  })

/**
 * Turns nodes whose `position` is their true point (the scores, or the stored network
 * position) into nodes drawn where {@link placeCards} puts them, so no two cards cover each
 * other, and lists the markers of the cards drawn away from their point.
 *
 * The placer remembers its last layout and last nodes, so that
 * - the layout is computed again only when a resting card's point changes: a card being dragged
 *   here (`dragging`) is drawn where the pointer has it, but keeps its place in the layout until
 *   it is dropped, so picking a card up and dragging it costs no layout, and the others neither
 *   shuffle nor change size under the pointer (as on Miro's or Kumu's boards); its marker is
 *   not drawn meanwhile;
 * - a node object is reused when nothing about it changed, since React Flow re-renders a card
 *   whenever its object changes.
 */
export function createNodePlacer<N extends Node>(options: NodePlacerOptions<N> = {}) {
  let lastItems: PlacementItem[] = []
  let layout = new Map<string, PlacedCard>()
  let markers: AnchorMarker[] = []
  const cache = new Map<string, { input: N; output: N }>()
  const regionKeys = new Map<string, Rect>()
  /** One Rect object per distinct region, so items can be compared by identity. */
  const canonical = (rect: Rect | undefined) => {
    if (!rect) return undefined
    const key = `${rect.x},${rect.y},${rect.width},${rect.height}`
    const known = regionKeys.get(key)
    if (known) return known
    regionKeys.set(key, rect)
    return rect
  }

  // Each node's item, by node object: while a card is dragged every other node object stays
  // the same, so a frame costs a lookup per card instead of working out its region again
  // (among 1,000 cards that was most of the placer's time per pointer move).
  const itemOf = new WeakMap<N, PlacementItem>()
  const item = (node: N) => {
    let known = itemOf.get(node)
    if (!known) {
      known = { id: node.id, anchor: node.position, region: canonical(options.regionOf?.(node)) }
      itemOf.set(node, known)
    }
    return known
  }

  // The items of the last layout by id, for holding a dragged card's place.
  let lastById = new Map<string, PlacementItem>()
  let shown: { from: AnchorMarker[]; dragged: string; markers: AnchorMarker[] } | undefined

  /**
   * `held`: cards someone else is dragging (their presence), held and drawn where their drag
   * has them like this tab's own `dragging` cards, so a remote drag costs no layout per move.
   */
  return function place(nodes: readonly N[], held: ReadonlySet<string> = NONE): PlacedNodes<N> {
    const moving = (node: N) => node.dragging || held.has(node.id)
    const items: PlacementItem[] = []
    const dragged: string[] = []
    for (const node of nodes) {
      if (!moving(node)) {
        items.push(item(node))
        continue
      }
      dragged.push(node.id)
      const held = lastById.get(node.id)
      if (held) items.push(held)
    }
    if (!sameItems(items, lastItems)) {
      layout = placeCards(items, {
        ...DEFAULT_PLACEMENT,
        ...(options.regions ? { regions: options.regions } : {}),
      })
      lastItems = items
      lastById = new Map(items.map((i) => [i.id, i]))
      // Same layout, same markers: the array keeps its identity while a card is dragged.
      markers = []
      for (const item of items) {
        const card = layout.get(item.id)
        // The placed card is its box: no copy per marker (a crowded big board displaces
        // nearly every card, 3,000 boxes of its own).
        if (card?.displaced) markers.push({ id: item.id, anchor: item.anchor, card })
      }
    }

    const seen = new Set<string>()
    const out = nodes.map((node) => {
      seen.add(node.id)
      const prev = cache.get(node.id)
      const placed = moving(node) ? undefined : layout.get(node.id)
      // A card being dragged keeps the size it had when it was picked up.
      const compact = placed?.compact ?? Boolean((prev?.output.data as PlaceableData)?.compact)
      const x = placed?.x ?? node.position.x
      const y = placed?.y ?? node.position.y
      const size = compact ? DEFAULT_PLACEMENT.compact : DEFAULT_PLACEMENT.full
      if (
        prev &&
        prev.input === node &&
        prev.output.position.x === x &&
        prev.output.position.y === y &&
        Boolean((prev.output.data as PlaceableData).compact) === compact
      )
        return prev.output
      const data = node.data as PlaceableData
      const output = {
        ...node,
        position: x === node.position.x && y === node.position.y ? node.position : { x, y },
        data: Boolean(data.compact) === compact ? node.data : { ...node.data, compact },
        width: size.width,
        height: size.height,
        // The size React Flow would measure, and the handles it would find (see cardHandles):
        // known up front, a card is not measured when it mounts, and no dimension change goes
        // round through the view's state for each card that comes into view.
        measured: size,
        handles: cardHandles(size),
      } as N
      cache.set(node.id, { input: node, output })
      return output
    })
    for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id)
    return { nodes: out, markers: withoutDragged(dragged) }
  }

  /** The markers less those of cards being dragged; the same array while nothing changes. */
  function withoutDragged(dragged: string[]): AnchorMarker[] {
    if (!dragged.length) return markers
    const key = dragged.join('\n')
    if (shown?.from !== markers || shown.dragged !== key) {
      const ids = new Set(dragged)
      shown = { from: markers, dragged: key, markers: markers.filter((m) => !ids.has(m.id)) }
    }
    return shown.markers
  }
}

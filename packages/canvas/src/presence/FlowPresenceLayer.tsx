import {
  type ReactFlowState,
  type Viewport,
  useOnViewportChange,
  useReactFlow,
  useStore,
  useStoreApi,
} from '@xyflow/react'
import { useCallback, useContext, useEffect, useMemo, useRef } from 'react'
import type { CanvasPresence, PresencePeer, PresenceViewport } from './canvasPresence'
import { PresenceViewContext, useCanvasCollab } from './CanvasCollabContext'
import { RemoteCursor } from './RemoteCursor'
import { useFollowTarget } from './useFollowTarget'
import { nodeBox } from '../flow/nodeBox'
import { useSubscribable } from './useSubscribable'
import './presence.css'

const NO_PEERS: readonly PresencePeer[] = []
const selectDomNode = (s: ReactFlowState) => s.domNode
const selectZoom = (s: ReactFlowState) => s.transform[2]
const round = (n: number) => Math.round(n * 10) / 10
const MAX_CORRECTIONS = 3
/** Whether two viewports show the same thing, give or take rounding. */
const sameView = (a: PresenceViewport, b: PresenceViewport) =>
  Math.abs(a.x - b.x) < 1 && Math.abs(a.y - b.y) < 1 && Math.abs(a.zoom - b.zoom) < 0.002

/**
 * Presence on a React Flow canvas (every actor-map view): reports this tab's pointer and
 * viewport in flow coordinates, draws the others' cursors and selections in flow coordinates
 * under the viewport's transform (so they stay on the right card under any zoom and pan), and
 * moves the view when following someone or summoned. Renders nothing without presence. Must
 * be a child of `<ReactFlow>`.
 */
export function FlowPresenceLayer() {
  const { presence } = useCanvasCollab()
  const view = useContext(PresenceViewContext)
  if (!presence || !view) return null
  return <FlowPresence presence={presence} view={view} />
}

function FlowPresence({ presence, view }: { presence: CanvasPresence; view: string }) {
  const flow = useReactFlow()
  const store = useStoreApi()
  const domNode = useStore(selectDomNode)
  const zoom = useStore(selectZoom)
  const peers = useSubscribable(presence.peers, NO_PEERS)

  // This tab's pointer, in flow coordinates; gone when it leaves the canvas. Input of our own
  // (a wheel, a press on the pane or a card) ends following: the user took over. Captured,
  // since React Flow's zoom handler stops these events from bubbling.
  useEffect(() => {
    if (!domNode) return
    const move = (event: PointerEvent) => {
      const p = flow.screenToFlowPosition(
        { x: event.clientX, y: event.clientY },
        { snapToGrid: false },
      )
      presence.setCursor({ view, x: round(p.x), y: round(p.y) })
    }
    const leave = () => presence.setCursor(null)
    const takeOver = () => {
      if (presence.target.get()) presence.stopFollowing()
    }
    domNode.addEventListener('pointermove', move)
    domNode.addEventListener('pointerleave', leave)
    domNode.addEventListener('wheel', takeOver, { passive: true, capture: true })
    domNode.addEventListener('pointerdown', takeOver, { capture: true })
    domNode.addEventListener('keydown', takeOver, { capture: true })
    return () => {
      domNode.removeEventListener('pointermove', move)
      domNode.removeEventListener('pointerleave', leave)
      domNode.removeEventListener('wheel', takeOver, { capture: true })
      domNode.removeEventListener('pointerdown', takeOver, { capture: true })
      domNode.removeEventListener('keydown', takeOver, { capture: true })
      presence.setCursor(null)
    }
  }, [domNode, flow, presence, view])

  // This tab's viewport, as the flow point in the middle of the canvas and the zoom.
  const centreOf = useCallback(
    (viewport: Viewport): PresenceViewport | null => {
      const { width, height } = store.getState()
      if (!width || !height) return null
      return {
        view,
        x: round((width / 2 - viewport.x) / viewport.zoom),
        y: round((height / 2 - viewport.y) / viewport.zoom),
        zoom: Math.round(viewport.zoom * 1000) / 1000,
      }
    },
    [store, view],
  )
  const report = useCallback(
    (viewport: Viewport) => {
      const centre = centreOf(viewport)
      if (centre) presence.setViewport(centre)
    },
    [centreOf, presence],
  )
  // The view fits itself now and then (on opening, when the canvas changes size). While this
  // tab follows or was summoned, such a move is put right at once, a few times per target at
  // most, so a target the view cannot reach (beyond its pan limits) never starts a tug of war.
  const corrections = useRef(new WeakMap<object, number>())
  const onMoveEnd = useCallback(
    (viewport: Viewport) => {
      const target = presence.target.get()
      const wanted = target?.viewport
      const now = centreOf(viewport)
      if (!target || !wanted || wanted.view !== view || !now || sameView(now, wanted)) return
      const done = corrections.current.get(target) ?? 0
      if (done >= MAX_CORRECTIONS) return
      corrections.current.set(target, done + 1)
      void flow.setCenter(wanted.x, wanted.y, { zoom: wanted.zoom, duration: 0 })
    },
    [presence, centreOf, view, flow],
  )
  useOnViewportChange({ onChange: report, onEnd: onMoveEnd })
  useEffect(() => {
    report(flow.getViewport())
    return () => presence.setViewport(null)
  }, [report, flow, presence])

  const goTo = useCallback(
    (viewport: { x: number; y: number; zoom: number }, animate: boolean) =>
      void flow.setCenter(viewport.x, viewport.y, {
        zoom: viewport.zoom,
        duration: animate ? 300 : 0,
      }),
    [flow],
  )
  useFollowTarget(presence, view, goTo)

  // The layer follows the viewport's transform directly (no React render per pan frame). It is
  // not in React Flow's viewport portal: that one holds the matrix background too, and this
  // layer must be above the cards, which sit in the viewport with z-indexes up to about 1000.
  const layerRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const apply = ({ transform: [x, y, k] }: ReactFlowState) => {
      if (layerRef.current)
        layerRef.current.style.transform = `translate(${x}px, ${y}px) scale(${k})`
    }
    apply(store.getState())
    return store.subscribe(apply)
  }, [store])

  const cursors = peers.filter((p) => p.cursor?.view === view)
  return (
    <div
      ref={layerRef}
      className="samkart-presence-layer samkart-presence-layer--flow"
      aria-hidden="true"
      data-export-exclude=""
    >
      <RemoteSelections peers={peers} zoom={zoom} />
      {cursors.map((p) => (
        <RemoteCursor
          key={p.clientId}
          name={p.name}
          color={p.color}
          x={p.cursor!.x}
          y={p.cursor!.y}
          scale={zoom}
        />
      ))}
    </div>
  )
}

/** Outlines, in each person's colour, around the cards they have selected. */
function RemoteSelections({ peers, zoom }: { peers: readonly PresencePeer[]; zoom: number }) {
  const ids = useMemo(() => [...new Set(peers.flatMap((p) => p.selection))], [peers])
  // A string, so the layer re-renders only when a selected card moves or resizes.
  const selectRects = useCallback(
    (s: ReactFlowState) =>
      ids
        .map((id) => {
          const node = s.nodeLookup.get(id)
          if (!node || node.hidden) return ''
          const { x, y, width, height } = nodeBox(node)
          return `${id} ${x} ${y} ${width} ${height}`
        })
        .filter(Boolean)
        .join('\n'),
    [ids],
  )
  const rectsKey = useStore(selectRects)
  const rects = useMemo(() => {
    const map = new Map<string, { x: number; y: number; w: number; h: number }>()
    for (const line of rectsKey ? rectsKey.split('\n') : []) {
      const [id, x, y, w, h] = line.split(' ')
      map.set(id!, { x: Number(x), y: Number(y), w: Number(w), h: Number(h) })
    }
    return map
  }, [rectsKey])

  const outlines: {
    key: string
    name: string
    color: string
    ring: number
    rect: { x: number; y: number; w: number; h: number }
  }[] = []
  const rings = new Map<string, number>()
  for (const peer of peers)
    for (const id of peer.selection) {
      const rect = rects.get(id)
      if (!rect) continue
      const ring = rings.get(id) ?? 0
      rings.set(id, ring + 1)
      outlines.push({
        key: `${peer.clientId}:${id}`,
        name: peer.name,
        color: peer.color,
        ring,
        rect,
      })
    }

  return outlines.map(({ key, name, color, ring, rect }) => {
    // Several people on one card: nested rings, their name tags stacked. Sizes are in screen
    // pixels (divided by the zoom), so rings and tags read the same at any zoom.
    const gap = (4 + ring * 4) / zoom
    return (
      <div
        key={key}
        className="samkart-remote-selection"
        style={{
          transform: `translate(${rect.x - gap}px, ${rect.y - gap}px)`,
          width: rect.w + gap * 2,
          height: rect.h + gap * 2,
          borderColor: color,
          borderWidth: 2 / zoom,
        }}
      >
        <span
          className="samkart-remote-selection__name"
          style={{
            background: color,
            transform: `scale(${1 / zoom}) translateY(${-ring * 100}%)`,
          }}
        >
          {name}
        </span>
      </div>
    )
  })
}

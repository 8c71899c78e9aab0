import { useCallback, useEffect, useLayoutEffect, useReducer, useRef, useState } from 'react'
import type { CanvasPresence, PresencePeer, PresenceViewport } from './canvasPresence'
import { useCanvasCollab } from './CanvasCollabContext'
import { RemoteCursor } from './RemoteCursor'
import { useFollowTarget } from './useFollowTarget'
import { useSubscribable } from './useSubscribable'
import './presence.css'

const NO_PEERS: readonly PresencePeer[] = []
const round = (n: number) => Math.round(n)

interface Rect {
  x: number
  y: number
  w: number
  h: number
}

/**
 * Presence in a journey: placed as the first child of the journey's scroll area, it reports the
 * pointer and the scroll position in the table's own coordinates (so they match for everyone
 * whatever their window), draws the others' cursors, outlines the touchpoint columns they
 * have selected, and scrolls along when following someone or summoned.
 */
export function JourneyPresenceLayer({ view }: { view: string }) {
  const { presence } = useCanvasCollab()
  if (!presence) return null
  return <JourneyPresence presence={presence} view={view} />
}

function JourneyPresence({ presence, view }: { presence: CanvasPresence; view: string }) {
  const layerRef = useRef<HTMLDivElement>(null)
  const peers = useSubscribable(presence.peers, NO_PEERS)

  useEffect(() => {
    const el = layerRef.current?.parentElement
    if (!el) return
    const move = (event: PointerEvent) => {
      const box = el.getBoundingClientRect()
      presence.setCursor({
        view,
        x: round(event.clientX - box.left + el.scrollLeft),
        y: round(event.clientY - box.top + el.scrollTop),
      })
    }
    const leave = () => presence.setCursor(null)
    const report = () =>
      presence.setViewport({
        view,
        x: round(el.scrollLeft + el.clientWidth / 2),
        y: round(el.scrollTop + el.clientHeight / 2),
        zoom: 1,
      })
    const takeOver = () => {
      if (presence.target.get()) presence.stopFollowing()
    }
    el.addEventListener('pointermove', move)
    el.addEventListener('pointerleave', leave)
    el.addEventListener('scroll', report, { passive: true })
    el.addEventListener('wheel', takeOver, { passive: true })
    el.addEventListener('pointerdown', takeOver)
    el.addEventListener('keydown', takeOver)
    report()
    return () => {
      el.removeEventListener('pointermove', move)
      el.removeEventListener('pointerleave', leave)
      el.removeEventListener('scroll', report)
      el.removeEventListener('wheel', takeOver)
      el.removeEventListener('pointerdown', takeOver)
      el.removeEventListener('keydown', takeOver)
      presence.setCursor(null)
      presence.setViewport(null)
    }
  }, [presence, view])

  const goTo = useCallback((viewport: PresenceViewport, animate: boolean) => {
    const el = layerRef.current?.parentElement
    el?.scrollTo({
      left: viewport.x - el.clientWidth / 2,
      top: viewport.y - el.clientHeight / 2,
      behavior: animate ? 'smooth' : 'instant',
    })
  }, [])
  useFollowTarget(presence, view, goTo)

  // Outlines: measured again whenever the table changes (a column moves with the board).
  const [tableVersion, tableChanged] = useReducer((n: number) => n + 1, 0)
  useEffect(() => {
    const el = layerRef.current?.parentElement
    if (!el) return
    const mutations = new MutationObserver(tableChanged)
    mutations.observe(el, { childList: true, subtree: true, characterData: true })
    const sizes = new ResizeObserver(tableChanged)
    sizes.observe(el)
    return () => {
      mutations.disconnect()
      sizes.disconnect()
    }
  }, [])
  const [outlines, setOutlines] = useState<
    { key: string; name: string; color: string; rect: Rect }[]
  >([])
  useLayoutEffect(() => {
    const el = layerRef.current?.parentElement
    if (!el) return
    // Nobody else has a touchpoint selected (the usual case): measuring would force a layout of
    // the whole table after every change, 245 ms when a 300-touchpoint journey opened.
    if (!peers.some((peer) => peer.selection.length > 0)) {
      setOutlines((prev) => (prev.length === 0 ? prev : []))
      return
    }
    const box = el.getBoundingClientRect()
    const table = el.querySelector('table')?.getBoundingClientRect()
    const next: typeof outlines = []
    for (const peer of peers)
      for (const id of peer.selection) {
        const cell = el
          .querySelector(`[data-focus="tp-title-${CSS.escape(id)}"]`)
          ?.closest('th')
          ?.getBoundingClientRect()
        if (!cell) continue
        const top = cell.top - box.top + el.scrollTop
        next.push({
          key: `${peer.clientId}:${id}`,
          name: peer.name,
          color: peer.color,
          rect: {
            x: cell.left - box.left + el.scrollLeft,
            y: top,
            w: cell.width,
            h: table ? table.bottom - cell.top : cell.height,
          },
        })
      }
    setOutlines((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next))
  }, [peers, tableVersion])

  const cursors = peers.filter((p) => p.cursor?.view === view)
  return (
    <div
      ref={layerRef}
      className="samkart-presence-layer"
      aria-hidden="true"
      data-export-exclude=""
    >
      {outlines.map(({ key, name, color, rect }) => (
        <div
          key={key}
          className="samkart-remote-selection"
          style={{
            transform: `translate(${rect.x}px, ${rect.y}px)`,
            width: rect.w,
            height: rect.h,
            borderColor: color,
          }}
        >
          <span
            className="samkart-remote-selection__name"
            style={{ background: color, top: 2, bottom: 'auto', left: 'auto', right: 2 }}
          >
            {name}
          </span>
        </div>
      ))}
      {cursors.map((p) => (
        <RemoteCursor
          key={p.clientId}
          name={p.name}
          color={p.color}
          x={p.cursor!.x}
          y={p.cursor!.y}
        />
      ))}
    </div>
  )
}

import { type OnMoveStart, type Rect, useReactFlow } from '@xyflow/react'
import { type RefObject, useCallback, useEffect, useRef } from 'react'

/**
 * Keeps the whole matrix in view: fits it on start and whenever the canvas changes size (window
 * resize, a notice appearing above it), until the user pans or zooms; from then on their view is
 * left alone. «Vis hele kartet» fits again and resumes following the size.
 */
export function useMatrixFit(
  containerRef: RefObject<HTMLElement | null>,
  bounds: Rect,
): { fitMatrix: () => void; onMoveStart: OnMoveStart } {
  const { fitBounds } = useReactFlow()
  const userMoved = useRef(false)

  const fitMatrix = useCallback(() => {
    userMoved.current = false
    void fitBounds(bounds)
  }, [fitBounds, bounds])

  // Moves we start have no input event; only the user's have one.
  const onMoveStart = useCallback<OnMoveStart>((event) => {
    if (event) userMoved.current = true
  }, [])

  useEffect(() => {
    const el = containerRef.current
    if (!el) return
    const observer = new ResizeObserver(() => {
      if (!userMoved.current) void fitBounds(bounds)
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [containerRef, fitBounds, bounds])

  return { fitMatrix, onMoveStart }
}

/**
 * The baseline of the canvas benchmarks: a plain React Flow page with the same @xyflow/react and
 * React as Samkart, showing the same actors at the same places (the benchmark's seeded scores on
 * the same matrix plane) as default nodes, with no layout, no document and no chrome. Served
 * at `/bench-plain/?n=<actors>` by the benchmark only; never part of the app.
 */
import { scoresToPosition } from '@samkart/layout'
import {
  type Node,
  type NodeChange,
  ReactFlow,
  ReactFlowProvider,
  applyNodeChanges,
} from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import { useCallback, useEffect, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { benchScores } from '../benchScores'

const count = Number(new URLSearchParams(location.search).get('n') ?? 100)
const initial: Node[] = benchScores(count).map((s, i) => ({
  id: `a${i}`,
  position: scoresToPosition(s),
  data: { label: `Aktør ${String(i + 1).padStart(3, '0')}` },
  style: { width: 192, height: 64 },
}))

function Plain() {
  const [nodes, setNodes] = useState(initial)
  const onNodesChange = useCallback(
    (changes: NodeChange[]) => setNodes((prev) => applyNodeChanges(changes, prev)),
    [],
  )
  useEffect(() => {
    // A remote participant's drag (bench/remoteDrag.ts): the node moves along the given points,
    // one every `every` ms, as positions from another client would arrive.
    ;(window as unknown as { __moveAlong: unknown }).__moveAlong = (
      id: string,
      points: { x: number; y: number }[],
      every: number,
    ) =>
      new Promise<void>((resolve) => {
        let i = 0
        const timer = setInterval(() => {
          const position = points[i++]
          if (!position) {
            clearInterval(timer)
            resolve()
            return
          }
          setNodes((prev) => prev.map((n) => (n.id === id ? { ...n, position } : n)))
        }, every)
      })
    // Marks when every node is on the page, as the benchmark measures Samkart's cards.
    requestAnimationFrame(() => {
      ;(window as unknown as { __allNodesAt: number }).__allNodesAt = performance.now()
    })
  }, [])
  return (
    <ReactFlow nodes={nodes} onNodesChange={onNodesChange} nodeOrigin={[0.5, 0.5]} fitView>
      {null}
    </ReactFlow>
  )
}

createRoot(document.getElementById('root')!).render(
  <ReactFlowProvider>
    <Plain />
  </ReactFlowProvider>,
)

import { Handle, Position } from '@xyflow/react'

/**
 * The two handles every actor card has for drawing relations with the mouse. Both cover the
 * whole card, so nobody has to hit a 4 px dot:
 * - the **ring**, a source handle a little larger than the card and behind it: pressing on the
 *   card's edge (the ring shows on hover) starts a relation, pressing on its body drags it;
 * - the **drop** area, a target handle over the whole card that only takes the pointer while a
 *   relation is being drawn (`data-connecting` on the canvas, see ActorFlow), so letting go
 *   anywhere on another card ends it there. It never starts one (`isConnectableStart`), so a
 *   relation always runs from the card the drag began on to the card it ended on.
 */
export function ConnectHandles() {
  return (
    <>
      <Handle type="source" position={Position.Right} className="samkart-connect-ring" />
      <Handle
        type="target"
        position={Position.Left}
        className="samkart-connect-drop"
        isConnectableStart={false}
      />
    </>
  )
}

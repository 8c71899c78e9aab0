import { Button } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { arrangeNetwork } from '@samkart/layout'
import { readActors, readRelations } from '@samkart/model'
import { useState } from 'react'
import { useActorMap } from '../ActorMapContext'
import { useEditOrigin } from '../presence/CanvasCollabContext'

/** Props of {@link ArrangeNetworkButton}. */
export interface ArrangeNetworkButtonProps {
  /** Called once the new layout is written, so the view can fit it. */
  onArranged: () => void
}

/**
 * «Ordne automatisk»: lays the network view out with a force layout (related actors together,
 * none on another) and writes every card's position in one transaction, so everyone sees the
 * same arrangement, one undo takes it back, and anyone can then move cards by hand. Starts from
 * the current arrangement, so a board someone has laid out stays recognisable.
 */
export function ArrangeNetworkButton({ onArranged }: ArrangeNetworkButtonProps) {
  const t = useT()
  const { doc, placement, announce } = useActorMap()
  // One transaction with this tab's origin: one step for undo, one update for everyone.
  const origin = useEditOrigin()
  const [busy, setBusy] = useState(false)
  const arrange = () => {
    setBusy(true)
    // After the button has shown it is busy: a large board takes a second to lay out.
    setTimeout(() => {
      const actors = readActors(doc)
      const positions = arrangeNetwork(actors, readRelations(doc))
      doc.transact(() => {
        for (const [id, point] of positions) placement.network(id, point)
      }, origin)
      setBusy(false)
      announce(t('network.arranged', { count: actors.length }))
      onArranged()
    }, 30)
  }
  return (
    <Button
      variant="secondary"
      data-size="sm"
      aria-disabled={busy || undefined}
      aria-busy={busy || undefined}
      onClick={busy ? undefined : arrange}
    >
      {t(busy ? 'network.arranging' : 'network.arrange')}
    </Button>
  )
}

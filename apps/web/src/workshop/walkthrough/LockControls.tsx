import { Fieldset, Paragraph, Switch } from '@digdir/designsystemet-react'
import { useCanvasCollab } from '@samkart/canvas'
import { useT } from '@samkart/i18n/react'
import { LOCK_SCOPES, type LockScope } from '@samkart/model'
import { useState } from 'react'
import { setBoardLock } from '../../api/lockApi'
import { useFacilitationState } from './FacilitationContext'

/**
 * The facilitator's locks: the whole board, the aktørkart or the journeys. A switch asks the
 * server (the lock API); it shows the board's state, which the server's edit brings back.
 */
export function LockControls({ boardId, token }: { boardId: string; token: string | null }) {
  const t = useT()
  const facilitation = useFacilitationState()
  const { presence } = useCanvasCollab()
  const [busy, setBusy] = useState<LockScope | null>(null)
  const [failed, setFailed] = useState(false)
  if (!facilitation) return null
  const locked = (scope: LockScope) => facilitation.locks.some((lock) => lock.scope === scope)

  // Not disabled while a request runs (that would drop keyboard focus); a second press of the
  // same switch meanwhile is ignored, and the switch shows the board's state either way.
  const toggle = async (scope: LockScope, on: boolean) => {
    if (busy === scope) return
    setBusy(scope)
    setFailed(false)
    const by = presence?.self.get().name ?? ''
    const result = await setBoardLock(boardId, token, { scope, locked: on, by })
    setBusy(null)
    if (!result.ok) setFailed(true)
  }

  return (
    <Fieldset data-size="sm">
      <Fieldset.Legend>{t('facilitation.lock.heading')}</Fieldset.Legend>
      <Fieldset.Description>{t('facilitation.lock.help')}</Fieldset.Description>
      {LOCK_SCOPES.map((scope) => (
        <Switch
          key={scope}
          data-size="sm"
          label={t(`facilitation.lock.${scope}`)}
          checked={locked(scope)}
          onChange={(event) => void toggle(scope, event.target.checked)}
        />
      ))}
      {failed && (
        <Paragraph data-size="sm" role="alert">
          {t('facilitation.lock.failed')}
        </Paragraph>
      )}
    </Fieldset>
  )
}

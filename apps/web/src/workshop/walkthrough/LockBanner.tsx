import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import type { Role } from '@samkart/model'
import { useBoardView } from '../../pages/BoardNav'
import { useFacilitationState } from './FacilitationContext'
import { lockShown } from './lockedFor'

/**
 * Tells everyone in a locked view who locked it («Tavla er låst av Fride») and what that means
 * for them: an editor cannot edit until it is lifted, a facilitator still can. A viewer sees
 * it too (the viewer notice already says why they cannot edit).
 */
export function LockBanner({ role }: { role: Role | null }) {
  const t = useT()
  const facilitation = useFacilitationState()
  const { view } = useBoardView()
  const lock = facilitation ? lockShown(facilitation.locks, view) : null
  // The region stays, so screen readers hear the lock come and go.
  return (
    <div aria-live="polite" className="lock-region">
      {lock && (
        <Alert data-color="warning" data-size="sm" className="lock-banner">
          <Heading level={2} data-size="2xs">
            {t(`facilitation.locked.${lock.scope}`, {
              name: lock.by || t('facilitation.locked.someone'),
            })}
          </Heading>
          {role !== 'viewer' && (
            <Paragraph data-size="sm">
              {t(
                role === 'facilitator'
                  ? 'facilitation.locked.facilitatorHint'
                  : 'facilitation.locked.editorHint',
              )}
            </Paragraph>
          )}
        </Alert>
      )}
    </div>
  )
}

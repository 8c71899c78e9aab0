import { Button } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import type { Role } from '@samkart/model'
import { useFacilitationState } from './FacilitationContext'
import { usePresenting } from './usePresenting'

/**
 * While a walkthrough runs: «Gjennomgang: steg 2 av 5 – <navn>», with leave or rejoin for
 * everyone and, for facilitators, previous, next and stop. In the page flow above the board
 * (not floating), so it never covers the canvas and is reached by Tab like any control.
 */
export function WalkthroughBanner({ role }: { role: Role | null }) {
  const t = useT()
  const facilitation = useFacilitationState()
  const present = usePresenting(role)
  if (!facilitation?.presentation) return <div aria-live="polite" />
  const { current, steps, following, setFollowing, presentation } = facilitation
  return (
    <div aria-live="polite">
      <section className="walkthrough-banner" aria-label={t('facilitation.banner.region')}>
        <p className="walkthrough-banner__text">
          {current
            ? t('facilitation.banner.step', {
                number: current.index + 1,
                count: steps.length,
                name: current.step.name,
              })
            : t('facilitation.banner.label')}
          {presentation.by && (
            <span className="walkthrough-banner__by">
              {' '}
              {t('facilitation.banner.by', { name: presentation.by })}
            </span>
          )}
          {!following && (
            <span className="walkthrough-banner__left"> {t('facilitation.banner.left')}</span>
          )}
        </p>
        <div className="walkthrough-banner__actions">
          {present && (
            <>
              <Button
                data-size="sm"
                variant="secondary"
                disabled={!current || current.index === 0}
                onClick={() => present.go(-1)}
              >
                {t('facilitation.banner.previous')}
              </Button>
              <Button
                data-size="sm"
                variant="primary"
                disabled={!current || current.index >= steps.length - 1}
                onClick={() => present.go(1)}
              >
                {t('facilitation.banner.next')}
              </Button>
              <Button data-size="sm" variant="tertiary" onClick={present.stop}>
                {t('facilitation.banner.stop')}
              </Button>
            </>
          )}
          {!present && (
            <Button data-size="sm" variant="secondary" onClick={() => setFollowing(!following)}>
              {t(following ? 'facilitation.banner.leave' : 'facilitation.banner.rejoin')}
            </Button>
          )}
        </div>
      </section>
    </div>
  )
}

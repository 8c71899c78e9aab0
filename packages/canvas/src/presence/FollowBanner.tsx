import './people.css'
import { Button } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { useEffect } from 'react'
import { useCanvasCollab } from './CanvasCollabContext'
import { useSubscribable } from './useSubscribable'

/**
 * While this tab follows someone (or was just summoned): says so, with a button to stop, and
 * lets Escape stop it from anywhere. Floats over the board, so it never changes the canvas
 * size (which would refit the map under the follower).
 */
export function FollowBanner() {
  const t = useT()
  const { presence } = useCanvasCollab()
  const moved = useSubscribable(presence?.target, null)
  // A walkthrough step has its own banner (the walkthrough's), with leave and rejoin.
  const target = moved?.kind === 'show' ? null : moved

  useEffect(() => {
    if (!presence || !target) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return
      // Escape in a popover or dialog closes that, and only that (e.g. the people list).
      const target = event.target
      if (target instanceof Element && target.closest('[popover], dialog, [role="dialog"]')) return
      presence.stopFollowing()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [presence, target])

  if (!presence) return null
  const following = target?.kind === 'follow'
  // The region is always there, so screen readers hear when someone moves this view (a
  // summon) or when following starts; the banner inside it appears and goes.
  return (
    <div className="samkart-follow-region" aria-live="polite" data-export-exclude="">
      {target && (
        <div className="samkart-follow-banner">
          <span className="samkart-follow-banner__text">
            {t(following ? 'presence.banner.following' : 'presence.banner.summoned', {
              name: target.name,
            })}
          </span>
          <span className="samkart-follow-banner__hint" aria-hidden="true">
            {t('presence.banner.escape')}
          </span>
          <Button data-size="sm" variant="secondary" onClick={() => presence.stopFollowing()}>
            {t(following ? 'presence.banner.stop' : 'presence.banner.close')}
          </Button>
        </div>
      )}
    </div>
  )
}

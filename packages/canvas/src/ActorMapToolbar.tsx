import { Button, Paragraph, Popover, ToggleGroup } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import type { ReactNode } from 'react'

/** The three ways to look at the same actors. */
export const ACTOR_VIEWS = ['matrix', 'network', 'lens'] as const
/** One of {@link ACTOR_VIEWS}. */
export type ActorView = (typeof ACTOR_VIEWS)[number]

const DESCRIPTIONS = {
  matrix: 'matrix.description',
  network: 'network.description',
  lens: 'lens.description',
} as const

/** Props of {@link ActorMapToolbar}. */
export interface ActorMapToolbarProps {
  view: ActorView
  onView: (view: ActorView) => void
  /** The editing tools (add, relate, arrange); absent for viewers. */
  tools?: ReactNode
  /** Search and filter. */
  filter: ReactNode
  /** At the far end of the second group (the panel toggle). */
  end?: ReactNode
  /** The view's display options, under its description in the «Om visningen» popover. */
  options?: ReactNode
}

/**
 * The aktørkart's floating toolbars over the canvas, as on the whiteboards workshop users know:
 * top left the view switch and the editing tools; top right search, filter, a short help on
 * what the view means, and the panel toggle. They float, so the canvas keeps the whole area
 * under the header; the fit keeps the map clear of them (`data-canvas-overlay`).
 */
export function ActorMapToolbar({
  view,
  onView,
  tools,
  filter,
  end,
  options,
}: ActorMapToolbarProps) {
  const t = useT()
  return (
    <div className="samkart-toolbars">
      <div
        className="samkart-toolbar"
        role="group"
        aria-label={t('toolbar.label')}
        data-size="sm"
        data-canvas-overlay
      >
        <ToggleGroup
          data-size="sm"
          aria-label={t('view.label')}
          value={view}
          onChange={(value) => onView(value as ActorView)}
        >
          {ACTOR_VIEWS.map((v) => (
            <ToggleGroup.Item key={v} value={v}>
              <ViewName full={t(`view.${v}`)} short={t(`view.${v}.short`)} />
            </ToggleGroup.Item>
          ))}
        </ToggleGroup>
        {tools && <div className="samkart-toolbar__group">{tools}</div>}
      </div>
      <div
        className="samkart-toolbar samkart-toolbar--end"
        role="group"
        aria-label={t('toolbar.find')}
        data-size="sm"
        data-canvas-overlay
      >
        {filter}
        <Popover.TriggerContext>
          <Popover.Trigger
            variant="tertiary"
            data-size="sm"
            icon
            aria-label={t('view.help', { view: t(`view.${view}`) })}
            title={t('view.help', { view: t(`view.${view}`) })}
          >
            <svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 24 24">
              <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="1.8" />
              <path
                d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5V14M12 17.2v.1"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.8"
                strokeLinecap="round"
              />
            </svg>
          </Popover.Trigger>
          <Popover placement="bottom-end" data-size="sm" className="samkart-toolbar__help">
            <Paragraph data-size="sm">{t(DESCRIPTIONS[view])}</Paragraph>
            {options}
          </Popover>
        </Popover.TriggerContext>
        {end}
      </div>
    </div>
  )
}

/**
 * A view's name in the switch. Where the toolbar is narrow a long name gives way to its short
 * form; the full name stays the accessible name (and the short one is part of it, WCAG 2.5.3).
 */
function ViewName({ full, short }: { full: string; short: string }) {
  if (full === short) return full
  return (
    <>
      <span className="samkart-toolbar__full">{full}</span>
      <span className="samkart-toolbar__short" aria-hidden="true">
        {short}
      </span>
    </>
  )
}

/** «Ny relasjon»: the keyboard way to draw a relation. Needs two actors to relate. */
export function NewRelationButton({
  disabled,
  onClick,
}: {
  disabled: boolean
  onClick: () => void
}) {
  const t = useT()
  return (
    <Button
      variant="secondary"
      data-size="sm"
      // aria-disabled, not disabled: the button stays focusable and its reason stays readable.
      onClick={disabled ? undefined : onClick}
      aria-disabled={disabled || undefined}
      title={disabled ? t('relation.add.needActors') : undefined}
    >
      {t('relation.add')}
    </Button>
  )
}

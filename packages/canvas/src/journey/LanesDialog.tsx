import { Button, Checkbox, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import type { LaneSetting } from '@samkart/model'
import { useId } from 'react'

/** Props of {@link LanesDialog}. */
export interface LanesDialogProps {
  open: boolean
  lanes: readonly LaneSetting[]
  /** Writes the whole arrangement (one value, so concurrent changes never mix). */
  onChange: (lanes: LaneSetting[]) => void
  onClose: () => void
}

/**
 * «Rader»: which lanes show and in which order. Stored on the journey, not per user, so the
 * whole workshop talks about the same picture.
 */
export function LanesDialog({ open, lanes, onChange, onClose }: LanesDialogProps) {
  const t = useT()
  const headingId = useId()
  const move = (index: number, direction: -1 | 1) => {
    const next = [...lanes]
    const [lane] = next.splice(index, 1)
    next.splice(index + direction, 0, lane!)
    onChange(next)
    // At the top or bottom the pressed button turns disabled and would drop focus: move it to
    // the lane's other button instead.
    const edge = index + direction === 0 || index + direction === lanes.length - 1
    const key = `${lane!.lane}-${edge ? (direction < 0 ? 'down' : 'up') : direction < 0 ? 'up' : 'down'}`
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-lane-move="${key}"]`)?.focus(),
    )
  }
  return (
    <Dialog
      open={open}
      onClose={onClose}
      closeButton={t('journeys.close')}
      closedby="any"
      aria-labelledby={headingId}
    >
      <Dialog.Block>
        <Heading id={headingId} level={2} data-size="xs">
          {t('journey.lanes.heading')}
        </Heading>
        <Paragraph data-size="sm" className="journey-muted">
          {t('journey.lanes.description')}
        </Paragraph>
      </Dialog.Block>
      <Dialog.Block>
        <ol className="journey-lanes">
          {lanes.map((setting, index) => {
            const name = t(`journey.lane.${setting.lane}`)
            return (
              <li key={setting.lane} className="journey-lanes__item">
                <Checkbox
                  data-size="sm"
                  label={name}
                  checked={!setting.hidden}
                  onChange={(event) =>
                    onChange(
                      lanes.map((s) =>
                        s.lane === setting.lane ? { ...s, hidden: !event.target.checked } : s,
                      ),
                    )
                  }
                />
                <span className="journey-lanes__moves">
                  <Button
                    icon
                    variant="tertiary"
                    data-size="sm"
                    aria-label={t('journey.lanes.up', { lane: name })}
                    title={t('journey.lanes.up', { lane: name })}
                    data-lane-move={`${setting.lane}-up`}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    <span aria-hidden="true">↑</span>
                  </Button>
                  <Button
                    icon
                    variant="tertiary"
                    data-size="sm"
                    aria-label={t('journey.lanes.down', { lane: name })}
                    title={t('journey.lanes.down', { lane: name })}
                    data-lane-move={`${setting.lane}-down`}
                    disabled={index === lanes.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    <span aria-hidden="true">↓</span>
                  </Button>
                </span>
              </li>
            )
          })}
        </ol>
      </Dialog.Block>
    </Dialog>
  )
}

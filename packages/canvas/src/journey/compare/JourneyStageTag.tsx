import { Tag } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import type { JourneyStage } from '@samkart/model'

/** «Som i dag» or «Ønsket» beside a journey's title; nothing when the journey is not marked. */
export function JourneyStageTag({ stage }: { stage: JourneyStage }) {
  const t = useT()
  if (stage === '') return null
  return (
    <Tag data-size="sm" data-color={stage === 'to-be' ? 'success' : 'neutral'}>
      {t(`journeyCompare.stage.${stage}`)}
    </Tag>
  )
}

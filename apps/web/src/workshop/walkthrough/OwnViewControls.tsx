import { Fieldset, Switch } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { useFacilitationState } from './FacilitationContext'

/** Each person's own calm: hide the others' cursors (remembered), and focus mode. */
export function OwnViewControls() {
  const t = useT()
  const facilitation = useFacilitationState()
  if (!facilitation) return null
  return (
    <Fieldset data-size="sm">
      <Fieldset.Legend>{t('facilitation.own.heading')}</Fieldset.Legend>
      <Switch
        data-size="sm"
        label={t('facilitation.own.hideCursors')}
        checked={facilitation.hideCursors}
        onChange={(event) => facilitation.setHideCursors(event.target.checked)}
      />
      <Switch
        data-size="sm"
        label={t('facilitation.own.focus')}
        description={t('facilitation.own.focusHelp')}
        checked={facilitation.ownFocus}
        onChange={(event) => facilitation.setOwnFocus(event.target.checked)}
      />
    </Fieldset>
  )
}

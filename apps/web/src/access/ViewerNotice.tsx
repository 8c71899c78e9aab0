import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import './access.css'

/** Tells a viewer why there are no editing controls, and how to get them. */
export function ViewerNotice() {
  const t = useT()
  return (
    <Alert data-color="info" data-size="sm" className="viewer-notice">
      <Heading level={2} data-size="2xs">
        {t('access.viewer.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('access.viewer.notice')}</Paragraph>
    </Alert>
  )
}

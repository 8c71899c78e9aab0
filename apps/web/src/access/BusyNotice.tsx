import { Alert } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import type { Busy } from './refusal'

/** The board or the server is full; the connection keeps retrying by itself meanwhile. */
export function BusyNotice({ busy }: { busy: Busy }) {
  const t = useT()
  return (
    <Alert data-color="warning" data-size="sm" className="busy-notice">
      {t(`access.busy.${busy}`)}
    </Alert>
  )
}

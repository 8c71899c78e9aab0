import type { ConnectionStatus as Status } from '@samkart/collab'
import { useT } from '@samkart/i18n/react'

/** One shape per status, so the state reads without colour too. */
function StatusIcon({ status }: { status: Status }) {
  const common = {
    'aria-hidden': true,
    focusable: false,
    width: 16,
    height: 16,
    viewBox: '0 0 16 16',
  } as const
  switch (status) {
    case 'live':
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="6" fill="currentColor" />
        </svg>
      )
    case 'syncing':
      // Two arrows round: edits on their way to the server.
      return (
        <svg {...common} className="status__spin">
          <path
            d="M13 8a5 5 0 0 1-8.5 3.5M3 8a5 5 0 0 1 8.5-3.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          />
          <path
            d="M11.5 1.5v3h-3M4.5 14.5v-3h3"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          />
        </svg>
      )
    case 'connecting':
      return (
        <svg {...common} className="status__spin">
          <path
            d="M8 2a6 6 0 1 1-6 6"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          />
        </svg>
      )
    case 'offline':
    case 'not-found':
    case 'refused':
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M4 12 12 4" stroke="currentColor" strokeWidth="2" />
        </svg>
      )
  }
}

/**
 * The connection status as icon and text («Kobler til …», «Live · lagret», «Synkroniserer …»,
 * «Frakoblet»), in a polite live region so changes are announced without moving focus. «Live»
 * is shown only once the server has stored every edit from this tab, hence «lagret».
 */
export function ConnectionStatus({ status }: { status: Status }) {
  const t = useT()
  return (
    <p className="status" data-status={status} role="status" title={t(`status.${status}`)}>
      <StatusIcon status={status} />
      <span className="ds-sr-only">{t('status.label')}: </span>
      <span className="status__text">{t(`status.${status}`)}</span>
      {status === 'live' && <span className="status__saved">· {t('status.saved')}</span>}
    </p>
  )
}

/** The icons of the board header's buttons. */
export type HeaderIconName = 'share' | 'export' | 'import' | 'globe' | 'undo' | 'redo' | 'history'

const STROKE = {
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.8,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const

function paths(name: HeaderIconName) {
  switch (name) {
    case 'share':
      return (
        <>
          <circle cx="18" cy="5" r="3" {...STROKE} />
          <circle cx="6" cy="12" r="3" {...STROKE} />
          <circle cx="18" cy="19" r="3" {...STROKE} />
          <path d="m8.6 13.5 6.8 4M15.4 6.5l-6.8 4" {...STROKE} />
        </>
      )
    case 'export':
      // An arrow down into a tray: a file leaves the board.
      return <path d="M12 3v12m-5-5 5 5 5-5M4 17v3h16v-3" {...STROKE} />
    case 'import':
      return <path d="M12 15V3m-5 5 5-5 5 5M4 17v3h16v-3" {...STROKE} />
    case 'globe':
      return (
        <g {...STROKE}>
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3Z" />
        </g>
      )
    case 'undo':
      return <path d="M8 5 4 9l4 4M4.5 9H15a5 5 0 0 1 0 10h-4" {...STROKE} />
    case 'redo':
      return <path d="m16 5 4 4-4 4M19.5 9H9a5 5 0 0 0 0 10h4" {...STROKE} />
    case 'history':
      // A clock with an arrow running back round it.
      return <path d="M3.5 12a8.5 8.5 0 1 0 2.5-6M3 3v4h4M12 7.5V12l3 2" {...STROKE} />
  }
}

/**
 * A 20 px line icon for a header button. Decorative: the button's text (shown, or visually
 * hidden where the header is narrow) names it.
 */
export function HeaderIcon({ name }: { name: HeaderIconName }) {
  return (
    <svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 24 24">
      {paths(name)}
    </svg>
  )
}

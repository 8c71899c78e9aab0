/** The «Gjennomgang» rail icon: a presentation board (decorative; the button is named). */
export function WalkthroughIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path
        d="M2 3h16M3 3v9h14V3M10 12v3M7 18l3-3 3 3M8 6l4 2.5L8 11z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}

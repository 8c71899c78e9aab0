import type { PersonaPicture as Picture } from '@samkart/model'

/** Props of {@link PersonaPicture}. */
export interface PersonaPictureProps {
  picture: Picture
  /** Edge length in pixels. */
  size?: number
}

const HEAD = { adult: [16, 10, 5], small: [16, 13, 4] } as const

/**
 * One of the built-in persona pictures, drawn as a simple figure in the current text colour.
 * Decorative: the persona's name (and the picture's name where it is chosen) carries the
 * meaning, so the drawing is hidden from assistive technology. `''` draws nothing.
 */
export function PersonaPicture({ picture, size = 32 }: PersonaPictureProps) {
  if (picture === '') return null
  return (
    <svg
      className="persona-picture"
      width={size}
      height={size}
      viewBox="0 0 32 32"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="16" cy="16" r="15.5" fill="var(--ds-color-neutral-surface-tinted)" />
      <g fill="currentColor">{figure(picture)}</g>
    </svg>
  )
}

function person(x: number, head: readonly [number, number, number], shoulders: number) {
  const [, cy, r] = head
  return (
    <g key={x}>
      <circle cx={x} cy={cy} r={r} />
      <path d={`M${x - shoulders} 29 a${shoulders} ${shoulders + 1} 0 0 1 ${shoulders * 2} 0 z`} />
    </g>
  )
}

function figure(picture: Exclude<Picture, ''>) {
  switch (picture) {
    case 'adult':
      return person(16, HEAD.adult, 9)
    case 'child':
      return person(16, HEAD.small, 7)
    case 'youth':
      return [person(16, [16, 11, 4.5], 8)]
    case 'elder':
      return [person(14, HEAD.adult, 8), <rect key="cane" x="23" y="15" width="1.6" height="14" />]
    case 'parent':
      return [person(12, [12, 9, 4.5], 7), person(22, [22, 16, 3], 5)]
    case 'family':
      return [
        person(9, [9, 10, 3.5], 5.5),
        person(23, [23, 10, 3.5], 5.5),
        person(16, [16, 17, 2.6], 4),
      ]
    case 'caseworker':
      return [
        person(16, HEAD.adult, 9),
        <rect
          key="folder"
          x="18"
          y="20"
          width="9"
          height="7"
          rx="1"
          fill="var(--ds-color-neutral-surface-default)"
          stroke="currentColor"
        />,
      ]
    case 'professional':
      return [
        person(16, HEAD.adult, 9),
        <path
          key="cross"
          d="M21 20h2v2h2v2h-2v2h-2v-2h-2v-2h2z"
          fill="var(--ds-color-neutral-surface-default)"
        />,
      ]
  }
}

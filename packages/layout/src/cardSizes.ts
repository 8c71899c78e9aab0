import type { CardSize } from './Rect'

/**
 * An actor card at full size, in flow units: the name on one line in 19-unit bold (13 px at
 * the 0.69 zoom that fits the matrix on a 1366×768 screen) over a category-and-level line. The
 * canvas sizes its cards to exactly this, and the exports draw the same box, so the placement
 * the canvas shows is the one the files show.
 */
export const CARD_FULL: Readonly<CardSize> = { width: 192, height: 64 }

/**
 * A card in a crowded matrix cell or lens quadrant: a chip with the category mark and the name
 * on one line. It expands to {@link CARD_FULL} on hover and focus in the canvas.
 */
export const CARD_COMPACT: Readonly<CardSize> = { width: 150, height: 36 }

/** Space kept between any two cards, so borders and focus rings never touch. */
export const CARD_GAP = 8

/**
 * A card drawn farther than this from its true point is `displaced`: the canvas and the exports
 * then draw a marker at the exact score and a leader line to the card.
 */
export const DISPLACED_THRESHOLD = 2

/**
 * How much closer than the gap a card may sit to its neighbours when it is put exactly on its
 * point. The document stores scores rounded to 4 decimals (0.12 units across the matrix), so a
 * new actor put on a free spot (`freeSpot`, which keeps half this in reserve) comes back from
 * the document a hair off that spot; without this slack it would be pushed aside by that hair.
 */
export const POSITION_TOLERANCE = 0.25

/**
 * The type sizes on a card, in flow units: the name on a full card and on a compact chip (the
 * same, since the name is what must read at 12 px when the matrix is fitted to a laptop), and
 * the category-and-level line. The canvas's CSS (matrix.css) and the exports use these.
 */
export const CARD_TYPE = { name: 19, chipName: 19, meta: 13 } as const

/**
 * The importance × substitutability catalogue (Klijn & Koppenjan, applied in the Digibarnevern
 * report's Tabell 15):
 *
 * | importance \ substitutability | high     | low      |
 * |-------------------------------|----------|----------|
 * | high                          | Moderat  | Viktig   |
 * | low                           | Lav      | Moderat  |
 */
export type ActorCategory = 'viktig' | 'moderat' | 'lav'

/** The categories from the most to the least important, the order keys and reports list them in. */
export const ACTOR_CATEGORIES: readonly ActorCategory[] = ['viktig', 'moderat', 'lav']

/** One of the four cells of the matrix, named by importance then substitutability. */
export type MatrixCell = 'high-high' | 'high-low' | 'low-high' | 'low-low'

/**
 * Scores at or above this value count as "high". The boundary belongs to the high side, so a
 * card placed exactly on the middle line reads as high importance / high substitutability.
 */
export const HIGH_THRESHOLD = 0.5

/** The matrix cell a pair of scores (each 0..1) falls in. */
export function matrixCell(importance: number, substitutability: number): MatrixCell {
  const imp = importance >= HIGH_THRESHOLD ? 'high' : 'low'
  const sub = substitutability >= HIGH_THRESHOLD ? 'high' : 'low'
  return `${imp}-${sub}`
}

/**
 * The category that follows from where a card sits: Viktig = high importance and low
 * substitutability; Lav = low importance and high substitutability; Moderat otherwise.
 */
export function actorCategory(importance: number, substitutability: number): ActorCategory {
  switch (matrixCell(importance, substitutability)) {
    case 'high-low':
      return 'viktig'
    case 'low-high':
      return 'lav'
    case 'high-high':
    case 'low-low':
      return 'moderat'
  }
}

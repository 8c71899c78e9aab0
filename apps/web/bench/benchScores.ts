/** One benchmark actor's four scores. */
export interface BenchScores {
  importance: number
  substitutability: number
  interest: number
  influence: number
}

/**
 * The scores of the benchmark boards' actors: a deterministic pseudo-random spread (Park–Miller,
 * seed 42), so every run measures the same board, and the plain React Flow baseline page puts
 * its nodes at exactly the places Samkart's actors have.
 */
export function benchScores(count: number): BenchScores[] {
  let seed = 42
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646
  return Array.from({ length: count }, () => ({
    importance: random(),
    substitutability: random(),
    interest: random(),
    influence: random(),
  }))
}

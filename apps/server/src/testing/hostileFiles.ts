/**
 * Request bodies for `POST /api/boards` that attackers and heavy users send: board files with
 * many entities, and JSON nested far deeper than any board file.
 */

/** A board file (JSON text) with `actors` actors and `relations` relations between them. */
export function boardFileJson(title: string, actors: number, relations = 0): string {
  const actorList = Array.from({ length: actors }, (_, i) => ({
    id: `a${i}`,
    name: `Aktør ${i}`,
    importance: (i % 97) / 97,
    substitutability: (i % 89) / 89,
  }))
  // Never an actor to itself: the offset runs through 1 … actors − 1.
  const relationList = Array.from({ length: relations }, (_, i) => ({
    id: `r${i}`,
    source: `a${i % actors}`,
    target: `a${((i % actors) + 1 + (Math.floor(i / actors) % (actors - 1))) % actors}`,
  }))
  return JSON.stringify({
    format: 'samkart-board',
    version: 1,
    exportedAt: '2026-01-01T00:00:00.000Z',
    board: { title, actors: actorList, relations: relationList },
  })
}

/** `POST /api/boards` body importing a board file given as JSON text. */
export const importBody = (fileJson: string) => `{"import":${fileJson}}`

/** A 4 MB body: an import whose file is two million nested arrays. */
export const deeplyNestedBody = (levels = 2_000_000) =>
  `{"import":${'['.repeat(levels)}${']'.repeat(levels)}}`

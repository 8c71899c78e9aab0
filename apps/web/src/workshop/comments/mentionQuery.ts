/** The `@name` being typed before the caret: where its `@` is and what follows it. */
export interface MentionQuery {
  /** Index of the `@` in the text. */
  start: number
  query: string
}

/**
 * The mention being typed at `caret`, if any: an `@` at the start or after a space, followed by
 * up to 40 characters without a line break or another `@`. A name may hold spaces («Anonym
 * rev»), so a space does not end the query; two spaces or a line break do.
 */
export function mentionQueryAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret)
  const match = /(?:^|\s)@((?:[^\s@]| (?! ))*)$/.exec(before)
  if (!match || match[1]!.length > 40) return null
  return { start: caret - match[1]!.length - 1, query: match[1]! }
}

/** People whose name starts with the query (or has a word that does), case-insensitively. */
export function matchingPeople<P extends { name: string }>(people: readonly P[], query: string) {
  const q = query.trim().toLocaleLowerCase()
  return people.filter((p) => {
    const name = p.name.toLocaleLowerCase()
    return name.startsWith(q) || name.split(/\s+/).some((word) => word.startsWith(q))
  })
}

/** Replaces the query at `mention` with `@name ` and returns the new text and caret. */
export function insertMention(
  text: string,
  caret: number,
  mention: MentionQuery,
  name: string,
): { text: string; caret: number } {
  const inserted = `@${name} `
  return {
    text: text.slice(0, mention.start) + inserted + text.slice(caret),
    caret: mention.start + inserted.length,
  }
}

/** The chosen people whose `@name` is still in the text: the comment's mentions. */
export function mentionsIn(text: string, chosen: ReadonlyMap<string, string>): string[] {
  const ids: string[] = []
  for (const [participantId, name] of chosen) if (text.includes(`@${name}`)) ids.push(participantId)
  return ids
}

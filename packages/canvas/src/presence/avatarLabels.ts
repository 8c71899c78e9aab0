/** A person as the avatar list needs them. */
export interface AvatarPerson {
  clientId: number
  name: string
}

const letters = (word: string) => [...word].filter((c) => /\p{L}|\p{N}/u.test(c))
const upperFirst = (chars: string[]) =>
  chars.length ? chars[0]!.toLocaleUpperCase('nb') + chars.slice(1).join('') : ''

/** The texts an avatar may show, from the shortest: initials first, then longer ones. */
function candidates(name: string): string[] {
  const words = name
    .split(/\s+/)
    .map(letters)
    .filter((w) => w.length > 0)
  if (words.length === 0) return ['?']
  const first = words[0]!
  const last = words[words.length - 1]!
  if (words.length === 1) return [upperFirst(first.slice(0, 2)), upperFirst(first.slice(0, 3))]
  const initials = (first[0]! + last[0]!).toLocaleUpperCase('nb')
  return [initials, initials + last.slice(1, 2).join('').toLocaleLowerCase('nb')]
}

/**
 * The text in each person's avatar, never the same for two people on the board: their
 * initials («KN»), and where two share those, a letter more of the last name («KNo», «KNi»);
 * identical names get a number. People earlier in the room (lower client id) keep the shorter
 * text, so an avatar does not change when someone else arrives.
 */
export function avatarLabels(people: readonly AvatarPerson[]): Map<number, string> {
  const labels = new Map<number, string>()
  const used = new Set<string>()
  for (const person of [...people].sort((a, b) => a.clientId - b.clientId)) {
    const options = candidates(person.name)
    let label = options.find((c) => !used.has(c))
    for (let n = 2; !label; n++) if (!used.has(`${options[0]}${n}`)) label = `${options[0]}${n}`
    used.add(label)
    labels.set(person.clientId, label)
  }
  return labels
}

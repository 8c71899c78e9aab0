/** Values for a message's `{placeholders}`. */
export type MessageParams = Readonly<Record<string, string | number>>

/**
 * One piece of a parsed message: text, a `{name}` placeholder, or a plural choice
 * `{name, plural, =0 {…} one {…} other {…}}` whose branches are messages themselves (`#` in a
 * branch is the number).
 */
export type MessagePart =
  | { kind: 'text'; text: string }
  | { kind: 'value'; name: string }
  | { kind: 'plural'; name: string; branches: ReadonlyMap<string, MessagePart[]> }
  | { kind: 'number' }

/**
 * Parses the subset of ICU MessageFormat the catalogues use: plain text, `{name}` and
 * `{name, plural, …}` with `=N`, `zero`, `one`, `two`, `few`, `many` and `other` branches. A
 * brace that opens nothing of these is kept as text, so a stray `{` never breaks a message.
 */
export function parseMessage(source: string, inPlural = false): MessagePart[] {
  const parts: MessagePart[] = []
  let text = ''
  let i = 0
  const flush = () => {
    if (text) parts.push({ kind: 'text', text })
    text = ''
  }
  while (i < source.length) {
    const c = source[i]!
    if (c === '#' && inPlural) {
      flush()
      parts.push({ kind: 'number' })
      i++
      continue
    }
    if (c !== '{') {
      text += c
      i++
      continue
    }
    const close = matchingBrace(source, i)
    if (close < 0) {
      text += c
      i++
      continue
    }
    const inner = source.slice(i + 1, close)
    const simple = /^(\w+)$/.exec(inner)
    const plural = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner)
    if (simple) {
      flush()
      parts.push({ kind: 'value', name: simple[1]! })
    } else if (plural) {
      flush()
      parts.push({ kind: 'plural', name: plural[1]!, branches: parseBranches(plural[2]!) })
    } else text += source.slice(i, close + 1)
    i = close + 1
  }
  flush()
  return parts
}

function matchingBrace(source: string, open: number): number {
  let depth = 0
  for (let i = open; i < source.length; i++) {
    if (source[i] === '{') depth++
    else if (source[i] === '}' && --depth === 0) return i
  }
  return -1
}

function parseBranches(source: string): Map<string, MessagePart[]> {
  const branches = new Map<string, MessagePart[]>()
  const selector = /\s*(=\d+|zero|one|two|few|many|other)\s*\{/y
  let i = 0
  while (i < source.length) {
    selector.lastIndex = i
    const m = selector.exec(source)
    if (!m) break
    const open = selector.lastIndex - 1
    const close = matchingBrace(source, open)
    if (close < 0) break
    branches.set(m[1]!, parseMessage(source.slice(open + 1, close), true))
    i = close + 1
  }
  return branches
}

/** Formats numbers and picks plural forms for one language. */
export interface MessageLocale {
  plural: Intl.PluralRules
  number: Intl.NumberFormat
}

/** The plural rules and number format of an `Intl` locale tag (e.g. `nn-NO`). */
export function messageLocale(tag: string): MessageLocale {
  return { plural: new Intl.PluralRules(tag), number: new Intl.NumberFormat(tag) }
}

/**
 * Fills a parsed message. A placeholder without a value is left as written (`{name}`), so a
 * forgotten parameter shows up in the UI instead of silently disappearing; a plural whose
 * value is not a number takes its `other` branch.
 *
 * The pieces are joined at the end rather than added up with `+=`: V8 keeps a string built by
 * `+` as a tree of pieces until something reads it, and a big board holds thousands of
 * messages (every relation's accessible name) that nothing reads until they are drawn; joined,
 * each is one flat string: for an eight-piece message, 108 bytes instead of 331 in Node 20
 * (docs/performance.md, «Big boards»).
 */
export function renderMessage(
  parts: readonly MessagePart[],
  params: MessageParams,
  locale: MessageLocale,
  count?: number,
): string {
  const out: string[] = []
  for (const part of parts) {
    switch (part.kind) {
      case 'text':
        out.push(part.text)
        break
      case 'number':
        out.push(count === undefined ? '#' : locale.number.format(count))
        break
      case 'value': {
        const value = params[part.name]
        out.push(value === undefined ? `{${part.name}}` : String(value))
        break
      }
      case 'plural': {
        const value = Number(params[part.name])
        const n = Number.isFinite(value) ? value : NaN
        const branch =
          part.branches.get(`=${n}`) ??
          (Number.isNaN(n) ? undefined : part.branches.get(locale.plural.select(n))) ??
          part.branches.get('other') ??
          []
        out.push(renderMessage(branch, params, locale, Number.isNaN(n) ? undefined : n))
        break
      }
    }
  }
  return out.join('')
}

/** The names a message uses (placeholders and plural selectors), sorted, each once. */
export function messageParams(parts: readonly MessagePart[]): string[] {
  const names = new Set<string>()
  const walk = (list: readonly MessagePart[]) => {
    for (const part of list) {
      if (part.kind === 'value') names.add(part.name)
      if (part.kind === 'plural') {
        names.add(part.name)
        for (const branch of part.branches.values()) walk(branch)
      }
    }
  }
  walk(parts)
  return [...names].sort()
}

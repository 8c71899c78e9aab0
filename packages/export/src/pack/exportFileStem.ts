import type { BoardData } from '../board/BoardData'

const LETTERS: Readonly<Record<string, string>> = { æ: 'ae', ø: 'o', å: 'a', ß: 'ss' }

/**
 * A file-name stem for a board: its title in lower case ASCII (`æ`→`ae`, `ø`→`o`, `å`→`a`,
 * other accents dropped), words joined by `-`, at most 60 characters, `samkart` when nothing is
 * left, plus the date (`alvorlig-sykt-barn-2025-03-01`). Safe on every file system.
 */
export function exportFileStem(board: BoardData, options: { now?: Date } = {}): string {
  const slug = board.meta.title
    .toLowerCase()
    .replace(/[æøåß]/g, (c) => LETTERS[c]!)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  const date = (options.now ?? new Date()).toISOString().slice(0, 10)
  return `${slug || 'samkart'}-${date}`
}

#!/usr/bin/env tsx
/**
 * The `samkart` command (`pnpm samkart <command> …` at the repository root), for scripted work
 * beside a running server. Commands:
 * - `export <boardId> --format … --out …`: see {@link exportCommand}.
 * - `boards`: the stored boards; see {@link boardsCommand}.
 * - `link <boardId> [--role …]`: a new share link; see {@link linkCommand}.
 * - `versions <boardId>`: a board's stored versions; see {@link versionsCommand}.
 * - `registry import <file>` / `registry search <text>`: see {@link registryCommand}.
 * - `migrate --from <folder> --to postgres://…`: see {@link migrateCommand}.
 */
import { BOARDS_USAGE, boardsCommand } from './boardsCommand'
import { type CommandIo, EXPORT_USAGE, exportCommand } from './exportCommand'
import { LINK_USAGE, linkCommand } from './linkCommand'
import { VERSIONS_USAGE, versionsCommand } from './versionsCommand'
import { REGISTRY_USAGE, registryCommand } from './registryCommand'
import { MIGRATE_USAGE, migrateCommand } from './migrateCommand'

const USAGE = `Usage: pnpm samkart <command> …

Commands:
  export   write a stored board as PDF, PNG, SVG, JSON, XLSX, CSV or an export pack (ZIP)
  boards   list the stored boards
  link     make a new share link for a board (e.g. a facilitator link for an old board)
  versions list a board's stored versions (export one with export --version)
  registry load Enhetsregisteret's organisations for suggestions when adding actors
  migrate  copy a SQLite data folder into PostgreSQL (for running several instances)

${EXPORT_USAGE}

${BOARDS_USAGE}

${LINK_USAGE}

${VERSIONS_USAGE}

${REGISTRY_USAGE}

${MIGRATE_USAGE}`

const io: CommandIo = {
  env: process.env,
  cwd: process.env.INIT_CWD ?? process.cwd(),
  stdout: (data) => process.stdout.write(data),
  stderr: (line) => process.stderr.write(`${line}\n`),
}

const [command, ...rest] = process.argv.slice(2)
let code: number
switch (command) {
  case 'export':
    code = await exportCommand(rest, io)
    break
  case 'boards':
    code = await boardsCommand(rest, io)
    break
  case 'link':
    code = await linkCommand(rest, io)
    break
  case 'versions':
    code = await versionsCommand(rest, io)
    break
  case 'registry':
    code = await registryCommand(rest, io)
    break
  case 'migrate':
    code = await migrateCommand(rest, io)
    break
  case undefined:
  case '--help':
  case 'help':
    io.stdout(`${USAGE}\n`)
    code = command === undefined ? 2 : 0
    break
  default:
    io.stderr(`samkart: unknown command ${JSON.stringify(command)}\n\n${USAGE}`)
    code = 2
}
process.exitCode = code

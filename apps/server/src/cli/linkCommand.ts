import { AccessControl } from '../access/AccessControl'
import { loadSecretKey } from '../access/loadSecretKey'
import { ROLES, type Role } from '../access/Role'
import { SqliteLinkStore } from '../access/SqliteLinkStore'
import { TokenSigner } from '../access/TokenSigner'
import { SqliteStorage } from '../storage/SqliteStorage'
import { readCommandLine, serverConfigFor } from './commandLine'
import type { CommandIo, ExitCode } from './exportCommand'

export const LINK_USAGE = `Usage: pnpm samkart link <boardId> [options]

Makes a new share link for a stored board and prints it: for a board made before share links
existed, or when nobody has a facilitator link any more. Works while the server runs; the
link works at once. Revoke it in the board's «Del tavla» dialog like any other.

  --role     facilitator | editor | viewer (default facilitator)
  --url      the address people open Samkart at (default http://<host>:<port> from
             SAMKART_HOST and SAMKART_PORT, else http://127.0.0.1:3000)
  --data-dir folder holding samkart.sqlite (default: SAMKART_DATA_DIR, else ./data)
  --help     show this text`

interface LinkArgs {
  boardId: string
  role: Role
  baseUrl: string
  dataDir: string
}

function parse(argv: readonly string[], io: CommandIo): LinkArgs | string | 'help' {
  const line = readCommandLine(argv, ['role', 'url'])
  if (typeof line === 'string') return line
  const { values, positionals } = line
  if (values.help) return 'help'
  if (positionals.length !== 1) return 'give exactly one board id'
  const role = (values.role ?? 'facilitator') as Role
  if (!ROLES.includes(role)) return `--role must be one of ${ROLES.join(', ')}`
  const config = serverConfigFor(line, io)
  if (typeof config === 'string') return config
  const { host, port, dataDir } = config
  let baseUrl = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`
  if (typeof values.url === 'string') {
    try {
      const url = new URL(values.url)
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error()
      baseUrl = url.origin + url.pathname.replace(/\/+$/, '')
    } catch {
      return `--url must be an http(s) address, such as https://samkart.example.no`
    }
  }
  return { boardId: positionals[0]!, role, baseUrl, dataDir }
}

/**
 * `samkart link`: creates a share link in the server's storage (the same table and secret the
 * server uses, so the running server accepts it at once) and prints its address.
 */
export async function linkCommand(argv: readonly string[], io: CommandIo): Promise<ExitCode> {
  const args = parse(argv, io)
  if (args === 'help') {
    io.stdout(`${LINK_USAGE}\n`)
    return 0
  }
  if (typeof args === 'string') {
    io.stderr(`samkart link: ${args}\n\n${LINK_USAGE}`)
    return 2
  }
  let storage: SqliteStorage
  try {
    // Read-only and refusing a missing file: this command never creates a data folder.
    storage = SqliteStorage.openReadOnly(args.dataDir)
  } catch (err) {
    io.stderr(`samkart link: cannot read the board storage in ${args.dataDir}: ${String(err)}`)
    return 1
  }
  try {
    const board = await storage.getBoard(args.boardId)
    if (!board) {
      io.stderr(`samkart link: no board with id ${JSON.stringify(args.boardId)} in ${args.dataDir}`)
      return 1
    }
    const links = SqliteLinkStore.open(args.dataDir)
    try {
      const access = new AccessControl({
        mode: 'tokens',
        create: 'open',
        adminToken: '',
        signer: new TokenSigner(loadSecretKey(args.dataDir)),
        links,
        boardExists: async (id) => (await storage.getBoard(id)) !== undefined,
      })
      const link = await access.createLink(board.id, args.role, null)
      io.stdout(`${args.baseUrl}/b/${encodeURIComponent(board.id)}#token=${link.token!}\n`)
      io.stderr(`samkart link: ${args.role} link for «${board.title}» (${board.id})`)
    } finally {
      await links.close()
    }
    return 0
  } finally {
    await storage.close()
  }
}

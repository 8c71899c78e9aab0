import { AccessControl } from '../src/access/AccessControl'
import { SqliteLinkStore } from '../src/access/SqliteLinkStore'
import { TokenSigner } from '../src/access/TokenSigner'
import { SqliteStorage } from '../src/storage/SqliteStorage'

/**
 * The check itself, without sockets: `authorize` for a valid token (HMAC, claims, one SQLite
 * lookup of the link), a forged one (HMAC only) and with open access, many times in a row.
 */
export async function checkCost(dataDir: string): Promise<void> {
  const storage = SqliteStorage.open(dataDir)
  const links = SqliteLinkStore.open(dataDir)
  await storage.createBoard({ id: 'board', title: 'Tavle', createdAt: '' }, new Uint8Array([0, 0]))
  const options = {
    create: 'open' as const,
    adminToken: '',
    signer: new TokenSigner(new Uint8Array(32).fill(1)),
    links,
    boardExists: async () => true,
  }
  const tokens = new AccessControl({ ...options, mode: 'tokens' })
  const open = new AccessControl({ ...options, mode: 'open' })
  for (let i = 0; i < 100; i++) await tokens.createLink('board', 'viewer', null)
  const valid = (await tokens.listLinks('board')).map((l) => l.token!)
  const forged = valid[0]!.slice(0, -2) + (valid[0]!.endsWith('AA') ? 'BB' : 'AA')
  const time = async (label: string, control: AccessControl, token: () => string) => {
    const runs = 20_000
    for (let i = 0; i < 2000; i++) await control.authorize(token(), 'board') // warm-up
    const start = performance.now()
    for (let i = 0; i < runs; i++) await control.authorize(token(), 'board')
    const perCheck = ((performance.now() - start) / runs) * 1000
    console.log(`  ${label.padEnd(46)} ${perCheck.toFixed(1).padStart(6)} µs per check`)
  }
  console.log('\n(d) One access check (AccessControl.authorize), 20,000 in a row, in this process')
  let n = 0
  await time('valid token (HMAC + claims + link lookup)', tokens, () => valid[n++ % valid.length]!)
  await time('forged token (HMAC only, no lookup)', tokens, () => forged)
  await time('open access (no check)', open, () => '')
  await links.close()
  await storage.close()
}

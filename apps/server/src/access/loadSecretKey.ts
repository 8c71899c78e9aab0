import { randomBytes } from 'node:crypto'
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** File name of the token secret inside the data folder. */
export const SECRET_KEY_FILE = 'secret.key'
/** Length of the secret: 32 random bytes, the size of an HMAC-SHA256 block's output. */
export const SECRET_KEY_BYTES = 32

/**
 * Reads `<dataDir>/secret.key`, creating it (32 random bytes, mode 0600) on first start.
 * Every share link's token is signed with it, so it must outlive restarts: losing it
 * invalidates every link. A file of the wrong size is refused rather than replaced, since
 * replacing it would silently lock everyone out.
 */
export function loadSecretKey(dataDir: string): Buffer {
  mkdirSync(dataDir, { recursive: true })
  const path = join(dataDir, SECRET_KEY_FILE)
  try {
    // `wx`: create only if absent, so two processes starting at once cannot both write one.
    writeFileSync(path, randomBytes(SECRET_KEY_BYTES), { flag: 'wx', mode: 0o600 })
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
  }
  const secret = readFileSync(path)
  if (secret.length !== SECRET_KEY_BYTES)
    throw new Error(
      `${path} holds ${secret.length} bytes, not ${SECRET_KEY_BYTES}; restore it from a backup ` +
        'or delete it to make a new one (every share link then stops working)',
    )
  // Someone may have copied the file in with looser permissions; tighten them on POSIX.
  if (process.platform !== 'win32' && (statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600)
  return secret
}

/** A stable entity id: URL-safe, 16 characters, collision-free in practice across clients. */
export type EntityId = string & { readonly __brand?: 'EntityId' }

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'

/**
 * Creates a random id from the platform's CSPRNG (Web Crypto, in browsers and Node 20).
 * 16 base-62 characters give ~95 bits, so ids made offline by different clients never clash.
 */
export function createId(): EntityId {
  const bytes = new Uint8Array(16)
  globalThis.crypto.getRandomValues(bytes)
  let id = ''
  for (const b of bytes) id += ALPHABET[b % 62]
  return id
}

const ID_PATTERN = /^[0-9A-Za-z_-]{1,64}$/

/** True for strings that can be used as entity or board ids. */
export function isValidId(value: unknown): value is EntityId {
  return typeof value === 'string' && ID_PATTERN.test(value)
}

import { createId } from '@samkart/model'

const KEY = 'samkart.voterKey'
/** Used where the browser stores nothing (some private windows): dots last for this page. */
let pageKey: string | null = null

/**
 * This browser's voter key: a random secret kept beside its participant id, sent with every
 * voting call (`X-Samkart-Voter-Key`). The participant id is public in the room; the key proves
 * the id is this browser's, so nobody else can read or change its dots.
 */
export function voterKey(): string {
  try {
    const stored = window.localStorage.getItem(KEY)
    if (stored && /^[0-9A-Za-z_-]{16,128}$/.test(stored)) return stored
    const fresh = `${createId()}${createId()}`
    window.localStorage.setItem(KEY, fresh)
    return fresh
  } catch {
    return (pageKey ??= `${createId()}${createId()}`)
  }
}

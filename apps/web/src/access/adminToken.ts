/** Where the administrator key is kept: this tab only, gone when it closes. */
const KEY = 'samkart.adminToken'

/** The administrator key given in this tab, or `''`. */
export function readAdminToken(): string {
  try {
    return window.sessionStorage.getItem(KEY) ?? ''
  } catch {
    return ''
  }
}

/** Remembers the administrator key for this tab (`''` forgets it). */
export function storeAdminToken(token: string): void {
  try {
    if (token) window.sessionStorage.setItem(KEY, token)
    else window.sessionStorage.removeItem(KEY)
  } catch {
    // Storage forbidden: the key is asked for again next time, which is safe.
  }
}

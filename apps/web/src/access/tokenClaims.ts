import { type TokenClaims, claimsFromPayload } from '@samkart/model'

export type { TokenClaims }

function base64UrlDecode(part: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(part)) return null
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/')
  try {
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4))
    return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)))
  } catch {
    return null
  }
}

/**
 * Reads the payload of a share token (`base64url(JSON).signature`, payload
 * `{ v: 1, b, l, r, e }`), or `null` if it is not one. The app uses it only to show the right
 * controls before the server has answered (and while offline); the server checks every request
 * and connection itself, so a forged claim gains nothing.
 */
export function readTokenClaims(token: string): TokenClaims | null {
  const [payload, signature, ...rest] = token.split('.')
  if (!payload || !signature || rest.length > 0) return null
  const json = base64UrlDecode(payload)
  if (json === null) return null
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    return null
  }
  return claimsFromPayload(value)
}

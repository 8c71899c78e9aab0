/**
 * Why the server refused a request, as the API's error body carries it (`{ error: { code,
 * message } }`): a stable code the web app translates, English for logs, and the HTTP status.
 */
export interface ApiRefusal {
  status: 400 | 403 | 404 | 409
  code: string
  message: string
}

/** A parsed request body, or why it is not one. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; refusal: ApiRefusal }

/** A 400 refusal with `code` and `message`. */
export const badRequest = <T>(code: string, message: string): Parsed<T> => ({
  ok: false,
  refusal: { status: 400, code, message },
})

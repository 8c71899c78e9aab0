import type { ImportError } from '@samkart/export'

/**
 * A picked file's bytes, refused before reading when it is larger than `maxBytes` (the
 * parsers check again; this only saves reading a huge file into memory for nothing).
 */
export async function readFileBytes(
  file: File,
  maxBytes: number,
): Promise<{ ok: true; value: Uint8Array } | { ok: false; error: ImportError }> {
  if (file.size > maxBytes)
    return {
      ok: false,
      error: { code: 'too_large', message: 'file too large', params: { max: maxBytes } },
    }
  return { ok: true, value: new Uint8Array(await file.arrayBuffer()) }
}

/**
 * Copies `text` to the clipboard. Resolves `false` where the browser refuses (no permission, an
 * insecure origin, an old browser); the caller then shows the text for copying by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}

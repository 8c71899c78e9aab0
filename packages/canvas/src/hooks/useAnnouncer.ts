import { useCallback, useState } from 'react'

/**
 * A message for a polite live region, for things that happen without a visible focus change
 * (a card moved by keyboard, a card deleted). Repeating the same text would not be re-read, so
 * every other message gets an invisible trailing character.
 */
export function useAnnouncer(): { message: string; announce: (text: string) => void } {
  const [message, setMessage] = useState('')
  const announce = useCallback(
    (text: string) => setMessage((prev) => (prev === text ? `${text}\u00a0` : text)),
    [],
  )
  return { message, announce }
}

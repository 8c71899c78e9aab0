/**
 * A link's expiry is chosen as a date (`<input type="date">`, `YYYY-MM-DD`) and means "works
 * up to and including that day", in the facilitator's own time zone: it ends at the following
 * local midnight.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Today as `YYYY-MM-DD` in local time: the earliest date the field offers. */
export function localDateInput(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/**
 * The expiry instant (ISO 8601) for a chosen date, or `null` for anything that is not a real
 * date on or after `now`'s day.
 */
export function expiryFromDate(value: string, now: Date): string | null {
  const match = DATE.exec(value)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const start = new Date(year, month - 1, day)
  if (start.getFullYear() !== year || start.getMonth() !== month - 1 || start.getDate() !== day)
    return null
  if (value < localDateInput(now)) return null
  return new Date(year, month - 1, day + 1).toISOString()
}

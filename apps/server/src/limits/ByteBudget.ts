/**
 * A cap on bytes held at once (messages waiting to be handled): {@link ByteBudget.take} before
 * holding, {@link ByteBudget.give} back once done. A refusal holds nothing, so the count never
 * passes the cap.
 */
export class ByteBudget {
  private used = 0

  /** @param cap the most bytes held at once */
  constructor(readonly cap: number) {}

  /** Bytes held now. */
  get held(): number {
    return this.used
  }

  /** Counts `bytes` as held; `false` (and nothing counted) if that would pass the cap. */
  take(bytes: number): boolean {
    if (this.used + bytes > this.cap) return false
    this.used += bytes
    return true
  }

  /** Gives back bytes taken earlier. */
  give(bytes: number): void {
    this.used = Math.max(0, this.used - bytes)
  }
}

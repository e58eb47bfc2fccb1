/**
 * Backoff after failed logins, per email and per address: after 3 failures each further attempt
 * must wait twice as long as the last (1 s, 2 s, 4 s … up to 15 minutes). A success clears it.
 */
export class LoginThrottle {
  private failures = new Map<string, { count: number; until: number }>()

  /** Seconds until the next attempt is allowed for any of these keys (0: now). */
  wait(keys: string[], now = Date.now()): number {
    let until = 0
    for (const k of keys) until = Math.max(until, this.failures.get(k)?.until ?? 0)
    return until > now ? Math.ceil((until - now) / 1000) : 0
  }

  fail(keys: string[], now = Date.now()) {
    for (const k of keys) {
      const count = (this.failures.get(k)?.count ?? 0) + 1
      const delay = count <= 3 ? 0 : Math.min(15 * 60_000, 1000 * 2 ** (count - 4))
      this.failures.set(k, { count, until: now + delay })
    }
    if (this.failures.size > 50_000)
      for (const [k, v] of this.failures) if (v.until < now) this.failures.delete(k)
  }

  succeed(keys: string[]) {
    for (const k of keys) this.failures.delete(k)
  }
}

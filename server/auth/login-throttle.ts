import type { Limit, LimitMaker } from '../services/limits'

const DAY_S = 24 * 3600
const MAX_DELAY_S = 15 * 60

/**
 * Backoff after failed logins, per email and per address: after 3 failures (within a day) each
 * further attempt must wait twice as long as the last (1 s, 2 s, 4 s … up to 15 minutes). A success
 * clears it. Counted in the shared limit store, so every instance sees the same failures.
 */
export class LoginThrottle {
  private readonly failures: Limit
  /** A key is blocked while its count is over this limiter's single point. */
  private readonly blocks: Limit

  constructor(make: LimitMaker) {
    this.failures = make('login-fail', Number.MAX_SAFE_INTEGER, DAY_S)
    this.blocks = make('login-block', 1, 1)
  }

  /** Seconds until the next attempt is allowed for any of these keys (0: now). */
  async wait(keys: string[]): Promise<number> {
    let ms = 0
    for (const k of keys) {
      const res = await this.blocks.get(k)
      if (res && res.consumedPoints > this.blocks.points) ms = Math.max(ms, res.msBeforeNext)
    }
    return ms > 0 ? Math.ceil(ms / 1000) : 0
  }

  async fail(keys: string[]): Promise<void> {
    for (const k of keys) {
      const { consumedPoints: count } = await this.failures.penalty(k, 1)
      if (count > 3) await this.blocks.block(k, Math.min(MAX_DELAY_S, 2 ** (count - 4)))
    }
  }

  async succeed(keys: string[]): Promise<void> {
    for (const k of keys) await Promise.all([this.failures.delete(k), this.blocks.delete(k)])
  }
}

import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
} from 'rate-limiter-flexible'
import type { Database } from '../db/client'

/** A counter per key over a fixed window (rate-limiter-flexible). */
export type Limit = RateLimiterAbstract

/** Makes a limit of `points` per key per `seconds`, named `name` (the keys' prefix). */
export type LimitMaker = (name: string, points: number, seconds: number) => Limit

/**
 * Limits counted where every instance sees them: in PostgreSQL (the `rate_limits` table, migration
 * 0007) when the app runs on a server database, so N instances behind a load balancer allow the
 * configured count and not N times it; in memory on the embedded database, which one process owns.
 * Should PostgreSQL stop answering, each instance counts on its own until it is back, so a
 * database hiccup does not turn into refused customers.
 */
export function limitMaker(database: Database): LimitMaker {
  const pool = database.pool
  if (!pool) return (name, points, seconds) => new RateLimiterMemory(opts(name, points, seconds))
  return (name, points, seconds) =>
    new RateLimiterPostgres({
      ...opts(name, points, seconds),
      storeClient: pool,
      storeType: 'pool',
      tableName: 'rate_limits',
      tableCreated: true,
      insuranceLimiter: new RateLimiterMemory(opts(name, points, seconds)),
    })
}

const opts = (keyPrefix: string, points: number, duration: number) => ({
  keyPrefix,
  points,
  duration,
})

/**
 * Counts one request for `key`: 0 when it may go ahead, else the seconds until the window opens
 * again (at least 1). Store errors other than the limit itself are thrown.
 */
export async function take(limit: Limit, key: string): Promise<number> {
  try {
    await limit.consume(key)
    return 0
  } catch (e) {
    if (e instanceof RateLimiterRes) return Math.max(1, Math.ceil(e.msBeforeNext / 1000))
    throw e
  }
}

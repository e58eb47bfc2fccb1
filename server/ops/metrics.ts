import { timingSafeEqual } from 'node:crypto'
import { eq, sql } from 'drizzle-orm'
import type { MiddlewareHandler } from 'hono'
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client'
import type { Deps } from '../context'
import { escalations, webhookDeliveries } from '../db/schema'
import type { Env } from '../env'

/** Metrics are served only when asked for: on their own port, or behind a bearer token. */
export function metricsEnabled(env: Env): boolean {
  return env.METRICS_PORT !== undefined || env.METRICS_TOKEN !== undefined
}

/**
 * The server's Prometheus metrics (prom-client): Node's own (event loop lag, GC, heap, resident
 * memory, handles), HTTP requests by route and status, and the app's gauges, read at scrape time:
 * open WebSockets, customers waiting, webhook and CRM deliveries pending.
 */
export class AppMetrics {
  readonly registry = new Registry()
  private readonly requests: Counter<'method' | 'route' | 'status'>
  private readonly latency: Histogram<'method' | 'route'>

  constructor(deps: Pick<Deps, 'db' | 'hub'>) {
    const registers = [this.registry]
    collectDefaultMetrics({ register: this.registry })
    this.requests = new Counter({
      name: 'fixpoint_http_requests_total',
      help: 'HTTP requests by route and status.',
      labelNames: ['method', 'route', 'status'],
      registers,
    })
    this.latency = new Histogram({
      name: 'fixpoint_http_request_duration_seconds',
      help: 'HTTP request latency by route.',
      labelNames: ['method', 'route'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    })
    new Gauge({
      name: 'fixpoint_websocket_connections',
      help: 'Open WebSocket connections on this instance.',
      registers,
      collect() {
        this.set(deps.hub.size)
      },
    })
    new Gauge({
      name: 'fixpoint_queue_waiting',
      help: 'Customers waiting for an agent (all instances).',
      registers,
      async collect() {
        const [row] = await deps.db
          .select({ n: sql<number>`count(*)::int` })
          .from(escalations)
          .where(eq(escalations.status, 'waiting'))
        this.set(row?.n ?? 0)
      },
    })
    new Gauge({
      name: 'fixpoint_webhook_deliveries_pending',
      help: 'Webhook and CRM deliveries not yet delivered nor given up (all instances).',
      registers,
      async collect() {
        const [row] = await deps.db
          .select({ n: sql<number>`count(*)::int` })
          .from(webhookDeliveries)
          .where(eq(webhookDeliveries.state, 'pending'))
        this.set(row?.n ?? 0)
      },
    })
  }

  /** Counts every API request by its route pattern (not its path: ids would explode the series). */
  middleware(): MiddlewareHandler {
    return async (c, next) => {
      const end = this.latency.startTimer()
      await next()
      const route = c.req.routePath || 'unmatched'
      end({ method: c.req.method, route })
      this.requests.inc({ method: c.req.method, route, status: String(c.res.status) })
    }
  }

  /** The exposition text and its content type. */
  async scrape(): Promise<{ body: string; contentType: string }> {
    return { body: await this.registry.metrics(), contentType: this.registry.contentType }
  }
}

/** True when the `Authorization` header is `Bearer <token>`, compared in constant time. */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '')
  const wanted = Buffer.from(token)
  return given.length === wanted.length && timingSafeEqual(given, wanted)
}

import type { MiddlewareHandler } from 'hono'

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]

type Series = { count: number; sum: number; buckets: number[] }

/** Request rate and latency by route, in the Prometheus text format. */
export class Metrics {
  private requests = new Map<string, number>()
  private latency = new Map<string, Series>()

  middleware(): MiddlewareHandler {
    return async (c, next) => {
      const start = performance.now()
      await next()
      const seconds = (performance.now() - start) / 1000
      const route = c.req.routePath || 'unmatched'
      const key = `method="${c.req.method}",route="${route.replace(/"/g, '')}"`
      const withStatus = `${key},status="${c.res.status}"`
      this.requests.set(withStatus, (this.requests.get(withStatus) ?? 0) + 1)
      const s = this.latency.get(key) ?? { count: 0, sum: 0, buckets: BUCKETS.map(() => 0) }
      s.count++
      s.sum += seconds
      BUCKETS.forEach((b, i) => {
        if (seconds <= b) s.buckets[i] = (s.buckets[i] ?? 0) + 1
      })
      this.latency.set(key, s)
    }
  }

  render(gauges: Record<string, { help: string; value: number }>): string {
    const out: string[] = [
      '# HELP fixpoint_http_requests_total HTTP requests by route and status.',
      '# TYPE fixpoint_http_requests_total counter',
    ]
    for (const [labels, n] of this.requests)
      out.push(`fixpoint_http_requests_total{${labels}} ${n}`)
    out.push(
      '# HELP fixpoint_http_request_duration_seconds HTTP request latency by route.',
      '# TYPE fixpoint_http_request_duration_seconds histogram',
    )
    for (const [labels, s] of this.latency) {
      BUCKETS.forEach((b, i) => {
        out.push(
          `fixpoint_http_request_duration_seconds_bucket{${labels},le="${b}"} ${s.buckets[i]}`,
        )
      })
      out.push(`fixpoint_http_request_duration_seconds_bucket{${labels},le="+Inf"} ${s.count}`)
      out.push(`fixpoint_http_request_duration_seconds_sum{${labels}} ${s.sum}`)
      out.push(`fixpoint_http_request_duration_seconds_count{${labels}} ${s.count}`)
    }
    for (const [name, g] of Object.entries(gauges)) {
      out.push(`# HELP ${name} ${g.help}`, `# TYPE ${name} gauge`, `${name} ${g.value}`)
    }
    return `${out.join('\n')}\n`
  }
}

import { Agent, request } from 'undici'

export type LoadResult = { requests: number; errors: number; rps: number; p50: number; p99: number }

function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number
}

/** Closed-loop load: `concurrency` clients each send the next request when the last one answered. */
export async function load(
  url: string,
  opts: { seconds: number; concurrency: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  const agent = new Agent({ connections: opts.concurrency, pipelining: 1 })
  const latencies: number[] = []
  let errors = 0
  const end = performance.now() + opts.seconds * 1000
  const worker = async () => {
    while (performance.now() < end) {
      const t0 = performance.now()
      try {
        const res = await request(url, { dispatcher: agent, headers: opts.headers })
        await res.body.arrayBuffer()
        if (res.statusCode !== 200) errors++
      } catch {
        errors++
      }
      latencies.push(performance.now() - t0)
    }
  }
  const start = performance.now()
  await Promise.all(Array.from({ length: opts.concurrency }, worker))
  const elapsed = (performance.now() - start) / 1000
  await agent.close()
  latencies.sort((a, b) => a - b)
  return {
    requests: latencies.length,
    errors,
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  }
}

export function median(values: number[]) {
  const s = [...values].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] as number
}

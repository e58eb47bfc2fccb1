import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { AppMetrics } from './metrics'

/**
 * Serves `GET /metrics` alone on its own port (METRICS_PORT, on METRICS_HOST: 127.0.0.1 unless
 * set), so Prometheus scrapes it from inside the network and the public port never shows it.
 */
export function serveMetrics(
  metrics: AppMetrics,
  port: number,
  host: string,
): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
      res
        .writeHead(404, { 'content-type': 'text/plain' })
        .end('Only GET /metrics is served here.\n')
      return
    }
    metrics.scrape().then(
      ({ body, contentType }) => res.writeHead(200, { 'content-type': contentType }).end(body),
      (err: unknown) =>
        res
          .writeHead(500, { 'content-type': 'text/plain' })
          .end(`Metrics failed: ${err instanceof Error ? err.message : String(err)}\n`),
    )
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve({ server, port: (server.address() as AddressInfo).port })
    })
  })
}

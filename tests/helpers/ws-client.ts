import WebSocket from 'ws'

/** A WebSocket test client that keeps every message, so tests can wait for one by shape. */
export async function wsClient(url: string, headers?: Record<string, string>) {
  const ws = new WebSocket(url, { headers })
  const messages: Record<string, unknown>[] = []
  const waiters: {
    match: (m: Record<string, unknown>) => boolean
    resolve: (m: Record<string, unknown>) => void
  }[] = []
  ws.on('message', (d) => {
    const m = JSON.parse(String(d)) as Record<string, unknown>
    messages.push(m)
    for (const w of [...waiters])
      if (w.match(m)) {
        waiters.splice(waiters.indexOf(w), 1)
        w.resolve(m)
      }
  })
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve())
    ws.once('unexpected-response', (_q, res) => reject(new Error(`HTTP ${res.statusCode}`)))
    ws.once('error', reject)
  })
  return {
    ws,
    messages,
    send: (m: object) => ws.send(JSON.stringify(m)),
    /**
     * Resolves with the first message (already received or future) matching `shape`; with `from`,
     * only among messages from that index of `messages` on.
     */
    next(shape: Record<string, unknown>, timeoutMs = 5000, from = 0) {
      const match = (m: Record<string, unknown>) =>
        Object.entries(shape).every(([k, v]) => m[k] === v)
      const seen = messages.slice(from).find(match)
      if (seen) return Promise.resolve(seen)
      return new Promise<Record<string, unknown>>((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(
                `no message like ${JSON.stringify(shape)} in ${timeoutMs} ms; got ${JSON.stringify(messages)}`,
              ),
            ),
          timeoutMs,
        )
        waiters.push({
          match,
          resolve: (m) => {
            clearTimeout(timer)
            resolve(m)
          },
        })
      })
    },
    close: () => ws.close(),
  }
}

import type { Page } from 'playwright-core'

type SentEvent = { id: string; type: string; stepId?: string; data?: Record<string, unknown> }

/**
 * What the server said about the session events a page sent: every 200 answer to
 * `POST /api/sessions/:id/events`, with the events of its request. Lets a test check that each event
 * was accepted exactly once without a debug route on the server.
 */
export function watchEvents(page: Page) {
  const delivered: SentEvent[] = []
  let accepted = 0
  let duplicates = 0
  /** Everything else the server said: refused batches and events it rejected, for failure messages. */
  const trouble: string[] = []
  page.on('response', async (res) => {
    const req = res.request()
    if (req.method() !== 'POST' || !/\/api\/sessions\/[^/]+\/events$/.test(res.url())) return
    const sent = (req.postDataJSON() as { events: SentEvent[] }).events
    if (res.status() !== 200) {
      trouble.push(`HTTP ${res.status()} for ${sent.map((e) => e.type).join(', ')}`)
      return
    }
    const body = (await res.json()) as {
      accepted: number
      duplicates: number
      results?: { status: string; reason?: string }[]
    }
    accepted += body.accepted
    duplicates += body.duplicates
    body.results?.forEach((r, i) => {
      const e = sent[i]
      if (!e) trouble.push(`a result (${r.status}) for no event sent, at ${i}`)
      else if (r.status === 'rejected')
        trouble.push(`rejected ${e.type}:${e.stepId ?? ''}: ${r.reason ?? ''}`)
      else delivered.push(e)
    })
    if (!body.results) delivered.push(...sent)
  })
  page.on('requestfailed', (req) => {
    if (/\/api\/sessions\/[^/]+\/events$/.test(req.url()))
      trouble.push(`request failed: ${req.failure()?.errorText ?? 'unknown'}`)
  })
  return {
    get accepted() {
      return accepted
    },
    get duplicates() {
      return duplicates
    },
    /** Distinct delivered events, in the order first delivered. */
    unique(): SentEvent[] {
      const seen = new Map<string, SentEvent>()
      for (const e of delivered) if (!seen.has(e.id)) seen.set(e.id, e)
      return [...seen.values()]
    },
    /** "type:stepId" per distinct delivered event, sorted: compare with what a walk should make. */
    summary(): string[] {
      return this.unique()
        .map((e) => `${e.type}:${e.stepId ?? ''}`)
        .sort()
    },
    /** Refused batches, rejected events and failed requests seen so far. */
    get trouble(): readonly string[] {
      return trouble
    },
    /**
     * Waits until the server has accepted `count` events in all; throws, naming what is missing and
     * anything the server refused, when they do not all arrive in time.
     */
    async until(count: number, timeoutMs = 15_000, expected?: readonly string[]) {
      const deadline = Date.now() + timeoutMs
      while (accepted < count && Date.now() < deadline) await page.waitForTimeout(100)
      if (accepted < count && expected) {
        const have = this.summary()
        const missing = expected.filter((e, i) => expected.indexOf(e) === i && !have.includes(e))
        const extra = have.filter((e) => !expected.includes(e))
        throw new Error(
          `${accepted} of ${count} events accepted after ${timeoutMs} ms; missing [${missing.join(', ')}]` +
            `, unexpected [${extra.join(', ')}]; trouble: [${trouble.join('; ')}]`,
        )
      }
      return accepted
    },
  }
}

/** The session id in the page's URL and its token from the page's storage. */
export async function sessionOf(page: Page): Promise<{ id: string; token: string }> {
  const id = new URL(page.url()).pathname.split('/').pop() ?? ''
  const token = await page.evaluate((sid) => sessionStorage.getItem(`fixpoint.session.${sid}`), id)
  if (!token) throw new Error(`no token in sessionStorage for session ${id}`)
  return { id, token }
}

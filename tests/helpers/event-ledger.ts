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
  page.on('response', async (res) => {
    const req = res.request()
    if (req.method() !== 'POST' || !/\/api\/sessions\/[^/]+\/events$/.test(res.url())) return
    if (res.status() !== 200) return
    const body = (await res.json()) as { accepted: number; duplicates: number }
    const sent = (req.postDataJSON() as { events: SentEvent[] }).events
    accepted += body.accepted
    duplicates += body.duplicates
    delivered.push(...sent)
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
    /** Waits until the server has accepted `count` events in all. */
    async until(count: number, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs
      while (accepted < count && Date.now() < deadline) await page.waitForTimeout(100)
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

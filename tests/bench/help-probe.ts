import type { Page } from 'playwright-core'

export type Frame = { presented: number; received: number; callback: number }
export type Pc = { created: number; track?: number; connected?: number }
export type Probe = {
  clicks: { text: string; at: number }[]
  seen: Record<string, number>
  frames: Frame[]
  pcs: Pc[]
  media: { video: boolean; at: number }[]
  /** Long tasks (≥ 50 ms) on the main thread: start and end. */
  long: [number, number][]
}

/**
 * Instruments a page before any of its scripts run. Every timestamp is `performance.timeOrigin +
 * performance.now()` or an event time on the same base: wall-clock milliseconds, comparable across
 * the two pages of one browser (the skew is measured and reported).
 * - clicks on buttons, at the input event's own time (capture phase, before the app's handlers);
 * - when each queue entry (`data-escalation`) first enters the DOM (a MutationObserver: called right
 *   after React commits it);
 * - for each remote video element, its first frame (`requestVideoFrameCallback`): when it was
 *   received, handed to the compositor, and when the page's main thread got to the callback;
 * - each RTCPeerConnection: created, first remote track, ICE connected; when getUserMedia
 *   answered; and the main thread's long tasks.
 */
export function instrument() {
  const now = () => performance.timeOrigin + performance.now()
  const w = window as unknown as { [K in keyof Probe as `__${K}`]: Probe[K] }
  w.__clicks = []
  w.__seen = {}
  w.__frames = []
  w.__pcs = []
  w.__media = []
  w.__long = []
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      w.__long.push([
        performance.timeOrigin + e.startTime,
        performance.timeOrigin + e.startTime + e.duration,
      ])
  }).observe({ type: 'longtask' })
  addEventListener(
    'click',
    (e) => {
      const b = (e.target as Element | null)?.closest?.('button')
      if (b)
        w.__clicks.push({ text: b.textContent ?? '', at: performance.timeOrigin + e.timeStamp })
    },
    true,
  )
  const watched = new WeakSet<Element>()
  const scan = () => {
    for (const el of document.querySelectorAll('[data-testid="queue-item"][data-escalation]')) {
      const id = el.getAttribute('data-escalation') as string
      w.__seen[id] ??= now()
    }
    for (const v of document.querySelectorAll('video[data-testid="remote-video"]')) {
      if (watched.has(v)) continue
      watched.add(v)
      // Chromium composites video off the main thread: the frame is on screen at `presentationTime`
      // even when a busy main thread runs this callback later.
      ;(v as HTMLVideoElement).requestVideoFrameCallback((_t, meta) =>
        w.__frames.push({
          presented: performance.timeOrigin + meta.presentationTime,
          received: meta.receiveTime ? performance.timeOrigin + meta.receiveTime : Number.NaN,
          callback: now(),
        }),
      )
    }
  }
  new MutationObserver(scan).observe(document, { childList: true, subtree: true })
  const Native = window.RTCPeerConnection
  window.RTCPeerConnection = class extends Native {
    constructor(config?: RTCConfiguration) {
      super(config)
      const rec: Pc = { created: now() }
      w.__pcs.push(rec)
      this.addEventListener('track', () => {
        rec.track ??= now()
      })
      this.addEventListener('iceconnectionstatechange', () => {
        if (this.iceConnectionState === 'connected' || this.iceConnectionState === 'completed')
          rec.connected ??= now()
      })
    }
  }
  const gum = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices)
  navigator.mediaDevices.getUserMedia = async (c) => {
    const s = await gum(c)
    w.__media.push({ video: Boolean(c?.video), at: now() })
    return s
  }
}

export const probe = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>
    return {
      clicks: w.__clicks,
      seen: w.__seen,
      frames: w.__frames,
      pcs: w.__pcs,
      media: w.__media,
      long: w.__long,
    } as Probe
  })

import type { ViewFrame } from '../../server/domain/call-view'
import { CODE_PERIOD } from '../call/frame-code'

/** Frames kept: about 15 s at 30 frames/s, far longer than a frame stays on screen. */
const KEEP = 512

/**
 * The shared AR view's frames as they arrive on the call's data channel (number, pose,
 * projection), found again by the number the picture carries in its corner. Per-frame data: a
 * plain object held in a ref, never React state.
 */
export class ViewFrames {
  private readonly byCode = new Map<number, ViewFrame>()
  private order: number[] = []
  latest: ViewFrame | null = null

  add(frame: ViewFrame): void {
    const code = frame.n % CODE_PERIOD
    if (!this.byCode.has(code)) this.order.push(code)
    this.byCode.set(code, frame)
    if (!this.latest || frame.n > this.latest.n) this.latest = frame
    while (this.order.length > KEEP) {
      const old = this.order.shift()
      if (old !== undefined) this.byCode.delete(old)
    }
  }

  /** The frame whose picture carries `code` (its number modulo the code's period). */
  get(code: number): ViewFrame | null {
    return this.byCode.get(code) ?? null
  }

  clear(): void {
    this.byCode.clear()
    this.order = []
    this.latest = null
  }
}

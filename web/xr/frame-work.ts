import { type RenderCallback, useFrame } from '@react-three/fiber'

const SIZE = 1024

/**
 * Our own JavaScript per rendered frame, read as `window.__fixpointFrameWork` by
 * tests/bench/xr-frame.ts and, on a real device served the test build (dist-test/), from its
 * remote console. Production counts the same work, so that the bench times the code customers
 * run, but does not expose it.
 */
export type FrameWork = {
  /** Frames recorded since the last reset (the ring keeps the latest 1024). */
  frames: () => number
  /** Milliseconds of our per-frame work in each of the latest `n` frames, oldest first. */
  last: (n?: number) => number[]
  /** How many of our callbacks ran in each of the latest `n` frames, oldest first. */
  calls: (n?: number) => number[]
  reset: () => void
}

declare global {
  interface Window {
    __fixpointFrameWork?: FrameWork
  }
}

const ring = new Float64Array(SIZE)
const callRing = new Uint16Array(SIZE)
let frames = 0
let sum = 0
let calls = 0
let open = false

// Every callback of one frame runs in one task, so the frame closes at its first microtask.
function close() {
  ring[frames % SIZE] = sum
  callRing[frames % SIZE] = calls
  frames += 1
  sum = 0
  calls = 0
  open = false
}

function add(ms: number) {
  sum += ms
  calls += 1
  if (open) return
  open = true
  queueMicrotask(close)
}

function latest(values: Float64Array | Uint16Array, n: number): number[] {
  const count = Math.min(n, frames, SIZE)
  return Array.from({ length: count }, (_, i) => values[(frames - count + i) % SIZE] ?? 0)
}

if (import.meta.env.TEST_HOOKS && typeof window !== 'undefined')
  window.__fixpointFrameWork = {
    frames: () => frames,
    last: (n = SIZE) => latest(ring, n),
    calls: (n = SIZE) => latest(callRing, n),
    reset: () => {
      frames = 0
    },
  }

/** `fn`, with the time each call takes added to this frame's work. */
export function timed<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    const start = performance.now()
    try {
      fn(...args)
    } finally {
      add(performance.now() - start)
    }
  }
}

/**
 * `useFrame`, with the callback's time counted as our per-frame work: two `performance.now()`
 * calls and a sum, cheap enough to stay on in production. Use it for every per-frame callback of
 * ours, so that the figure covers all of our work and nothing of three.js or the XR runtime.
 */
export function useTimedFrame(callback: RenderCallback, renderPriority?: number): void {
  useFrame(timed(callback), renderPriority)
}

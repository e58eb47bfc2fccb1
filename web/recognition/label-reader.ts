/**
 * The label worker, started ahead of AR: its zxing `.wasm` is fetched and compiled while the
 * customer reads the page and presses Start AR, so the first camera frame in AR is read at once
 * instead of waiting a second for the module.
 */
let ready: Worker | null = null

function start(): Worker {
  return new Worker(new URL('./label-worker.ts', import.meta.url), { type: 'module' })
}

/** Starts the label worker now if none is waiting (safe to call on every render of a page). */
export function prewarmLabelWorker(): void {
  ready ??= start()
}

/** The waiting worker, or a new one; the caller owns it from now on and terminates it. */
export function takeLabelWorker(): Worker {
  const worker = ready ?? start()
  ready = null
  return worker
}

import { chooseDetector, type DetectorChoice } from './code-formats'
import { readSize } from './read-throttle'
import type { FrameReply, FrameRequest } from './reader-messages'

/** Reads the codes visible in the current video frame; one read at a time. */
export type CodeReader = {
  kind: DetectorChoice['kind']
  read: (video: HTMLVideoElement) => Promise<string[]>
  close: () => void
}

// The Shape Detection API is not in TypeScript's DOM types yet.
type NativeDetector = { detect: (source: HTMLVideoElement) => Promise<{ rawValue: string }[]> }
type NativeDetectorClass = {
  new (options: { formats: string[] }): NativeDetector
  getSupportedFormats: () => Promise<string[]>
}

function nativeDetectorClass(): NativeDetectorClass | null {
  const value: unknown = Reflect.get(globalThis, 'BarcodeDetector')
  return typeof value === 'function' ? (value as NativeDetectorClass) : null
}

async function nativeFormats(): Promise<string[] | null> {
  const Detector = nativeDetectorClass()
  if (!Detector) return null
  return Detector.getSupportedFormats().catch(() => null)
}

function nativeReader(formats: string[]): CodeReader {
  const Detector = nativeDetectorClass()
  if (!Detector) throw new Error('BarcodeDetector disappeared')
  const detector = new Detector({ formats })
  return {
    kind: 'native',
    read: async (video) => (await detector.detect(video)).map((c) => c.rawValue),
    close: () => {},
  }
}

/** zxing-wasm in a worker: the frame goes over as a transferred ImageBitmap, codes come back. */
function zxingReader(): CodeReader {
  const worker = new Worker(new URL('./zxing-worker.ts', import.meta.url), { type: 'module' })
  const pending = new Map<number, { resolve: (c: string[]) => void; reject: (e: Error) => void }>()
  let nextId = 1
  worker.onmessage = (event: MessageEvent<FrameReply>) => {
    const reply = event.data
    const waiter = pending.get(reply.id)
    pending.delete(reply.id)
    if ('error' in reply) waiter?.reject(new Error(reply.error))
    else waiter?.resolve(reply.codes)
  }
  worker.onerror = (event) => {
    const error = new Error(event.message || 'The code reader stopped')
    for (const waiter of pending.values()) waiter.reject(error)
    pending.clear()
  }
  return {
    kind: 'zxing',
    read: async (video) => {
      const size = readSize(video.videoWidth, video.videoHeight)
      const frame = await createImageBitmap(video, {
        resizeWidth: size.width,
        resizeHeight: size.height,
      })
      const id = nextId++
      const request: FrameRequest = { id, frame, ...size }
      return new Promise<string[]>((resolve, reject) => {
        pending.set(id, { resolve, reject })
        worker.postMessage(request, [frame])
      })
    },
    close: () => {
      worker.terminate()
      for (const waiter of pending.values()) waiter.reject(new Error('The code reader was closed'))
      pending.clear()
    },
  }
}

/** The native BarcodeDetector when it reads our label formats, else zxing-wasm in a worker. */
export async function createCodeReader(): Promise<CodeReader> {
  const choice = chooseDetector(await nativeFormats())
  return choice.kind === 'native' ? nativeReader(choice.formats) : zxingReader()
}

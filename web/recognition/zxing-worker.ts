/**
 * The zxing-wasm reader, off the main thread so the camera preview stays smooth. The `.wasm` is
 * the one in our own bundle (a Vite asset URL), never the library's default CDN.
 */

import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader'
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url'
import { ZXING_READER_OPTIONS } from './code-formats'
import type { FrameReply, FrameRequest } from './reader-messages'

// The project's types are the DOM's; this is the little of a dedicated worker's scope used here.
type WorkerScope = {
  location: { href: string }
  onmessage: ((event: MessageEvent<FrameRequest>) => void) | null
  postMessage: (reply: FrameReply) => void
}
const scope = self as unknown as WorkerScope

prepareZXingModule({
  overrides: {
    locateFile: (path: string, prefix: string) =>
      path.endsWith('.wasm') ? new URL(wasmUrl, scope.location.href).href : prefix + path,
  },
})

let canvas: OffscreenCanvas | null = null

function pixels(req: FrameRequest): ImageData {
  if (!canvas || canvas.width !== req.width || canvas.height !== req.height)
    canvas = new OffscreenCanvas(req.width, req.height)
  const ctx = canvas.getContext('2d', { willReadFrequently: true })
  if (!ctx) throw new Error('OffscreenCanvas 2D is not available')
  ctx.drawImage(req.frame, 0, 0, req.width, req.height)
  req.frame.close()
  return ctx.getImageData(0, 0, req.width, req.height)
}

scope.onmessage = async (event: MessageEvent<FrameRequest>) => {
  const req = event.data
  let reply: FrameReply
  try {
    const results = await readBarcodes(pixels(req), ZXING_READER_OPTIONS)
    reply = { id: req.id, codes: results.filter((r) => r.isValid).map((r) => r.text) }
  } catch (err) {
    reply = { id: req.id, error: err instanceof Error ? err.message : String(err) }
  }
  scope.postMessage(reply)
}

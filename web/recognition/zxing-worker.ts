/**
 * The zxing-wasm reader, off the main thread so the camera preview stays smooth. The `.wasm` is
 * the one in our own bundle (a Vite asset URL), never the library's default CDN. Frames go through
 * the label decoder, which varies its attempt from frame to frame (binarizer, scale, contrast
 * stretch, a crop around the last sighting) so that a tilted, blurred, dim or glared label is read.
 */

import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader'
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url'
import { createLabelDecoder } from './decode-strategy'
import { rgbaToGreyInto } from './grey-filters'
import type { GreyImage } from './label-pose/types'
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

const decoder = createLabelDecoder(readBarcodes)
let canvas: OffscreenCanvas | null = null
let grey = new Uint8Array(0)

/** The frame as grey pixels, converted once into a buffer reused from frame to frame. */
function greyFrame(req: FrameRequest): GreyImage {
  if (!canvas || canvas.width !== req.width || canvas.height !== req.height)
    canvas = new OffscreenCanvas(req.width, req.height)
  const ctx = canvas.getContext('2d', { willReadFrequently: true })
  if (!ctx) throw new Error('OffscreenCanvas 2D is not available')
  ctx.drawImage(req.frame, 0, 0, req.width, req.height)
  req.frame.close()
  const rgba = ctx.getImageData(0, 0, req.width, req.height).data
  if (grey.length !== req.width * req.height) grey = new Uint8Array(req.width * req.height)
  rgbaToGreyInto(rgba, grey)
  return { data: grey, width: req.width, height: req.height }
}

scope.onmessage = async (event: MessageEvent<FrameRequest>) => {
  const req = event.data
  let reply: FrameReply
  try {
    const found = await decoder.decode(greyFrame(req))
    reply = { id: req.id, codes: found ? [found.text] : [] }
  } catch (err) {
    reply = { id: req.id, error: err instanceof Error ? err.message : String(err) }
  }
  scope.postMessage(reply)
}

/**
 * The label reader inside AR, off the main thread: reads the product's QR in a grey camera frame
 * with zxing-wasm (the `.wasm` from our own bundle), then, when the product's label pose is known,
 * turns the code's corners into the product's pose in the world. One frame at a time.
 */

import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader'
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url'
import { ZXING_READER_OPTIONS } from './code-formats'
import { createLabelDecoder } from './decode-strategy'
import type { LabelFrameReply, LabelFrameRequest } from './label-messages'
import { observeProduct } from './label-observation'

// The project's types are the DOM's; this is the little of a dedicated worker's scope used here.
type WorkerScope = {
  location: { href: string }
  onmessage: ((event: MessageEvent<LabelFrameRequest>) => void) | null
  postMessage: (reply: LabelFrameReply, transfer?: Transferable[]) => void
}
const scope = self as unknown as WorkerScope

// Fetched and compiled as the worker starts (it is started ahead of AR, see label-reader.ts).
void prepareZXingModule({
  fireImmediately: true,
  overrides: {
    locateFile: (path: string, prefix: string) =>
      path.endsWith('.wasm') ? new URL(wasmUrl, scope.location.href).href : prefix + path,
  },
})

// Only QR codes carry a label's pose; the decoder varies its way of looking from frame to frame
// and searches around the last sighting first (see decode-strategy.ts).
const decoder = createLabelDecoder(readBarcodes, {
  base: { ...ZXING_READER_OPTIONS, formats: ['QRCode'] },
})

/** Modules per side of a QR of `version` ("1".."40"; micro QR and others are left out). */
function modulesOf(version: string): { modules?: number } {
  const v = Number(version)
  return Number.isInteger(v) && v >= 1 && v <= 40 ? { modules: 17 + 4 * v } : {}
}

// The whole frame the decoder and the pose solver see, kept between frames: a region read back
// is pasted into it at its place, on mid-grey, so corners stay in whole-frame pixels.
let frame = new Uint8Array(0)

/** The request's pixels as a whole grey frame. */
function wholeFrame(req: LabelFrameRequest): Uint8Array {
  const { region, width, height } = req
  // The region's pixels come first; the buffer may be longer (a reused one, handed back).
  const count = region.width * region.height
  if (req.pixels.byteLength < count)
    throw new Error(`expected ${count} grey pixels, got ${req.pixels.byteLength}`)
  const pixels = new Uint8Array(req.pixels, 0, count)
  if (region.width === width && region.height === height) return pixels
  if (
    region.x < 0 ||
    region.y < 0 ||
    region.x + region.width > width ||
    region.y + region.height > height
  )
    throw new Error(`region ${JSON.stringify(region)} is outside the ${width}×${height} frame`)
  if (frame.length !== width * height) frame = new Uint8Array(width * height)
  frame.fill(128)
  for (let row = 0; row < region.height; row++)
    frame.set(
      pixels.subarray(row * region.width, (row + 1) * region.width),
      (region.y + row) * width + region.x,
    )
  return frame
}

async function handle(req: LabelFrameRequest): Promise<LabelFrameReply> {
  const grey = wholeFrame(req)
  // Where the capture read back is where the label is (its region follows the device's motion),
  // and a whole frame means the capture lost it: search what was sent, not the last sighting.
  const qr = await decoder.decode({ data: grey, width: req.width, height: req.height }, req.region)
  if (!qr) return { id: req.id, found: false }
  const { corners } = qr
  const observation = req.label
    ? observeProduct({
        image: { data: grey, width: req.width, height: req.height },
        corners,
        ...modulesOf(qr.version),
        intrinsics: req.intrinsics,
        worldFromView: req.worldFromView,
        label: req.label,
        at: req.at,
      })
    : null
  return observation
    ? { id: req.id, found: true, code: qr.text, corners, observation }
    : { id: req.id, found: true, code: qr.text, corners }
}

scope.onmessage = async (event: MessageEvent<LabelFrameRequest>) => {
  let reply: LabelFrameReply
  try {
    reply = await handle(event.data)
  } catch (err) {
    reply = { id: event.data.id, error: err instanceof Error ? err.message : String(err) }
  }
  // The pixels are read by now: the buffer goes back to be filled again (no new allocation).
  const { pixels } = event.data
  if (pixels.byteLength > 0) scope.postMessage({ ...reply, pixels }, [pixels])
  else scope.postMessage(reply)
}

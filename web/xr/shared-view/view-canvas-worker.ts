/**
 * Draws the shared AR view's pictures into the canvas the call's video track is captured from
 * (its control transferred here), so the main thread only copies each picture out of the GPU and
 * posts it. Each buffer goes back to the page's pool once drawn.
 */
import type { ViewCanvasReply, ViewCanvasRequest } from './view-canvas-messages'

// The project's types are the DOM's; this is the little of a dedicated worker's scope used here.
type WorkerScope = {
  onmessage: ((event: MessageEvent<ViewCanvasRequest>) => void) | null
  postMessage: (reply: ViewCanvasReply, transfer: Transferable[]) => void
}
const scope = self as unknown as WorkerScope

let canvas: OffscreenCanvas | null = null
let context: OffscreenCanvasRenderingContext2D | null = null

scope.onmessage = ({ data }) => {
  if (data.kind === 'canvas') {
    canvas = data.canvas
    context = canvas.getContext('2d', { alpha: false })
    return
  }
  if (canvas && context) {
    if (canvas.width !== data.width || canvas.height !== data.height) {
      canvas.width = data.width
      canvas.height = data.height
    }
    const pixels = new Uint8ClampedArray(data.pixels)
    context.putImageData(new ImageData(pixels, data.width, data.height), 0, 0)
  }
  scope.postMessage({ kind: 'drawn', pixels: data.pixels }, [data.pixels])
}

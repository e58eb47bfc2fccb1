import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader'
import { ZXING_READER_OPTIONS } from '../../web/recognition/code-formats'
import { greyToRgba, renderLabelFrame } from '../helpers/fake-camera'
import { median } from './load'

const ROUNDS = 60
const LABEL = 'https://fixpoint.example/p/espresso-one'
const SIZES = [
  [640, 480],
  [1280, 720],
] as const

/**
 * Code read time per camera frame with the app's zxing-wasm reader and options, in Node with the
 * same bundled `zxing_reader.wasm` (the browser worker adds one canvas copy, not measured here).
 * Frames show the espresso-one label tilted in perspective, as the e2e fake camera does.
 */
export async function codeReadBench() {
  const wasm = readFileSync(
    createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'),
  )
  prepareZXingModule({
    overrides: {
      wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength),
    },
  })
  const figures: Record<string, number> = {}
  for (const [width, height] of SIZES) {
    const frame = {
      data: greyToRgba(renderLabelFrame({ text: LABEL, width, height })),
      width,
      height,
    }
    const times: number[] = []
    for (let i = 0; i < ROUNDS + 3; i++) {
      const start = performance.now()
      const results = await readBarcodes(frame as ImageData, ZXING_READER_OPTIONS)
      const ms = performance.now() - start
      if (results[0]?.text !== LABEL) throw new Error(`the ${width}×${height} label was not read`)
      if (i >= 3) times.push(ms) // the first reads warm up the module
    }
    figures[`median ms per ${width}×${height} frame`] = median(times)
  }
  const at720 = figures['median ms per 1280×720 frame'] ?? Number.POSITIVE_INFINITY
  return {
    name: 'code read (zxing-wasm, Node, bundled wasm)',
    method: `zxing-wasm's readBarcodes with the app's reader options and the bundled wasm, in this Node process, on a rendered frame of the espresso-one label tilted in perspective at each size; ${ROUNDS} timed reads after 3 warm-up reads, median wall time per read (the browser worker's canvas copy is not included).`,
    figures,
    target: 'median <= 15 ms per 1280×720 frame',
    met: at720 <= 15,
  }
}

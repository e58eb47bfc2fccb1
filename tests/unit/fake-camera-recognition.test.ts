import { readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader'
import { ZXING_READER_OPTIONS } from '../../web/recognition/code-formats'
import { greyToRgba, renderLabelFrame, writeFakeCamera } from '../helpers/fake-camera'

const LABEL = 'https://fixpoint.example/p/espresso-one'
const wasm = readFileSync(
  createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'),
)
prepareZXingModule({
  overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) },
})

const read = (width: number, height: number, yawDeg: number, rollDeg: number) =>
  readBarcodes(
    {
      data: greyToRgba(renderLabelFrame({ text: LABEL, width, height, yawDeg, rollDeg })),
      width,
      height,
    } as ImageData,
    ZXING_READER_OPTIONS,
  )

describe('the app reader on the fake camera label', () => {
  it('reads the label tilted in perspective and rotated, at 640×480 and 720p', async () => {
    for (const [w, h] of [
      [640, 480],
      [1280, 720],
    ] as const) {
      for (const [yaw, roll] of [
        [15, 15],
        [25, 20],
      ] as const) {
        expect((await read(w, h, yaw, roll)).map((r) => r.text)).toEqual([LABEL])
      }
    }
  })
  it('finds nothing in a frame without a label', async () => {
    const blank = renderLabelFrame({ text: LABEL, width: 320, height: 240, size: 0 })
    const results = await readBarcodes(
      { data: greyToRgba(blank), width: 320, height: 240 } as ImageData,
      ZXING_READER_OPTIONS,
    )
    expect(results).toEqual([])
  })
  it('writes a Y4M file Chromium can play: header, then FRAME + Y + U + V per frame', () => {
    const { file, dir, args } = writeFakeCamera({ text: LABEL, width: 64, height: 48 }, 2)
    const bytes = readFileSync(file)
    rmSync(dir, { recursive: true })
    const header = 'YUV4MPEG2 W64 H48 F30:1 Ip A1:1 C420jpeg\n'
    expect(bytes.subarray(0, header.length).toString()).toBe(header)
    expect(bytes.length).toBe(header.length + 2 * ('FRAME\n'.length + 64 * 48 * 1.5))
    expect(args).toContain(`--use-file-for-fake-video-capture=${file}`)
  })
})

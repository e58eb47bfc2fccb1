import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { beforeAll, describe, expect, it } from 'vitest'
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader'
import { ZXING_READER_OPTIONS } from '../../web/recognition/code-formats'
import { createLabelDecoder, type DecodedLabel } from '../../web/recognition/decode-strategy'
import { greyToRgbaInto, rgbaToGreyInto } from '../../web/recognition/grey-filters'
import type { LabelCorners } from '../../web/recognition/label-pose/types'
import {
  HARD_CONDITIONS,
  HARD_LABEL_TEXT,
  type HardCondition,
  type HardFrame,
  renderHardFrame,
  SESSION_FRAMES,
} from '../helpers/hard-frames'

beforeAll(() => {
  const wasm = readFileSync(
    createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'),
  )
  prepareZXingModule({
    overrides: {
      wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength),
    },
  })
})

function condition(name: string, width: number): HardCondition {
  const c = HARD_CONDITIONS.find((x) => x.name === name && x.width === width)
  if (!c) throw new Error(`no hard condition "${name}" at width ${width}`)
  return c
}

/** The farthest any returned corner lies from the true projected corner, px. */
function cornerError(found: LabelCorners, truth: LabelCorners): number {
  return Math.max(
    ...found.map((p, i) => {
      const [x, y] = truth[i] ?? [Number.NaN, Number.NaN]
      return Math.hypot(p[0] - x, p[1] - y)
    }),
  )
}

/** Frames of a session until the strategy decoder reads the label (or the 5 s run out). */
async function firstRead(c: HardCondition): Promise<{ at: number; read: DecodedLabel } | null> {
  const decoder = createLabelDecoder(readBarcodes)
  for (let i = 0; i < SESSION_FRAMES; i++) {
    const read = await decoder.decode(renderHardFrame(c, i).image)
    if (read) return { at: i, read }
  }
  return null
}

/** Today's single bare call on one frame. */
async function bareRead(frame: HardFrame): Promise<string | undefined> {
  const { width, height, data } = frame.image
  const rgba = new Uint32Array(width * height)
  greyToRgbaInto(data as Uint8Array, width * height, rgba)
  const results = await readBarcodes(
    { data: new Uint8ClampedArray(rgba.buffer), width, height } as ImageData,
    ZXING_READER_OPTIONS,
  )
  return results[0]?.text
}

describe('the label decoder on badly photographed labels', () => {
  for (const [name, width] of [
    ['low light', 640],
    ['finger from the side', 640],
    ['tilt 55°, roll 130°', 640],
  ] as const) {
    it(`reads "${name}" (${width} px wide) within 5 s of frames`, async () => {
      const hit = await firstRead(condition(name, width))
      expect(hit?.read.text).toBe(HARD_LABEL_TEXT)
    })
  }

  it('reads low light that a bare zxing call per frame misses', async () => {
    const c = condition('low light', 640)
    const frames = [0, 1, 2].map((i) => renderHardFrame(c, i))
    for (const f of frames) expect(await bareRead(f)).toBeUndefined()
    const decoder = createLabelDecoder(readBarcodes)
    const reads: (DecodedLabel | null)[] = []
    for (const f of frames) reads.push(await decoder.decode(f.image))
    expect(reads.some((r) => r?.text === HARD_LABEL_TEXT)).toBe(true)
  })
})

describe('corners', () => {
  it('come back in full-frame pixels within 1.5 px of the true corners, whole frame and crop', async () => {
    const c = condition('tilt 55°', 1280)
    const decoder = createLabelDecoder(readBarcodes)
    const seen = new Set<string>()
    for (let i = 0; i < 4; i++) {
      const frame = renderHardFrame(c, i)
      const read = await decoder.decode(frame.image)
      expect(read?.text).toBe(HARD_LABEL_TEXT)
      if (!read) return
      seen.add(read.strategy.split('/')[0] ?? '')
      expect(cornerError(read.corners, frame.corners)).toBeLessThanOrEqual(1.5)
    }
    // Both the whole-frame read and the crop reads after it were checked.
    expect([...seen].sort()).toEqual(['crop', 'frame'])
  })

  it('stay on the label when a half-size contrast-stretched copy read it', async () => {
    const c = condition('low light', 640)
    const decoder = createLabelDecoder(readBarcodes)
    let checked = 0
    for (let i = 0; i < 6; i++) {
      const frame = renderHardFrame(c, i)
      const read = await decoder.decode(frame.image)
      if (!read?.strategy.includes('half')) continue
      // Half-size reads give corners on a 2 px grid: within 3 px, where a wrong scale or
      // offset would be tens of pixels out.
      expect(cornerError(read.corners, frame.corners)).toBeLessThanOrEqual(3)
      checked++
    }
    expect(checked).toBeGreaterThan(0)
  })
})

describe('reset', () => {
  // A small code in one corner of the frame, then in the opposite one.
  const base: HardCondition = { name: 'reset', width: 640, height: 480, pxPerModule: 3.5 }
  const here = renderHardFrame({ ...base, offset: [-0.6, -0.5] }, 0)
  const there = renderHardFrame({ ...base, offset: [0.6, 0.5] }, 0)

  it('without it the decoder looks where the label was and misses it elsewhere', async () => {
    const decoder = createLabelDecoder(readBarcodes)
    expect((await decoder.decode(here.image))?.text).toBe(HARD_LABEL_TEXT)
    expect(await decoder.decode(there.image)).toBeNull()
  })

  it('forgets the last position: the next frame is searched whole', async () => {
    const decoder = createLabelDecoder(readBarcodes)
    expect((await decoder.decode(here.image))?.text).toBe(HARD_LABEL_TEXT)
    decoder.reset()
    const read = await decoder.decode(there.image)
    expect(read?.text).toBe(HARD_LABEL_TEXT)
    expect(read?.strategy).toBe('frame/plain')
    if (read) expect(cornerError(read.corners, there.corners)).toBeLessThanOrEqual(1.5)
  })

  it('searches where the caller says: the whole frame after a read elsewhere, or a region at full resolution', async () => {
    const decoder = createLabelDecoder(readBarcodes)
    const whole = { x: 0, y: 0, width: 640, height: 480 }
    expect((await decoder.decode(here.image, whole))?.text).toBe(HARD_LABEL_TEXT)
    const read = await decoder.decode(there.image, whole)
    expect(read?.strategy).toBe('frame/plain')
    if (read) expect(cornerError(read.corners, there.corners)).toBeLessThanOrEqual(1.5)
    // A region around the label (as the AR capture reads back): a crop, corners in the frame.
    const xs = there.corners.map((c) => c[0])
    const ys = there.corners.map((c) => c[1])
    const region = {
      x: Math.min(...xs) - 40,
      y: Math.min(...ys) - 40,
      width: Math.max(...xs) - Math.min(...xs) + 80,
      height: Math.max(...ys) - Math.min(...ys) + 80,
    }
    const cropped = await decoder.decode(there.image, region)
    expect(cropped?.strategy).toBe('crop/plain')
    if (cropped) expect(cornerError(cropped.corners, there.corners)).toBeLessThanOrEqual(1.5)
    // A region without the label reads nothing.
    expect(await decoder.decode(there.image, { x: 0, y: 0, width: 200, height: 200 })).toBeNull()
  })

  it('rejects a frame whose pixels do not match its size', async () => {
    const decoder = createLabelDecoder(readBarcodes)
    await expect(
      decoder.decode({ data: new Uint8Array(10), width: 640, height: 480 }),
    ).rejects.toThrow(/640×480/)
  })
})

describe('the scan worker’s grey conversion', () => {
  it('gives back a grey frame unchanged after RGBA, and a warm-lit label still reads', async () => {
    const frame = renderHardFrame(condition('small at arm’s length', 640), 0)
    const { width, height, data } = frame.image
    const n = width * height
    const rgba = new Uint32Array(n)
    greyToRgbaInto(data as Uint8Array, n, rgba)
    const grey = new Uint8Array(n)
    rgbaToGreyInto(new Uint8ClampedArray(rgba.buffer), grey)
    expect(grey).toEqual(data)
    // A warm lamp: red full, green and blue dimmer, as a canvas would hand the frame over.
    const warm = new Uint8ClampedArray(n * 4)
    for (let i = 0; i < n; i++) {
      const v = data[i] ?? 0
      warm.set([v, v * 0.85, v * 0.6, 255], i * 4)
    }
    rgbaToGreyInto(warm, grey)
    const read = await createLabelDecoder(readBarcodes).decode({ data: grey, width, height })
    expect(read?.text).toBe(HARD_LABEL_TEXT)
  })
})

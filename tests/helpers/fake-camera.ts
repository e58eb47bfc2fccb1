import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PNG } from 'pngjs'
import { qrPng } from '../../scripts/models/qr-png'

export type LabelScene = {
  /** What the label's QR code encodes. */
  text: string
  width: number
  height: number
  /** In-plane rotation of the label, degrees. */
  rollDeg?: number
  /** The label turned away from the camera about its vertical axis (perspective), degrees. */
  yawDeg?: number
  /** The label's side as a fraction of the frame height. */
  size?: number
}

type Point = [number, number]

/** Solves the 8×8 system for the homography taking each `from` corner to its `to` corner. */
function homography(from: Point[], to: Point[]): number[] {
  const rows: number[][] = []
  for (let i = 0; i < 4; i++) {
    const [x, y] = from[i] as Point
    const [u, v] = to[i] as Point
    rows.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u])
    rows.push([0, 0, 0, x, y, 1, -v * x, -v * y, v])
  }
  for (let c = 0; c < 8; c++) {
    let pivot = c
    for (let r = c + 1; r < 8; r++)
      if (Math.abs(rows[r]?.[c] ?? 0) > Math.abs(rows[pivot]?.[c] ?? 0)) pivot = r
    ;[rows[c], rows[pivot]] = [rows[pivot] as number[], rows[c] as number[]]
    const p = rows[c] as number[]
    for (let r = 0; r < 8; r++) {
      if (r === c) continue
      const row = rows[r] as number[]
      const f = (row[c] ?? 0) / (p[c] ?? 1)
      for (let k = c; k < 9; k++) row[k] = (row[k] ?? 0) - f * (p[k] ?? 0)
    }
  }
  return rows.map((r, i) => (r[8] ?? 0) / (r[i] ?? 1))
}

/** Where the label's corners land in the frame: a 3D square turned by yaw and roll, projected. */
function labelCorners(s: Required<LabelScene>): Point[] {
  const half = (s.size * s.height) / 2
  const focal = s.height * 1.2
  const distance = focal
  const yaw = (s.yawDeg * Math.PI) / 180
  const roll = (s.rollDeg * Math.PI) / 180
  const square: Point[] = [
    [-half, -half],
    [half, -half],
    [half, half],
    [-half, half],
  ]
  return square.map(([x, y]) => {
    const xr = x * Math.cos(roll) - y * Math.sin(roll)
    const yr = x * Math.sin(roll) + y * Math.cos(roll)
    const z = distance + xr * Math.sin(yaw)
    const xy = xr * Math.cos(yaw)
    return [s.width / 2 + (focal * xy) / z, s.height / 2 + (focal * yr) / z]
  })
}

/**
 * One greyscale camera frame: the QR label, tilted in perspective and rotated, on a grey
 * background with a little deterministic noise. Rendered by inverse mapping with bilinear sampling.
 */
export function renderLabelFrame(scene: LabelScene): Uint8Array {
  const s: Required<LabelScene> = { rollDeg: 18, yawDeg: 22, size: 0.55, ...scene }
  const label = PNG.sync.read(Buffer.from(qrPng(s.text, 512)))
  const side = label.width
  const src: Point[] = [
    [0, 0],
    [side, 0],
    [side, side],
    [0, side],
  ]
  const h = homography(labelCorners(s), src)
  const [a, b, c, d, e, f, g, k] = h as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  const out = new Uint8Array(s.width * s.height)
  let seed = 7
  for (let y = 0; y < s.height; y++) {
    for (let x = 0; x < s.width; x++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      const noise = (seed % 9) - 4
      const w = g * x + k * y + 1
      const u = (a * x + b * y + c) / w - 0.5
      const v = (d * x + e * y + f) / w - 0.5
      let value = 120 + Math.round((40 * y) / s.height)
      if (u >= 0 && v >= 0 && u < side - 1 && v < side - 1) {
        const x0 = Math.floor(u)
        const y0 = Math.floor(v)
        const fx = u - x0
        const fy = v - y0
        const at = (px: number, py: number) => label.data[(py * side + px) * 4] ?? 0
        const top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx
        const bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx
        value = 20 + (top * (1 - fy) + bottom * fy) * 0.85
      }
      out[y * s.width + x] = Math.max(0, Math.min(255, Math.round(value + noise)))
    }
  }
  return out
}

/** The same frame as RGBA pixels, the way a canvas hands it to a reader. */
export function greyToRgba(grey: Uint8Array): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(grey.length * 4)
  for (let i = 0; i < grey.length; i++) {
    const v = grey[i] ?? 0
    rgba.set([v, v, v, 255], i * 4)
  }
  return rgba
}

/**
 * A Chromium fake-capture file (`.y4m`, YUV 4:2:0, 30 fps) showing the label, a few frames with
 * a slight wobble as a hand would give it, in a new temporary directory; plus the flags that make
 * Chromium's camera play it with the permission prompt accepted.
 */
export function writeFakeCamera(
  scene: LabelScene,
  frames = 3,
): { file: string; dir: string; args: string[] } {
  const { width, height } = scene
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128)
  const parts: Buffer[] = [Buffer.from(`YUV4MPEG2 W${width} H${height} F30:1 Ip A1:1 C420jpeg\n`)]
  for (let i = 0; i < frames; i++) {
    const luma = renderLabelFrame({ ...scene, rollDeg: (scene.rollDeg ?? 18) + i })
    parts.push(Buffer.from('FRAME\n'), Buffer.from(luma), chroma)
  }
  const dir = mkdtempSync(join(tmpdir(), 'fixpoint-camera-'))
  const file = join(dir, 'label.y4m')
  writeFileSync(file, Buffer.concat(parts))
  return { file, dir, args: fakeCameraArgs(file) }
}

export function fakeCameraArgs(file: string): string[] {
  return [
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${file}`,
  ]
}

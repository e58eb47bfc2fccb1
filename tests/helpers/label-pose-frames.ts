import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader'
import { ZXING_READER_OPTIONS } from '../../web/recognition/code-formats'
import { mat4FromQuat, multiply } from '../../web/recognition/label-pose/mat4'
import type { Intrinsics, LabelCorners, Mat4, Vec3 } from '../../web/recognition/label-pose/types'
import { greyToImageData, type LabelShot, rng } from './label-render'

/** Loads the app's bundled zxing wasm into this Node process (as tests/bench/code-read.ts does). */
export function prepareZxingForNode(): void {
  const wasm = readFileSync(
    createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'),
  )
  prepareZXingModule({
    overrides: {
      wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength),
    },
  })
}

/** The decoder's read of a grey frame: text, integer corners and modules per side. */
export async function decodeLabel(shot: {
  data: Uint8ClampedArray | Uint8Array
  width: number
  height: number
}): Promise<{ text: string; corners: LabelCorners; modules: number } | null> {
  const image = greyToImageData(shot)
  const [r] = await readBarcodes(image as ImageData, ZXING_READER_OPTIONS)
  if (!r?.isValid) return null
  const p = r.position
  const version = Number.parseInt(r.version, 10)
  return {
    text: r.text,
    corners: [
      [p.topLeft.x, p.topLeft.y],
      [p.topRight.x, p.topRight.y],
      [p.bottomRight.x, p.bottomRight.y],
      [p.bottomLeft.x, p.bottomLeft.y],
    ],
    modules: 17 + 4 * version,
  }
}

/** A phone-like camera: `hfovDeg` horizontal field of view, principal point slightly off centre. */
export function phoneIntrinsics(width: number, height: number, hfovDeg = 65): Intrinsics {
  const f = width / 2 / Math.tan((hfovDeg * Math.PI) / 360)
  return { fx: f, fy: f, cx: width / 2 + 3.3, cy: height / 2 - 2.1, width, height }
}

const axisAngle = (axis: Vec3, angle: number): Mat4 => {
  const n = Math.hypot(...axis)
  const s = Math.sin(angle / 2) / n
  return mat4FromQuat([axis[0] * s, axis[1] * s, axis[2] * s, Math.cos(angle / 2)])
}

/**
 * A label pose in front of the camera: centre at `distanceM` along a ray to a random point of
 * the central part of the image, its normal tilted `tiltDeg` away from the line of sight (about a
 * random in-plane axis) and rolled by a random angle. Returns the CV cameraFromLabel.
 */
export function labelPoseAt(
  intr: Intrinsics,
  distanceM: number,
  tiltDeg: number,
  random: () => number,
): Mat4 {
  const u = intr.width * (0.35 + 0.3 * random())
  const v = intr.height * (0.35 + 0.3 * random())
  const ray: Vec3 = [(u - intr.cx) / intr.fx, (v - intr.cy) / intr.fy, 1]
  const len = Math.hypot(...ray)
  const t = ray.map((c) => (c / len) * distanceM) as Vec3
  // Facing the camera: label +z points back along the ray; label +y roughly image up.
  const roll = axisAngle([0, 0, 1], random() * 2 * Math.PI)
  const az = random() * 2 * Math.PI
  const tilt = axisAngle([Math.cos(az), Math.sin(az), 0], (tiltDeg * Math.PI) / 180)
  const facing: Mat4 = [1, 0, 0, 0, 0, -1, 0, 0, 0, 0, -1, 0, 0, 0, 0, 1]
  // Align the camera's optical axis with the ray, then tilt and roll the label about its centre.
  const zAxis = ray.map((c) => c / len) as Vec3
  const axis: Vec3 = [-zAxis[1], zAxis[0], 0]
  const toRay = Math.hypot(...axis) < 1e-9 ? facing : axisAngle(axis, Math.acos(zAxis[2]))
  const r = multiply(multiply(multiply(toRay, facing), tilt), roll)
  r[12] = t[0]
  r[13] = t[1]
  r[14] = t[2]
  return r
}

export type FramePlan = Omit<LabelShot, 'text' | 'sideM'> & {
  distanceM: number
  tiltDeg: number
}

/** A deterministic set of photographs of the label: sizes, distances, tilts, blur and noise. */
export function framePlans(count: number, seed: number): FramePlan[] {
  const random = rng(seed)
  const sizes = [
    [640, 480],
    [1280, 720],
  ] as const
  const plans: FramePlan[] = []
  for (let i = 0; i < count; i++) {
    const [width, height] = sizes[i % 2] as readonly [number, number]
    const intr = phoneIntrinsics(width, height, 60 + random() * 10)
    const distanceM = 0.15 + random() * 0.45
    const tiltDeg = random() * 50
    plans.push({
      intr,
      cameraFromLabel: labelPoseAt(intr, distanceM, tiltDeg, random),
      distanceM,
      tiltDeg,
      seed: 100 + i,
      blurSigmaPx: [0, 0.6, 1.0, 1.4][i % 4],
      noiseSigma: 2 + random() * 4,
      motionPx: i % 5 === 3 ? 3 : 0,
      motionDeg: random() * 180,
      gain: i % 7 === 5 ? 0.45 : 1,
      // A specular spot near the label on some frames (it saturates part of the paper).
      ...(i % 6 === 4
        ? { glare: { x: width * 0.5, y: height * 0.45, radiusPx: width * 0.05, peak: 90 } }
        : {}),
    })
  }
  return plans
}

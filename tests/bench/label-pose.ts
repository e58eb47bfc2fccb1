import { refineCorners, solveLabelPose, transformPoint } from '../../web/recognition/label-pose'
import type { Vec3 } from '../../web/recognition/label-pose/types'
import {
  decodeLabel,
  labelPoseAt,
  phoneIntrinsics,
  prepareZxingForNode,
} from '../helpers/label-pose-frames'
import { renderLabelShot, rng } from '../helpers/label-render'
import { median } from './load'

const FRAMES = 8
const ROUNDS = 5
const TEXT = 'https://fixpoint.example/p/espresso-one?sn=000123'
const SIDE = 0.05
const TARGET_MS = 30

/**
 * Decode + refine + pose per 1280×720 camera frame, as the AR worker runs it, in Node with the
 * app's bundled zxing wasm and reader options: frames of the 50 mm label rendered at 0.2–0.4 m,
 * tilted up to 40°, lightly blurred and noisy (tests/helpers/label-render.ts). Rendering is not
 * timed; each frame is read ROUNDS + 1 times, the very first read (warm-up) not counted.
 */
export async function labelPoseBench() {
  prepareZxingForNode()
  const random = rng(31)
  const intr = phoneIntrinsics(1280, 720)
  const times: number[] = []
  const cpuTimes: number[] = []
  const poseCpuTimes: number[] = []
  const cpu = () => {
    const used = process.cpuUsage()
    return (used.user + used.system) / 1000
  }
  for (let i = 0; i < FRAMES; i++) {
    const cameraFromLabel = labelPoseAt(intr, 0.2 + random() * 0.2, random() * 40, random)
    const shot = renderLabelShot({
      intr,
      cameraFromLabel,
      text: TEXT,
      sideM: SIDE,
      seed: 500 + i,
      blurSigmaPx: 0.8,
      noiseSigma: 3,
    })
    const up = transformPoint([...cameraFromLabel.slice(0, 12), 0, 0, 0, 1], [0, 1, 0])
    const prior = { upInCamera: up, labelNormal: [0, 0, 1] as Vec3, labelUp: [0, 1, 0] as Vec3 }
    for (let round = 0; round <= ROUNDS; round++) {
      const start = performance.now()
      const startCpu = cpu()
      const read = await decodeLabel(shot.image)
      if (read?.text !== TEXT) throw new Error(`bench frame ${i} was not read`)
      const poseCpuStart = cpu()
      const corners = refineCorners(shot.image, read.corners, { modules: read.modules })
      const pose = solveLabelPose(corners, intr, SIDE, prior)
      const ms = performance.now() - start
      const cpuMs = cpu() - startCpu
      const poseCpuMs = cpu() - poseCpuStart
      if (!pose) throw new Error(`bench frame ${i} gave no pose`)
      if (round > 0 || i > 0) {
        // The very first read warms up the wasm module and the JIT.
        times.push(ms)
        cpuTimes.push(cpuMs)
        poseCpuTimes.push(poseCpuMs)
      }
    }
  }
  const figures = {
    'median ms per 1280×720 frame (decode + refine + pose)': median(times),
    // CPU time of this process: the same work, less distorted when the machine is shared.
    'median CPU ms per 1280×720 frame': median(cpuTimes),
    'median CPU ms of it in refine + pose': median(poseCpuTimes),
  }
  return {
    name: 'label pose (zxing-wasm + refine + planar pose, Node)',
    figures,
    target: `median <= ${TARGET_MS} ms per 1280×720 frame`,
    met: median(times) <= TARGET_MS,
  }
}

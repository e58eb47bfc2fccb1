/**
 * Label-anchored AR, the path a customer takes: real Chromium, IWER (an emulated Quest 3, one
 * view) with the test harness's WebXR `camera-access`, whose camera sees the printed label of a
 * Printwell P200 standing on the room's table. Each round opens the repair in AR with the headset
 * already facing the label and walks it through four viewpoints in front of it until the first
 * step card shows.
 *
 * Figures: label in view (AR entered facing it) → twin aligned and anchored, median and p95 over
 * the rounds; the main thread's cost of the camera readback per XR frame (the GPU conversion and
 * readback start in one frame, the copy-out and post to the worker in a later one; each sampled
 * from the tracker's own counters); the aligned pose against the pose the scene was rendered at.
 * Software GL (SwiftShader) renders the harness's camera image on the CPU, so the timings are
 * an upper bound for a phone's GPU.
 */
import type { Browser, Page } from 'playwright-core'
import { TEST_DIST } from '../../scripts/build-state'
import { type GuardedPage, launchBrowser, openGuardedPage } from '../helpers/browser'
import { type AppServer, startAppServer } from '../helpers/e2e-server'
import {
  PRODUCT,
  startRepairInAr,
  timeline,
  truthFor,
  truthPose,
  walkUntil,
} from '../helpers/label-scenario'
import { partCentres, poseError, targetNodes, twinMatrix } from '../helpers/label-truth'
import { installXRCameraAccess } from '../helpers/xr-camera-access'
import { panelText } from '../helpers/xr-input'
import { median } from './load'

const ROUNDS = 5
const percentile = (values: number[], p: number) => {
  const s = [...values].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN
}

type Stats = { cameraMs: number[]; startMs: number[]; collectMs: number[]; latencyMs: number[] }

type Readback = {
  first: number[]
  camera: number[]
  start: number[]
  collect: number[]
  latency: number[]
}

async function round(page: Page, readback: Readback) {
  await installXRCameraAccess(page, truthFor())
  const inView = await startRepairInAr(page, 'Replace an ink cartridge')
  const aligned = await walkUntil(
    page,
    async () => (await panelText(page)).includes('Step 1 of'),
    30_000,
  )
  if (!aligned)
    throw new Error(`not aligned within 30 s; the panel shows: ${await panelText(page)}`)
  const raw = await page.evaluate(() => window.__fixpointAR?.values()['label.stats'] ?? null)
  const stats: Stats | null = raw ? JSON.parse(raw) : null
  // The first capture of a session creates its GL objects: a one-off, reported apart.
  readback.first.push(stats?.startMs[0] ?? Number.NaN)
  readback.camera.push(...(stats?.cameraMs.slice(1) ?? []))
  readback.start.push(...(stats?.startMs.slice(1) ?? []))
  readback.collect.push(...(stats?.collectMs ?? []))
  readback.latency.push(...(stats?.latencyMs ?? []))
  const t = await timeline(page)
  const twin = await twinMatrix(page)
  if (!twin) throw new Error('no twin')
  const parts = await partCentres(PRODUCT, targetNodes(PRODUCT, 'replace-ink-cartridge'))
  const error = poseError(twin, truthPose, [...parts.values()])
  return { anchoredMs: t.anchored - inView, sightedMs: t.sighted - inView, error }
}

export async function labelAlignBench() {
  let server: AppServer | null = null
  let browser: Browser | null = null
  const anchored: number[] = []
  const sighted: number[] = []
  const position: number[] = []
  const rotation: number[] = []
  const parts: number[] = []
  const readback: Readback = { first: [], camera: [], start: [], collect: [], latency: [] }
  try {
    // The test build: the rounds read the AR session through the app's test hooks.
    ;[server, browser] = await Promise.all([
      startAppServer({ DIST_DIR: TEST_DIST }),
      launchBrowser(),
    ])
    for (let i = 0; i < ROUNDS; i++) {
      const guarded: GuardedPage = await openGuardedPage(browser, server.url)
      try {
        const r = await round(guarded.page, readback)
        anchored.push(r.anchoredMs)
        sighted.push(r.sightedMs)
        position.push(r.error.positionMm)
        rotation.push(r.error.rotationDeg)
        parts.push(Math.max(...r.error.pointsMm))
      } finally {
        await guarded.close()
      }
    }
  } finally {
    await browser?.close()
    await server?.stop()
  }
  const perFrame = [...readback.start, ...readback.collect]
  const figures = {
    'label in view → aligned and anchored, median ms': median(anchored),
    'label in view → aligned and anchored, p95 ms': percentile(anchored, 95),
    'label in view → first pose solved, median ms': median(sighted),
    'readback main thread per XR frame, median ms': median(perFrame),
    'readback main thread per XR frame, p95 ms': percentile(perFrame, 95),
    "harness getCameraImage (renders the truth scene; a phone's is the browser's), median ms":
      median(readback.camera),
    'of which conversion + readback start, median ms': median(readback.start),
    'of which copy-out + post to the worker, median ms': median(readback.collect),
    'first capture of a session (GL set-up), median ms': median(readback.first),
    'camera image → worker reply, median ms': median(readback.latency),
    'pose error, median mm': median(position),
    'pose error, max mm': Math.max(...position),
    'rotation error, max degrees': Math.max(...rotation),
    'error at target parts, max mm': Math.max(...parts),
  }
  return {
    name: `label-anchored AR (IWER + camera-access harness, ${ROUNDS} rounds)`,
    method: `Real headless Chromium on the test build, IWER (an emulated Quest 3, one view) with the test harness's WebXR camera-access, whose camera sees the printed label of a Printwell P200 on the room's table; ${ROUNDS} rounds, each opening the repair in AR facing the label and walking four viewpoints until the first step card shows. Label in view → aligned and anchored: median and p95 over the rounds; the camera readback's main-thread cost per XR frame from the tracker's own counters; the aligned pose against the pose the scene was rendered at. Software GL renders the harness's camera on the CPU, so timings are an upper bound for a phone.`,
    figures,
    target:
      'aligned and anchored ≤ 1.5 s (median and p95), readback ≤ 1 ms per frame (p95), pose ≤ 5 mm and 1°, parts ≤ 10 mm',
    met:
      percentile(anchored, 95) <= 1500 &&
      percentile(perFrame, 95) <= 1 &&
      Math.max(...position) <= 5 &&
      Math.max(...rotation) <= 1 &&
      Math.max(...parts) <= 10,
  }
}

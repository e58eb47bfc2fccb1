import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import type { Page } from 'playwright-core'
import QRCode from 'qrcode'
import type { PageTruth, TruthDisc } from './xr-camera-access/truth'

/** What the emulated phone camera sees: a printed QR label at a known pose in the room. */
export type CameraTruth = {
  /** World from label (label frame: origin at the symbol centre, +x along the top edge, +y up the
   * symbol, +z out of the label), column-major, in the XR reference space three.js uses. */
  worldFromLabel: number[]
  /** The QR payload. */
  text: string
  /** Printed side of the QR symbol, metres (module grid, quiet zone excluded). */
  sideM: number
  /** QR error correction level, as the printed labels use ('M' unless told). */
  ecLevel?: 'L' | 'M' | 'Q' | 'H'
  /** Gaussian blur sigma, camera pixels (default 0). */
  blurPx?: number
  /** Gaussian noise sigma on 0..1 grey levels (default 0). */
  noise?: number
  /** Brightness factor (default 1). */
  exposure?: number
  /** Camera image height in pixels (default 1080); the width follows the view's aspect. */
  cameraHeight?: number
  /** Coloured discs in the room (objects at known world positions), up to 4. */
  discs?: TruthDisc[]
}

/** The truth as the page draws it: the QR's modules computed here, in Node, by `qrcode`. */
export function pageTruth(truth: CameraTruth): PageTruth {
  if (truth.worldFromLabel.length !== 16) throw new Error('worldFromLabel must have 16 numbers')
  const { modules } = QRCode.create(truth.text, { errorCorrectionLevel: truth.ecLevel ?? 'M' })
  return {
    worldFromLabel: truth.worldFromLabel,
    text: truth.text,
    sideM: truth.sideM,
    modules: { size: modules.size, dark: Array.from(modules.data, (v) => v === 1) },
    blurPx: truth.blurPx ?? 0,
    noise: truth.noise ?? 0,
    exposure: truth.exposure ?? 1,
    cameraHeight: truth.cameraHeight ?? 1080,
    discs: truth.discs ?? [],
  }
}

let bundled: Promise<string> | null = null

function inPageScript(): Promise<string> {
  bundled ??= build({
    entryPoints: [fileURLToPath(new URL('./xr-camera-access/in-page.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
  }).then((out) => out.outputFiles[0]?.text ?? '')
  return bundled
}

/**
 * Gives the page's emulated XR device (IWER, `?emulate=`) the WebXR `camera-access` feature, with
 * a camera that sees `truth`: call before `page.goto`. The harness runs before the app's own
 * scripts and is never part of the app bundle. `window.__xrCameraStats` counts its work.
 */
export async function installXRCameraAccess(page: Page, truth: CameraTruth): Promise<void> {
  const script = await inPageScript()
  await page.addInitScript({
    content: `window.__xrCameraTruth = ${JSON.stringify(pageTruth(truth))};\n${script}`,
  })
}

/** Changes what the emulated camera sees from the next XR frame on (pose, blur, noise...). */
export async function setTruth(page: Page, truth: CameraTruth): Promise<void> {
  await page.evaluate((t) => {
    window.__xrCameraTruth = t
  }, pageTruth(truth))
}

/** The harness's counters: camera images asked for, truth renders, the last render's time. */
export function cameraStats(page: Page) {
  return page.evaluate(() => window.__xrCameraStats ?? { calls: 0, renders: 0, lastRenderMs: 0 })
}

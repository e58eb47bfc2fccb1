import { SyntheticEnvironmentModule } from '@iwer/sem'
import {
  metaQuest2,
  metaQuest3,
  metaQuestPro,
  XRDevice,
  type XRDeviceConfig,
  type XRDeviceOptions,
} from 'iwer'
import { androidPhone, emulateHandheld, phoneOptions } from './emulated-phone'
import { EmulatedXRRay } from './emulated-xr-ray'

type EmulatedDevice = {
  config: XRDeviceConfig
  options?: () => Partial<XRDeviceOptions>
  /** What IWER lacks for this device, added once its runtime is installed. */
  extend?: (device: XRDevice) => void
}

/** Devices `?emulate=` accepts: Meta headsets, and a handheld AR phone (Chrome on Android). */
const devices: Record<string, EmulatedDevice> = {
  quest3: { config: metaQuest3 },
  quest2: { config: metaQuest2 },
  questpro: { config: metaQuestPro },
  phone: { config: androidPhone, options: phoneOptions, extend: emulateHandheld },
}

/**
 * What tests (and a developer's console on the dev server) reach as `window.__fixpointXR`: the
 * emulated device and its room. The test build only: production has the emulator, not the handle.
 */
export type FixpointXRHandle = { device: XRDevice; deviceName: string; room: string }

declare global {
  interface Window {
    __fixpointXR?: FixpointXRHandle
  }
}

const ROOM = 'office_small'

/**
 * Replaces `navigator.xr` with IWER emulating `name` (a Meta Quest by default, or `phone`) in a
 * synthetic room captured from a real one, so AR sessions, plane/mesh detection and hit tests
 * work in any browser, headless Chromium included. Everything comes from our own bundle: the room
 * JSON is imported here rather than fetched from IWER's default CDN URL.
 */
export async function installEmulator(name: string): Promise<FixpointXRHandle> {
  const chosen = devices[name]
  if (!chosen) console.warn(`Unknown emulated device "${name}"; emulating quest3 instead.`)
  const { config, options, extend } = chosen ?? { config: metaQuest3 }
  const device = new XRDevice(config, options?.())
  // Since IWER 2.3, installRuntime leaves an existing navigator.xr alone unless forced.
  device.installRuntime({ forceInstall: true })
  extend?.(device)
  device.installSEM(SyntheticEnvironmentModule)
  // IWER takes `XRRay` offsets for hit-test sources but does not install the class as a global
  // (and its matrix needs a fix, see EmulatedXRRay).
  if (typeof XRRay !== 'function')
    Object.defineProperty(globalThis, 'XRRay', { value: EmulatedXRRay, configurable: true })
  const { default: room } = await import('@iwer/sem/captures/office_small.json')
  device.sem?.loadEnvironment(room)
  const handle = { device, deviceName: chosen ? name : 'quest3', room: ROOM }
  if (import.meta.env.TEST_HOOKS) window.__fixpointXR = handle
  return handle
}

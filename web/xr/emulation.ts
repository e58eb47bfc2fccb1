import { SyntheticEnvironmentModule } from '@iwer/sem'
import { metaQuest2, metaQuest3, metaQuestPro, XRDevice, type XRDeviceConfig } from 'iwer'
import { EmulatedXRRay } from './emulated-xr-ray'

/** Devices `?emulate=` accepts. */
const devices: Record<string, XRDeviceConfig> = {
  quest3: metaQuest3,
  quest2: metaQuest2,
  questpro: metaQuestPro,
}

/** What tests (and a curious developer's console) can reach: the emulated device and its room. */
export type FixpointXRHandle = { device: XRDevice; deviceName: string; room: string }

declare global {
  interface Window {
    __fixpointXR?: FixpointXRHandle
  }
}

const ROOM = 'office_small'

/**
 * Replaces `navigator.xr` with IWER emulating `name` (a Meta Quest by default) in a synthetic room
 * captured from a real one, so AR sessions, plane/mesh detection and hit tests work in any
 * browser, headless Chromium included. Everything comes from our own bundle: the room JSON is
 * imported here rather than fetched from IWER's default CDN URL.
 */
export async function installEmulator(name: string): Promise<FixpointXRHandle> {
  const config = devices[name]
  if (!config) console.warn(`Unknown emulated device "${name}"; emulating quest3 instead.`)
  const device = new XRDevice(config ?? metaQuest3)
  // Since IWER 2.3, installRuntime leaves an existing navigator.xr alone unless forced.
  device.installRuntime({ forceInstall: true })
  device.installSEM(SyntheticEnvironmentModule)
  // IWER takes `XRRay` offsets for hit-test sources but does not install the class as a global
  // (and its matrix needs a fix, see EmulatedXRRay).
  if (typeof XRRay !== 'function')
    Object.defineProperty(globalThis, 'XRRay', { value: EmulatedXRRay, configurable: true })
  const { default: room } = await import('@iwer/sem/captures/office_small.json')
  device.sem?.loadEnvironment(room)
  const handle = { device, deviceName: config ? name : 'quest3', room: ROOM }
  window.__fixpointXR = handle
  return handle
}

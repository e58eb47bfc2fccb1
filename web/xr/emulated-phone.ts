import type { XRDevice, XRDeviceConfig, XRDeviceOptions } from 'iwer'
import { XREnvironmentBlendMode, XRInteractionMode } from 'iwer/lib/session/XRSession.js'
import { Quaternion, Vector3 } from 'iwer/lib/utils/Math.js'
import { emulateDomOverlay } from './emulated-dom-overlay'
import { emulateMonoView } from './emulated-mono-view'
import { emulateScreenTouches } from './emulated-screen-touches'

/**
 * A handheld AR phone as Chrome on Android presents one to WebXR: `immersive-ar` only, the
 * screen as its input (`interactionMode` `screen-space`, no controllers), hit-test, anchors and
 * the DOM overlay; no plane or mesh detection (behind a flag in Chrome), no hands, no depth.
 * `camera-access` is not listed: Chrome grants it, IWER cannot render a camera, and the tests'
 * harness adds it where a test gives the camera something to see.
 */
export const androidPhone: XRDeviceConfig = {
  name: 'Android phone',
  controllerConfig: undefined,
  supportedSessionModes: ['inline', 'immersive-ar'],
  supportedFeatures: [
    'viewer',
    'local',
    'local-floor',
    'unbounded',
    'hit-test',
    'anchors',
    'dom-overlay',
  ],
  supportedFrameRates: [30, 60],
  isSystemKeyboardSupported: false,
  internalNominalFrameRate: 60,
  environmentBlendModes: { 'immersive-ar': XREnvironmentBlendMode.AlphaBlend },
  interactionMode: XRInteractionMode.ScreenSpace,
  userAgent:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
}

/**
 * One camera, no eyes apart; a rear camera's field of view across the screen's long side held
 * upright (about 60°: the width follows the page's aspect), at chest height looking ahead.
 */
export const phoneOptions = (): Partial<XRDeviceOptions> => ({
  fovy: (60 * Math.PI) / 180,
  ipd: 0,
  stereoEnabled: false,
  headsetPosition: new Vector3(0, 1.4, 0),
  headsetQuaternion: new Quaternion(),
})

/**
 * What IWER does not do for a phone, added to `device`: a single `none` view instead of two
 * eyes, the DOM overlay shown over the camera image, and touches on the screen as transient
 * `screen` input sources with select events and hit tests for transient input.
 */
export function emulateHandheld(device: XRDevice): void {
  emulateMonoView()
  emulateDomOverlay()
  emulateScreenTouches(device)
}

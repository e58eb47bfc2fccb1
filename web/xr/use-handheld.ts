import { useXR, useXRSessionFeatureEnabled } from '@react-three/xr'

/**
 * Whether the AR session runs on a handheld device (a phone: the screen is its input), by
 * capability, never by user agent: the session's `interactionMode` (`screen-space` on a phone,
 * `world-space` on a headset), or where a browser does not report it, whether it has a DOM
 * overlay (which only handheld AR offers).
 */
export function useHandheld(): boolean {
  const mode = useXR((s) => s.session?.interactionMode)
  const domOverlay = useXRSessionFeatureEnabled('dom-overlay')
  return mode === undefined ? domOverlay : mode === 'screen-space'
}

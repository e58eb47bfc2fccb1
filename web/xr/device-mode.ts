import type { DeviceMode } from '../../server/domain/session'

/**
 * `immersive-ar` when this browser can start a WebXR AR session, `inline` (the 3D fallback)
 * otherwise. Gated by capability, never by user agent.
 */
export async function detectDeviceMode(): Promise<DeviceMode> {
  try {
    return (await navigator.xr?.isSessionSupported('immersive-ar')) ? 'immersive-ar' : 'inline'
  } catch {
    // A permissions policy can make the check itself throw; that is the same as no AR.
    return 'inline'
  }
}

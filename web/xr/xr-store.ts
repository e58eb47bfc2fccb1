import { createXRStore, type XRStore } from '@react-three/xr'

/**
 * The XR store every screen uses. Never emulates by itself (the emulator is installed only by
 * `bootstrap.ts`), never offers a session the user did not ask for, and loads controller profiles
 * from our own `/xr-input-profiles/` without controller or hand models, so nothing is fetched
 * from a CDN.
 */
export function createFixpointXRStore(options: { hitTest?: 'required' | boolean } = {}): XRStore {
  return createXRStore({
    emulate: false,
    offerSession: false,
    hitTest: options.hitTest ?? true,
    controller: { model: false },
    hand: { model: false },
    baseAssetPath: new URL('/xr-input-profiles/', window.location.origin).href,
  })
}

import { buildXRSessionInit } from '@pmndrs/xr/internals'
import { createXRStore, type XRStore, type XRStoreOptions } from '@react-three/xr'

/**
 * The XR store every screen uses. Never emulates by itself (the emulator is installed only by
 * `bootstrap.ts`), never offers a session the user did not ask for, and loads controller profiles
 * from our own `/xr-input-profiles/` without controller or hand models, so nothing is fetched
 * from a CDN. AR sessions also ask for `camera-access` (optional: Chrome on Android grants it, and
 * the label tracker reads the product's label through it; elsewhere AR works as before).
 */
export function createFixpointXRStore(options: { hitTest?: 'required' | boolean } = {}): XRStore {
  const storeOptions: XRStoreOptions = {
    emulate: false,
    offerSession: false,
    hitTest: options.hitTest ?? true,
    controller: { model: false },
    hand: { model: false },
    baseAssetPath: new URL('/xr-input-profiles/', window.location.origin).href,
  }
  const store = createXRStore(storeOptions)
  // The library has no option for extra features: build its own session init (with the DOM
  // overlay root it just made) and add ours. It reads the options when a session is requested.
  const init = buildXRSessionInit('immersive-ar', store.getState().domOverlayRoot, storeOptions)
  storeOptions.customSessionInit = {
    ...init,
    optionalFeatures: [...(init.optionalFeatures ?? []), 'camera-access'],
  }
  return store
}

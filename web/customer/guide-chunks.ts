import type { DeviceMode } from '../../server/domain/session'
import { lazyPreloaded } from '../ui/lazy-preloaded'

// The repair screen and its two guides, each its own chunk: three.js and WebXR never load with
// the first page. Declared here so that the Start button can fetch them ahead of the route.
export const RepairPage = lazyPreloaded(() => import('./repair-page').then((m) => m.RepairPage))
export const Guide3D = lazyPreloaded(() => import('./guide/guide-3d').then((m) => m.Guide3D))
export const ArGuide = lazyPreloaded(() => import('./ar/ar-guide').then((m) => m.ArGuide))

/**
 * Fetches the repair screen's code and that of the guide this device will show, so that they
 * arrive while the session is being started and opened rather than after it: on a phone network
 * every step of a chunk waterfall costs a round trip (150 ms and more). Resolves once the repair
 * screen's chunk is in, and never rejects: a chunk that failed is left for the lazy component to
 * report when it renders.
 */
export function preloadGuide(mode: DeviceMode): Promise<void> {
  const ignore = () => {}
  // The screen first: its requests go out ahead of the guide's, which is needed a round trip later.
  const screen = RepairPage.preload().then(ignore, ignore)
  ;(mode === 'immersive-ar' ? ArGuide : Guide3D).preload().catch(ignore)
  return screen
}

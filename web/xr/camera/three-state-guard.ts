import type { WebGLRenderer } from 'three'
import type { GlStateGuard } from './grey-readback'

/**
 * A GL state guard for a pass drawn inside three.js's frame (before it renders): afterwards
 * three forgets its cached GL state and binds its render target again (in XR, the session's
 * layer), so it sets whatever it needs itself. Unlike reading the state back with
 * `getParameter`, which can wait for the GPU process, this only queues commands.
 */
export function threeStateGuard(renderer: WebGLRenderer): GlStateGuard {
  return () => {
    const target = renderer.getRenderTarget()
    return () => {
      renderer.resetState()
      renderer.setRenderTarget(target)
    }
  }
}

import { NoBlending, Vector4, type WebGLRenderer } from 'three'
import type { PassState } from './gl-state'

/**
 * The pass state for a pass drawn inside three.js's frame (before it renders): every binding
 * and switch three.js caches goes through its own state object, so its cache stays true and it
 * re-sets only what the pass changed. Nothing is read back from the GPU process and three's
 * state is not thrown away (`renderer.resetState()` would have it issue all of it again). Depth
 * and stencil tests are left as they are: the pass's framebuffer has neither buffer. Three.js
 * does not cache the vertex array binding: it is read (Blink answers from its own copy) and put
 * back. At the end three's render target is bound again.
 */
export function threePassState(renderer: WebGLRenderer): PassState {
  const gl = renderer.getContext() as WebGL2RenderingContext
  const { state } = renderer
  const viewport = new Vector4()
  let target: ReturnType<WebGLRenderer['getRenderTarget']> = null
  let vao: WebGLVertexArrayObject | null = null
  return {
    begin() {
      target = renderer.getRenderTarget()
      vao = gl.getParameter(gl.VERTEX_ARRAY_BINDING)
      // Through setBlending, not disable(BLEND): three keeps its own flag of blending on.
      state.setBlending(NoBlending)
      state.disable(gl.CULL_FACE)
      state.setScissorTest(false)
      state.buffers.color.setMask(true)
      state.activeTexture(gl.TEXTURE0)
    },
    framebuffer: (fbo) => state.bindFramebuffer(gl.FRAMEBUFFER, fbo),
    viewport: (width, height) => state.viewport(viewport.set(0, 0, width, height)),
    program: (program) => state.useProgram(program),
    vertexArray: (v) => gl.bindVertexArray(v),
    texture: (texture) => state.bindTexture(gl.TEXTURE_2D, texture, gl.TEXTURE0),
    end() {
      gl.bindVertexArray(vao)
      renderer.setRenderTarget(target)
      target = null
      vao = null
    },
  }
}

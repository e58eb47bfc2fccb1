// WebXR camera-access is not in TypeScript's WebXR types yet: a view's camera and the binding's
// getCameraImage, checked at run time.

/** The size of a view's camera image (`XRView.camera`). */
export type XRCameraInfo = { width: number; height: number }

/** The view's camera (`camera-access`), or null where the session has none. */
export function cameraOf(view: XRView): XRCameraInfo | null {
  const camera: unknown = Reflect.get(view, 'camera')
  if (typeof camera !== 'object' || camera === null) return null
  const width: unknown = Reflect.get(camera, 'width')
  const height: unknown = Reflect.get(camera, 'height')
  return typeof width === 'number' && typeof height === 'number' && width > 0 && height > 0
    ? (camera as XRCameraInfo)
    : null
}

/**
 * The camera image of this XR frame as a texture of the binding's context (valid only inside the
 * frame callback; rows bottom-up, aligned with the view), or null.
 */
export function cameraImage(binding: XRWebGLBinding, camera: XRCameraInfo): WebGLTexture | null {
  const get: unknown = Reflect.get(binding, 'getCameraImage')
  if (typeof get !== 'function') return null
  const texture: unknown = get.call(binding, camera)
  return texture instanceof WebGLTexture ? texture : null
}

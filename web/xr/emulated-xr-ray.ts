import { XRRay } from 'iwer'
import { Matrix4, Quaternion, Vector3 } from 'three'

const forward = new Vector3(0, 0, -1)

/**
 * IWER's `XRRay` with its `matrix` corrected. WebXR defines the matrix as the transform from the
 * ray at the origin pointing down −Z to this ray; IWER (2.x) rotates about `direction × −Z`, the
 * opposite axis, so any ray not straight ahead is mirrored about it and hit tests along offset
 * rays land in the wrong place. Hit-test sources read the matrix, so only it is replaced.
 */
export class EmulatedXRRay extends XRRay {
  private corrected: Float32Array | null = null

  override get matrix(): Float32Array {
    if (this.corrected) return this.corrected
    const { x, y, z } = this.direction
    const rotation = new Quaternion().setFromUnitVectors(forward, new Vector3(x, y, z).normalize())
    const origin = new Vector3(this.origin.x, this.origin.y, this.origin.z)
    const m = new Matrix4().compose(origin, rotation, new Vector3(1, 1, 1))
    this.corrected = new Float32Array(m.elements)
    return this.corrected
  }
}

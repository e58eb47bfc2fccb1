import { Matrix4, PerspectiveCamera, Quaternion, Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import { screenRay } from './screen-ray'

const camera = new PerspectiveCamera(90, 2, 0.1, 100)
camera.updateProjectionMatrix()
const projection = camera.projectionMatrix.toArray()
const identity = new Matrix4().toArray()

const close = (v: Vector3, x: number, y: number, z: number) => {
  expect(v.x).toBeCloseTo(x, 5)
  expect(v.y).toBeCloseTo(y, 5)
  expect(v.z).toBeCloseTo(z, 5)
}

describe('screenRay: a point of the picture → a ray into the room', () => {
  it('the centre of the picture looks straight ahead from the eye', () => {
    const ray = screenRay(0.5, 0.5, projection, identity)
    close(ray.origin, 0, 0, 0)
    close(ray.direction, 0, 0, -1)
  })

  it('picture y grows downwards, x to the right, spread by the field of view', () => {
    // A 90° vertical field of view with a 2:1 picture: the top edge is 45° up, the right edge
    // tan⁻¹(2) to the right.
    const top = screenRay(0.5, 0, projection, identity)
    close(top.direction, 0, Math.SQRT1_2, -Math.SQRT1_2)
    const bottomRight = screenRay(1, 1, projection, identity)
    close(
      bottomRight.direction,
      ...(new Vector3(2, -1, -1).normalize().toArray() as [number, number, number]),
    )
  })

  it('follows the viewer pose: position is the origin, rotation turns the ray', () => {
    const turned = new Quaternion().setFromAxisAngle(new Vector3(0, 1, 0), Math.PI / 2)
    const pose = new Matrix4().compose(new Vector3(1, 1.6, -2), turned, new Vector3(1, 1, 1))
    const ray = screenRay(0.5, 0.5, projection, pose.toArray())
    close(ray.origin, 1, 1.6, -2)
    // Turned 90° to the left about up: forward (−z) becomes −x.
    close(ray.direction, -1, 0, 0)
  })

  it('accepts the Float32Arrays WebXR hands out', () => {
    const ray = screenRay(0.25, 0.5, new Float32Array(projection), new Float32Array(identity))
    close(
      ray.direction,
      ...(new Vector3(-1, 0, -1).normalize().toArray() as [number, number, number]),
    )
  })
})

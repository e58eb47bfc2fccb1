import { Matrix4, Vector3 } from 'three'

/** A ray in the space of the view's transform: where it starts and where it points (unit length). */
export type ScreenRay = { origin: Vector3; direction: Vector3 }

const inverseProjection = new Matrix4()
const viewToSpace = new Matrix4()
const far = new Vector3()

/**
 * The ray through a point of what a view shows: `x`, `y` in picture coordinates (0..1, x right,
 * y down, as the agent's marks are), `projection` the view's projection matrix and `transform`
 * its pose (view → reference space), both column-major as WebXR gives them (`XRView`). The ray
 * starts at the eye and passes through the point on the near and far planes alike.
 */
export function screenRay(
  x: number,
  y: number,
  projection: ArrayLike<number>,
  transform: ArrayLike<number>,
  out: ScreenRay = { origin: new Vector3(), direction: new Vector3() },
): ScreenRay {
  inverseProjection.fromArray(Array.from(projection)).invert()
  viewToSpace.fromArray(Array.from(transform))
  const ndcX = x * 2 - 1
  const ndcY = 1 - y * 2
  // Unprojected to view space (perspective divide included), then into the reference space.
  out.direction.set(ndcX, ndcY, -1).applyMatrix4(inverseProjection)
  far.set(ndcX, ndcY, 1).applyMatrix4(inverseProjection)
  out.direction.subVectors(far, out.direction).transformDirection(viewToSpace)
  out.origin.setFromMatrixPosition(viewToSpace)
  return out
}

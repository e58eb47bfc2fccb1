import { Matrix4, PerspectiveCamera, Quaternion, Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import { screenRay } from '../xr/remote-pointer/screen-ray'
import { invert4, viewRay } from './view-ray'

describe('viewRay: a click on the shared view → a ray in the customer’s room', () => {
  it('matches three.js’s unprojection for an off-axis projection and a turned, moved eye', () => {
    const camera = new PerspectiveCamera(70, 4 / 3, 0.05, 50)
    // An asymmetric frustum, as a headset's or a phone camera's can be.
    camera.projectionMatrix.makePerspective(-0.05, 0.03, 0.03, -0.02, 0.05, 50)
    const projection = camera.projectionMatrix.toArray()
    const pose = new Matrix4()
      .compose(
        new Vector3(0.4, 1.5, -0.2),
        new Quaternion().setFromAxisAngle(new Vector3(1, 2, 0.5).normalize(), 0.7),
        new Vector3(1, 1, 1),
      )
      .toArray()
    for (const [x, y] of [
      [0.5, 0.5],
      [0.1, 0.9],
      [0.83, 0.27],
    ] as const) {
      const ours = viewRay(x, y, projection, pose)
      const theirs = screenRay(x, y, projection, pose)
      if (!ours) throw new Error('no ray')
      for (const i of [0, 1, 2]) {
        expect(ours.origin[i]).toBeCloseTo(theirs.origin.getComponent(i), 6)
        expect(ours.direction[i]).toBeCloseTo(theirs.direction.getComponent(i), 6)
      }
    }
  })

  it('inverts like three.js and refuses a singular matrix', () => {
    const m = new Matrix4().makeRotationY(0.3).setPosition(1, 2, 3).toArray()
    const inverse = invert4(m)
    const expected = new Matrix4().fromArray(m).invert().toArray()
    expect(inverse).toHaveLength(16)
    for (const [i, v] of (inverse ?? []).entries())
      expect(v).toBeCloseTo(expected[i] ?? Number.NaN, 9)
    expect(invert4(new Array(16).fill(0))).toBeNull()
    expect(viewRay(0.5, 0.5, new Array(16).fill(0), m)).toBeNull()
  })
})

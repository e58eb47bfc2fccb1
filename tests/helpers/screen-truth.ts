import type { Page } from 'playwright-core'
import { Matrix4, Quaternion, Vector3 } from 'three'
import type { Point } from './touch-screen'
import { currentView } from './xr-input'

const forward = new Vector3(0, 0, -1)

/**
 * The room's surface under a point of a phone's screen (CSS pixels), as the test knows it: the
 * ray from the emulated camera through that point, made here from the session's own view (pose
 * and projection) and the page's size, cast by the synthetic room's own hit test (IWER's SEM).
 * Nothing of the app, nor of the emulator's touch input, goes into it. Null when nothing is hit.
 */
export async function surfaceUnder(page: Page, [x, y]: Point): Promise<Vector3 | null> {
  const { pose, projection: p } = await currentView(page)
  const size = page.viewportSize()
  if (!size) throw new Error('The page has no viewport size')
  const nx = (x / size.width) * 2 - 1
  const ny = 1 - (y / size.height) * 2
  const direction = new Vector3(
    (nx + (p[8] ?? 0)) / (p[0] ?? 1),
    (ny + (p[9] ?? 0)) / (p[5] ?? 1),
    -1,
  ).transformDirection(pose)
  const ray = new Matrix4().compose(
    new Vector3().setFromMatrixPosition(pose),
    new Quaternion().setFromUnitVectors(forward, direction),
    new Vector3(1, 1, 1),
  )
  const hits = await page.evaluate(
    (m) => window.__fixpointXR?.device.sem?.computeHitTestResults(m).map((h) => [...h]) ?? [],
    ray.toArray(),
  )
  const first = hits[0]
  return first ? new Vector3(first[12], first[13], first[14]) : null
}

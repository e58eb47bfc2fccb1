import { launchBrowser, openGuardedPage } from '../tests/helpers/browser'
import { startAppServer } from '../tests/helpers/e2e-server'
import { headsetAt } from '../tests/helpers/label-truth'
import { ADMIN, DISC, FAKE_MEDIA, VIEW_A, customerInArWithCamera, sharedViewTruth } from '../tests/helpers/shared-view'
import { installXRCameraAccess } from '../tests/helpers/xr-camera-access'

const [server, browser] = await Promise.all([startAppServer(ADMIN), launchBrowser(FAKE_MEDIA)])
const customer = await openGuardedPage(browser, server.url)
await customer.context.addInitScript({ content: 'globalThis.__name = (f) => f' })
try {
  const { page } = customer
  await installXRCameraAccess(page, sharedViewTruth())
  await customerInArWithCamera(page)
  await headsetAt(page, VIEW_A, DISC)
  const r = await page.evaluate(async ([o, d]) => {
    const s = window.__fixpointXR!.device.activeSession as unknown as XRSession
    const out: unknown[] = [String(XRRay).slice(0, 80)]
    for (const type of ['local-floor', 'local', 'viewer'] as const) {
      const sp = await s.requestReferenceSpace(type).catch(() => null)
      if (!sp) { out.push(type + ' none'); continue }
      const ray = new XRRay({ x: o[0], y: o[1], z: o[2], w: 1 }, { x: d[0], y: d[1], z: d[2], w: 0 })
      const src = await s.requestHitTestSource!({ space: sp, offsetRay: ray })
      const res = await new Promise<unknown>((res) => { let n = 0; const f = (_t: number, fr: XRFrame) => { const h = fr.getHitTestResults(src!)[0]?.getPose(sp)?.transform.position; if (h || n++ > 30) res(h ? [h.x, h.y, h.z] : null); else s.requestAnimationFrame(f) }; s.requestAnimationFrame(f) })
      out.push([type, res, Array.from(ray.matrix)])
    }
    return out
  }, [[0.2485, 1.15, -0.1217], [0.0925, -0.7257, -0.6817]] as const)
  console.log(JSON.stringify(r))
} finally { await browser.close(); await server.stop() }

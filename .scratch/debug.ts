import { writeFileSync } from 'node:fs'
import { launchBrowser, openGuardedPage } from '../tests/helpers/browser'
import { startAppServer } from '../tests/helpers/e2e-server'
import { headsetAt } from '../tests/helpers/label-truth'
import { ADMIN, agentSignsIn, customerInArWithCamera, DISC, FAKE_MEDIA, findInVideo, sharedViewTruth, VIEW_A } from '../tests/helpers/shared-view'
import { installXRCameraAccess } from '../tests/helpers/xr-camera-access'
import { press, panelText } from '../tests/helpers/xr-input'
import { panelShows } from '../tests/helpers/shared-view'

const [server, browser] = await Promise.all([startAppServer(ADMIN), launchBrowser(FAKE_MEDIA)])
const customer = await openGuardedPage(browser, server.url)
const agent = await openGuardedPage(browser, server.url)
for (const g of [customer, agent]) await g.context.addInitScript({ content: 'globalThis.__name = (f) => f' })
try {
  agent.page.on('websocket', (ws) => ws.on('framesent', (f) => { const t = String(f.payload); if (t.includes('annotation')) console.log('SENT', t) }))
  await agentSignsIn(agent.page)
  const { page } = customer
  await installXRCameraAccess(page, sharedViewTruth())
  await customerInArWithCamera(page)
  await headsetAt(page, VIEW_A, DISC)
  for (let i = 0; i < 0; i++) {
    console.log('before help: xr frames', await page.evaluate(() => window.__fixpointFrameWork?.frames()))
    await page.waitForTimeout(1000)
  }
  await press(page, 'help')
  await panelShows(page, 'Help: you are number 1')
  await agent.page.getByTestId('queue-item').getByRole('button', { name: 'Accept' }).click()
  await agent.page.waitForTimeout(8000)
  console.log('panel', await panelText(page))
  console.log('values', await page.evaluate(() => window.__fixpointAR?.values()))
  console.log('found', await findInVideo(agent.page, 'disc'))
  await agent.page.screenshot({ path: '.scratch/agent.png' })
  await page.screenshot({ path: '.scratch/customer.png' })
  const png = await agent.page.evaluate(() => {
    const v = document.querySelector('video')!
    const c = document.createElement('canvas'); c.width = v.videoWidth; c.height = v.videoHeight
    c.getContext('2d')!.drawImage(v, 0, 0)
    return c.toDataURL('image/png')
  })
  writeFileSync('.scratch/video.png', Buffer.from(png.split(',')[1]!, 'base64'))
  for (let i = 0; i < 1; i++) {
    console.log('xr frames', await page.evaluate(() => [window.__fixpointFrameWork?.frames(), JSON.parse(window.__fixpointAR?.values()['sharedView.stats'] ?? '{}').composed]), (await findInVideo(agent.page, 'disc')).decoded)
    await page.waitForTimeout(1000)
  }
  const f = await findInVideo(agent.page, 'disc')
  const { clickVideo, markers } = await import('../tests/helpers/shared-view')
  await clickVideo(agent.page, f.u, f.v)
  await agent.page.waitForTimeout(3000)
  console.log('expected dir', [DISC[0]-VIEW_A[0], DISC[1]-VIEW_A[1], DISC[2]-VIEW_A[2]].map((x, _i, a) => x / Math.hypot(...a)))
  console.log('view now', await page.evaluate(async () => { const s = window.__fixpointXR!.device.activeSession as unknown as XRSession; const sp = await s.requestReferenceSpace('local-floor'); return new Promise((r) => s.requestAnimationFrame((_t, f) => { const v = f.getViewerPose(sp)!.views[0]!; r({ t: Array.from(v.transform.matrix), p: Array.from(v.projectionMatrix) }) })) }))
  console.log('markers', await markers(page), await page.evaluate(() => [window.__fixpointAR?.values().remoteMarker, Object.entries(window.__fixpointAR?.targets() ?? {}).filter(([n]) => n.startsWith('marker'))]))
  console.log('problems', customer.problems, agent.problems)
} finally {
  await browser.close(); await server.stop()
}

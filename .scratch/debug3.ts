import { launchBrowser, openGuardedPage } from '../tests/helpers/browser'
import { startAppServer } from '../tests/helpers/e2e-server'
import { headsetAt } from '../tests/helpers/label-truth'
import { ADMIN, agentSignsIn, customerInArWithCamera, DISC, FAKE_MEDIA, findInVideo, panelShows, sharedViewTruth, VIEW_A } from '../tests/helpers/shared-view'
import { installXRCameraAccess } from '../tests/helpers/xr-camera-access'
import { press } from '../tests/helpers/xr-input'

const [server, browser] = await Promise.all([startAppServer(ADMIN), launchBrowser(FAKE_MEDIA)])
const customer = await openGuardedPage(browser, server.url)
const agent = await openGuardedPage(browser, server.url)
for (const g of [customer, agent]) await g.context.addInitScript({ content: 'globalThis.__name = (f) => f' })
customer.page.on('console', (m) => { if (m.type() === 'warning' || m.type() === 'error') console.log('CONSOLE', m.type(), m.text().slice(0, 200)) })
try {
  await agentSignsIn(agent.page)
  const { page } = customer
  await installXRCameraAccess(page, sharedViewTruth())
  await customerInArWithCamera(page)
  await headsetAt(page, VIEW_A, DISC)
  await press(page, 'help')
  await panelShows(page, 'Help: you are number 1')
  await agent.page.getByTestId('queue-item').getByRole('button', { name: 'Accept' }).click()
  for (let i = 0; i < 8; i++) {
    await page.waitForTimeout(1000)
    const st = await page.evaluate(() => [window.__fixpointFrameWork?.frames(), window.__fixpointAR?.values()['sharedView.stats']])
    const s = JSON.parse(String(st[1] ?? '{}'))
    const pc = await agent.page.evaluate(() => document.querySelector('[data-testid="frames"]')?.getAttribute('data-frames'))
    console.log(i, 'xr', st[0], 'composed', s.composed, 'xrf', s.xrFrames, 'decoded', (await findInVideo(agent.page, 'disc')).decoded, 'stats-decoded', pc, 'frame', (s.frameMs ?? []).slice(-3).map((x: number) => x.toFixed(1)), 'compose', (s.composeMs ?? []).slice(-3).map((x: number) => x.toFixed(1)))
  }
  console.log('problems', customer.problems, agent.problems)
} finally {
  await browser.close(); await server.stop()
}

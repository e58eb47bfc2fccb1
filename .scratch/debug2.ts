import { writeFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { launchBrowser, openGuardedPage } from '../tests/helpers/browser'
import { startAppServer } from '../tests/helpers/e2e-server'
import { headsetAt } from '../tests/helpers/label-truth'
import { ADMIN, agentSignsIn, clickVideo, customerInArWithCamera, DISC, FAKE_MEDIA, findInVideo, markers, panelShows, sharedViewTruth, VIEW_A, VIEW_B, VIEW_B_TARGET } from '../tests/helpers/shared-view'
import { installXRCameraAccess } from '../tests/helpers/xr-camera-access'
import { press } from '../tests/helpers/xr-input'

async function snap(agent: Page, name: string) {
  const png = await agent.evaluate(() => {
    const v = document.querySelector('video')!
    const c = document.createElement('canvas'); c.width = v.videoWidth; c.height = v.videoHeight
    c.getContext('2d')!.drawImage(v, 0, 0)
    return c.toDataURL('image/png')
  })
  writeFileSync(`.scratch/${name}.png`, Buffer.from(png.split(',')[1]!, 'base64'))
}
const [server, browser] = await Promise.all([startAppServer(ADMIN), launchBrowser(FAKE_MEDIA)])
const customer = await openGuardedPage(browser, server.url)
const agent = await openGuardedPage(browser, server.url)
for (const g of [customer, agent]) await g.context.addInitScript({ content: 'globalThis.__name = (f) => f' })
try {
  await agentSignsIn(agent.page)
  const { page } = customer
  await installXRCameraAccess(page, sharedViewTruth())
  await customerInArWithCamera(page)
  await headsetAt(page, VIEW_A, DISC)
  await press(page, 'help')
  await panelShows(page, 'Help: you are number 1')
  await agent.page.getByTestId('queue-item').getByRole('button', { name: 'Accept' }).click()
  await agent.page.waitForTimeout(6000)
  const f = await findInVideo(agent.page, 'disc')
  console.log('disc', f)
  await clickVideo(agent.page, f.u, f.v)
  await agent.page.waitForTimeout(4000)
  console.log('markers', await markers(page))
  await snap(agent.page, 'after-click')
  await page.screenshot({ path: '.scratch/customer-after-click.png' })
  await headsetAt(page, VIEW_B, VIEW_B_TARGET)
  await agent.page.waitForTimeout(4000)
  await snap(agent.page, 'after-move')
  const d = await findInVideo(agent.page, 'disc')
  console.log('disc B', d, await findInVideo(agent.page, 'accent'), await findInVideo(agent.page, 'accent', { ...d, radius: 0.1 }))
  console.log('problems', customer.problems, agent.problems)
} finally {
  await browser.close(); await server.stop()
}

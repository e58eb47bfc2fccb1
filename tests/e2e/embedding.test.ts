import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect } from 'vitest'
import { appTest } from '../helpers/app-fixture'

/**
 * A CRM console on another site (`localhost` against the app's `127.0.0.1`) that frames a page of
 * the app, in real Chromium.
 */
async function crmConsole() {
  let target = ''
  const server: Server = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html')
    res.end(
      `<!doctype html><title>CRM</title><h1>CRM</h1><iframe title="Fixpoint" src="${target}" width="1000" height="700"></iframe>`,
    )
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`
  return {
    origin,
    frame: (url: string) => {
      target = url
      return origin
    },
    close: () => new Promise((done) => server.close(done)),
  }
}

const crm = await crmConsole()
const test = appTest
  .override('serverEnv', { scope: 'file' }, { FRAME_ANCESTORS: crm.origin })
  .override('pageOptions', { allowOrigins: [crm.origin] })

test('the CRM frames the agent console (signed out, it shows the sign-in inside the frame)', async ({
  guarded,
  server,
}) => {
  const { page } = guarded
  await page.goto(crm.frame(`${server.url}/agent`))
  const inFrame = page.frameLocator('iframe[title="Fixpoint"]')
  await inFrame.getByRole('heading', { name: 'Staff sign-in' }).waitFor({ timeout: 20_000 })
  await inFrame.getByLabel('Email').waitFor()
  // Signed out, the console's own `me` request answers 401 (Chromium logs it): the one expected.
  const expected = guarded.problems.filter((p) => / 401 .*\/api\/auth\/me\)$/.test(p))
  expect(guarded.problems).toEqual(expected)
  guarded.problems.length = 0
})

test('the same CRM cannot frame any other page of the app', async ({ guarded, server }) => {
  const { page } = guarded
  const refused = new Promise<string>((done) =>
    page.on('console', (m) => {
      if (/frame-ancestors/.test(m.text())) done(m.text())
    }),
  )
  await page.goto(crm.frame(`${server.url}/studio`))
  expect(await refused).toMatch(/Framing '.*' violates .*"frame-ancestors 'none'".* blocked/s)
  const frame = page.frames().find((f) => f !== page.mainFrame())
  await expect.poll(() => frame?.url()).toMatch(/^chrome-error:|^about:blank$/)
  // That refusal is the expected console error; nothing else may be on the list.
  expect(guarded.problems.every((p) => /frame-ancestors/.test(p))).toBe(true)
  guarded.problems.length = 0
  await crm.close()
})

import type { Page } from 'playwright-core'

/** Signs an agent in at `/agent` and waits for the console's empty queue. */
export async function openAgentConsole(page: Page, who: { email: string; password: string }) {
  await page.goto('/agent')
  await page.waitForURL(/\/login/)
  await page.getByLabel('Email').fill(who.email)
  await page.getByLabel('Password').fill(who.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByText('Nobody is waiting', { exact: false }).waitFor()
}

/** A console error the agent page always has: it checks the sign-in first, a 401 by contract. */
export const SIGNED_OUT_PROBE = /status of 401 .*\/api\/auth\/me\)$/

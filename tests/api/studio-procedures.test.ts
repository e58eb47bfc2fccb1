import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addStaff, client, makeTestApp, type TestApp } from '../helpers/app'

const PROC = 'descale'

type Draft = { steps: { id: string; title: string }[] } & Record<string, unknown>
type Studio = { draft: Draft; revision: number; latestVersion: number }

let t: TestApp
let ann: ReturnType<typeof client>
let bob: ReturnType<typeof client>
beforeAll(async () => {
  t = await makeTestApp()
  ann = client(t.app)
  await ann.post('/api/auth/login', await addStaff(t, 'author'))
  bob = client(t.app)
  await bob.post('/api/auth/login', await addStaff(t, 'author', 'bob@example.com'))
})
afterAll(() => t.close())

/** What the editor opens: the draft, or (before anyone edited) the latest published version. */
const open = async (who: ReturnType<typeof client>): Promise<Studio> => {
  const s = (await who.get(`/api/studio/procedures/${PROC}`)).json as Studio
  if (s.draft) return s
  const v = (await who.get(`/api/studio/procedures/${PROC}/versions/${s.latestVersion}`)).json
  return { ...s, draft: (v as { procedure: Draft }).procedure }
}
const save = (who: ReturnType<typeof client>, draft: Draft, baseRevision: number) =>
  who.send('PUT', `/api/studio/procedures/${PROC}/draft`, { draft, baseRevision }, who.csrf())
const publish = (who: ReturnType<typeof client>, changeNote: string, baseRevision: number) =>
  who.post(`/api/studio/procedures/${PROC}/publish`, { changeNote, baseRevision }, who.csrf())

describe('studio procedures', () => {
  it('publishing makes a new version; published versions never change', async () => {
    const v1 = await t.app.request(`/api/procedures/${PROC}/versions/1`)
    expect(v1.status).toBe(200)
    const v1Body = await v1.text()
    const v1Studio = (await ann.get(`/api/studio/procedures/${PROC}/versions/1`)).json

    const { draft, revision } = await open(ann)
    const edited = structuredClone(draft)
    if (edited.steps[0]) edited.steps[0].title = 'Unplug the machine and let it cool'
    const saved = await save(ann, edited, revision)
    expect(saved.status).toBe(200)
    const { revision: next } = saved.json as { revision: number }
    expect(next).toBe(revision + 1)
    const published = await publish(ann, 'Say unplug, not switch off', next)
    expect(published.status).toBe(201)
    expect(published.json).toEqual({ version: 2 })

    // Version 1 is byte for byte what it was; customers get version 2.
    expect(await (await t.app.request(`/api/procedures/${PROC}/versions/1`)).text()).toBe(v1Body)
    expect((await ann.get(`/api/studio/procedures/${PROC}/versions/1`)).json).toEqual(v1Studio)
    const latest = (await (await t.app.request(`/api/procedures/${PROC}`)).json()) as {
      version: number
      steps: { title: string }[]
    }
    expect(latest.version).toBe(2)
    expect(latest.steps[0]?.title).toBe('Unplug the machine and let it cool')

    // Publishing the same content again makes no version.
    const again = await publish(ann, 'Nothing new', next)
    expect(again.status).toBe(409)
    expect(again.json).toMatchObject({ error: { code: 'no_changes' } })
    expect((await open(ann)).latestVersion).toBe(2)
  })

  it('a stale draft save answers 409 with a clear message and overwrites nothing', async () => {
    const base = await open(ann)
    const bobsCopy = await open(bob)
    const annsDraft = structuredClone(base.draft)
    if (annsDraft.steps[1]) annsDraft.steps[1].title = 'Ann’s title'
    expect((await save(ann, annsDraft, base.revision)).status).toBe(200)

    const bobsDraft = structuredClone(bobsCopy.draft)
    if (bobsDraft.steps[1]) bobsDraft.steps[1].title = 'Bob’s title'
    const stale = await save(bob, bobsDraft, bobsCopy.revision)
    expect(stale.status).toBe(409)
    expect(stale.json).toEqual({
      error: {
        code: 'stale_draft',
        message: expect.stringMatching(/Someone else saved this draft \(now revision \d+\)/),
        requestId: expect.any(String),
      },
    })
    // Ann's save stands, and Bob cannot publish from his stale copy either.
    const now = await open(bob)
    expect(now.draft.steps[1]?.title).toBe('Ann’s title')
    expect(now.revision).toBe(base.revision + 1)
    const stalePublish = await publish(bob, 'From a stale copy', bobsCopy.revision)
    expect(stalePublish.status).toBe(409)
    expect(stalePublish.json).toMatchObject({ error: { code: 'stale_draft' } })
    // After reloading, Bob's save goes through on top of Ann's.
    expect((await save(bob, bobsDraft, now.revision)).status).toBe(200)
  })
})

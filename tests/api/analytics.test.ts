import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { escalations, repairSessions, sessionEvents } from '../../server/db/schema'
import { A, B, C, type Figures, PROC, seed, sorted, v1, v2 } from '../helpers/analytics-plans'
import { addStaff, client, makeTestApp, type TestApp } from '../helpers/app'
import { databaseTargets } from '../helpers/db'

describe.each(databaseTargets)('analytics on $name', ({ open }) => {
  let t: TestApp
  let author: ReturnType<typeof client>
  const get = async (query: string) => {
    const res = await author.get(`/api/studio/procedures/${PROC}/analytics${query}`)
    expect(res.status).toBe(200)
    return res.json as {
      version: number | null
      steps: { id: string; title: string }[]
      figures: Figures
    }
  }

  beforeAll(async () => {
    t = await makeTestApp({ database: await open() })
    author = client(t.app)
    await author.post('/api/auth/login', await addStaff(t, 'author'))
    // Version 2 renames the first step, so the route must answer each version's own titles.
    const { revision } = (await author.get(`/api/studio/procedures/${PROC}`)).json as {
      revision: number
    }
    const { procedure: draft } = (await author.get(`/api/studio/procedures/${PROC}/versions/1`))
      .json as { procedure: { steps: { title: string }[] } }
    if (draft.steps[0]) draft.steps[0].title = 'Switch off and wait'
    const saved = await author.send(
      'PUT',
      `/api/studio/procedures/${PROC}/draft`,
      { draft, baseRevision: revision },
      author.csrf(),
    )
    expect(saved.status).toBe(200)
    const published = await author.post(
      `/api/studio/procedures/${PROC}/publish`,
      {
        changeNote: 'Shorter first step',
        baseRevision: (saved.json as { revision: number }).revision,
      },
      author.csrf(),
    )
    expect(published.json).toEqual({ version: 2 })
    await seed(t)
  }, 60_000)
  afterAll(() => t?.close())

  it('answers every figure of one version exactly, with that version’s step titles', async () => {
    const one = await get('?version=1')
    expect(one.version).toBe(1)
    expect(one.steps[0]).toEqual({ id: A, title: 'Switch off and let the machine cool' })
    expect(one.steps).toHaveLength(12)
    expect(sorted(one.figures)).toEqual(sorted(v1))
    const two = await get('?version=2')
    expect(two.steps[0]).toEqual({ id: A, title: 'Switch off and wait' })
    expect(sorted(two.figures)).toEqual(sorted(v2))
  })

  it('all versions together count each session once', async () => {
    const all = await get('')
    expect(all.version).toBeNull()
    const { steps, ...totals } = all.figures
    expect(totals).toEqual({
      sessions: 8,
      fixed: 3,
      notFixed: 2,
      abandoned: 1,
      escalated: 2,
      successRate: 0.6,
      abandonmentRate: 1 / 8,
      escalationRate: 2 / 8,
      medianMinutes: 15,
    })
    expect(steps.find((s) => s.stepId === A)).toMatchObject({ reached: 8, medianDwellSeconds: 40 })
  })

  it('the date range includes both end days and nothing outside them', async () => {
    expect(sorted((await get('?from=2025-03-10&to=2025-03-10')).figures)).toEqual(sorted(v1))
    expect(sorted((await get('?from=2025-03-11&to=2025-03-12')).figures)).toEqual(sorted(v2))
    expect((await get('?from=2025-03-11&to=2025-03-11')).figures).toEqual({
      sessions: 0,
      fixed: 0,
      notFixed: 0,
      abandoned: 0,
      escalated: 0,
      successRate: null,
      abandonmentRate: null,
      escalationRate: null,
      medianMinutes: null,
      steps: [],
    })
  })

  it('the CSV holds the same figures in step order', async () => {
    const res = await author.get(`/api/studio/procedures/${PROC}/analytics?version=1&format=csv`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/)
    const lines = res.text.trimEnd().split('\n')
    expect(lines.slice(0, 8)).toEqual([
      'metric,value',
      'sessions,6',
      'fixed,2',
      'not_fixed,1',
      'abandoned,1',
      'escalated,2',
      `success_rate,${2 / 3}`,
      'median_minutes,20',
    ])
    expect(lines.slice(9, 13)).toEqual([
      'step,title,reached,median_dwell_seconds,backs,help_requests,ended_here',
      `${A},Switch off and let the machine cool,6,40,0,1,1`,
      `${B},Lift out the water tank,4,45,1,1,1`,
      `${C},Take out the water filter,3,120,0,1,1`,
    ])
    expect(lines[13]).toBe('fill-descaler,Fill the tank with descaling solution,0,,0,0,0')
    // Then the same sessions by the content language they were served in (these fixtures were
    // written straight into the table, so none is recorded: an empty cell).
    expect(lines.slice(22)).toEqual([
      '',
      'language,sessions,fixed,not_fixed,abandoned,escalated,success_rate',
      `,6,2,1,1,2,${2 / 3}`,
    ])
    expect(lines).toHaveLength(25)
  })

  it('figures already read stay current: a late event, a new answer and a new session all count', async () => {
    const before = sorted((await get('?version=2')).figures)
    expect(before).toEqual(sorted(v2))
    const db = t.deps.db
    const [late] = await db
      .select({ id: repairSessions.id })
      .from(repairSessions)
      .where(eq(repairSessions.createdAt, new Date('2025-03-12T10:00:00Z')))
    // The not-fixed v2 session sends a back step late, then is escalated and answers fixed.
    await db.insert(sessionEvents).values({
      id: randomUUID(),
      sessionId: late?.id as string,
      type: 'step_back',
      stepId: B,
      at: new Date('2025-03-12T10:02:00Z'),
    })
    await db.insert(escalations).values({ sessionId: late?.id as string, context: {} })
    await db
      .update(repairSessions)
      .set({ outcome: 'fixed' })
      .where(eq(repairSessions.id, late?.id as string))
    // And a new session starts the same day.
    await db.insert(repairSessions).values({
      tokenHash: randomUUID(),
      productId: 'espresso-one',
      procedureId: PROC,
      version: 2,
      mode: 'inline',
      createdAt: new Date('2025-03-12T18:00:00Z'),
    })
    const after = (await get('?version=2')).figures
    expect(after).toMatchObject({
      sessions: 3,
      fixed: 2,
      notFixed: 0,
      escalated: 1,
      successRate: 1,
    })
    expect(after.steps.find((s) => s.stepId === B)).toMatchObject({ backs: 1, endedHere: 0 })
  })

  it('only authors and admins may read analytics', async () => {
    const agent = client(t.app)
    await agent.post('/api/auth/login', await addStaff(t, 'agent'))
    expect((await agent.get(`/api/studio/procedures/${PROC}/analytics`)).status).toBe(403)
    expect((await client(t.app).get(`/api/studio/procedures/${PROC}/analytics`)).status).toBe(401)
    expect((await author.get('/api/studio/procedures/nope/analytics')).status).toBe(404)
    expect((await author.get(`/api/studio/procedures/${PROC}/analytics?from=10-03`)).status).toBe(
      400,
    )
  })
})

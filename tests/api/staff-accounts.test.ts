import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PeopleSchema } from '../../server/domain/staff'
import { issueLink } from '../../server/services/auth-links'
import { listPeople } from '../../server/services/people'
import { addStaff, client, makeTestApp, type TestApp } from '../helpers/app'
import { databaseTargets } from '../helpers/db'
import { linkIn, startSmtpServer } from '../helpers/smtp'

const ORIGIN = { origin: 'http://localhost' }

let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let t: TestApp
beforeAll(async () => {
  smtp = await startSmtpServer()
  t = await makeTestApp({
    catalog: null,
    env: { SMTP_URL: smtp.url, MAIL_FROM: 'Fixpoint <fp@example.com>' },
  })
})
afterAll(async () => {
  await t.close()
  await smtp.close()
})

async function signedIn(email: string, password: string) {
  const http = client(t.app)
  const res = await http.post('/api/auth/login', { email, password })
  expect(res.status).toBe(200)
  return http
}

describe('first run: the setup link', () => {
  it('creates the first admin once, only from this server’s own origin', async () => {
    const options = await client(t.app).get('/api/auth/options')
    expect(options.json).toEqual({ setupNeeded: true, sso: null, mail: true })
    const { token } = await issueLink(t.deps.db, t.deps.secret, 'setup')
    const body = { token, email: 'root@example.com', name: 'Root', password: 'first-admin-pass' }
    const http = client(t.app)
    expect((await http.post('/api/auth/setup', body)).status).toBe(403)
    const elsewhere = await http.post('/api/auth/setup', body, { origin: 'https://evil.example' })
    expect(elsewhere.json).toMatchObject({ error: { code: 'wrong_origin' } })
    const weak = await http.post('/api/auth/setup', { ...body, password: 'short' }, ORIGIN)
    expect(weak.status).toBe(400)
    expect(weak.json).toMatchObject({
      error: { fields: { password: ['Use at least 10 characters.'] } },
    })
    const made = await http.post('/api/auth/setup', body, ORIGIN)
    expect(made.status).toBe(201)
    expect((await http.get('/api/auth/me')).json).toMatchObject({
      user: { email: 'root@example.com', role: 'admin', name: 'Root' },
    })
    const again = await client(t.app).post(
      '/api/auth/setup',
      { ...body, email: 'x@example.com' },
      ORIGIN,
    )
    expect(again.status).toBe(410)
    expect(again.json).toMatchObject({ error: { code: 'link_invalid' } })
    expect((await client(t.app).get('/api/auth/options')).json).toMatchObject({
      setupNeeded: false,
    })
  })

  it('a second, unused setup link cannot add an admin once one exists', async () => {
    const { token } = await issueLink(t.deps.db, t.deps.secret, 'setup')
    const res = await client(t.app).post(
      '/api/auth/setup',
      { token, email: 'late@example.com', name: '', password: 'another-admin-pass' },
      ORIGIN,
    )
    expect(res.status).toBe(409)
    expect(res.json).toMatchObject({ error: { code: 'already_set_up' } })
  })
})

describe('staff management', () => {
  let admin: ReturnType<typeof client>
  beforeAll(async () => {
    admin = await signedIn('root@example.com', 'first-admin-pass')
  })

  it('invite: the mail reaches the SMTP server, its link sets the password, the author signs in', async () => {
    const res = await admin.post(
      '/api/admin/users',
      { email: 'ann@example.com', name: 'Ann', role: 'author' },
      { ...admin.csrf(), ...ORIGIN },
    )
    expect(res.status).toBe(201)
    expect(res.json).toMatchObject({
      user: { email: 'ann@example.com', role: 'author', pending: true, active: true },
      sent: { emailed: true, link: null },
    })
    const mail = await smtp.next()
    expect(mail.to).toEqual(['ann@example.com'])
    expect(mail.from).toBe('fp@example.com')
    expect(mail.subject).toBe('You are invited to Fixpoint')
    const { token, link } = linkIn(mail)
    expect(link.startsWith('http://localhost/welcome#token=')).toBe(true)
    // Not yet a password to sign in with.
    expect(
      (await client(t.app).post('/api/auth/login', { email: 'ann@example.com', password: '' }))
        .status,
    ).toBe(400)
    const ann = client(t.app)
    expect((await ann.post('/api/auth/link', { token })).json).toEqual({
      kind: 'invite',
      email: 'ann@example.com',
      name: 'Ann',
    })
    const set = await ann.post('/api/auth/password', { token, password: 'ann-chosen-password' })
    expect(set.status).toBe(200)
    expect((await ann.get('/api/auth/me')).json).toMatchObject({
      user: { email: 'ann@example.com', role: 'author' },
    })
    expect((await ann.get('/api/studio/products')).status).toBe(200)
    await signedIn('ann@example.com', 'ann-chosen-password')
    const reused = await client(t.app).post('/api/auth/password', {
      token,
      password: 'someone-elses-pass',
    })
    expect(reused.status).toBe(410)
  })

  it('a duplicate invitation is refused on the email field', async () => {
    const res = await admin.post(
      '/api/admin/users',
      { email: 'ANN@example.com', role: 'agent' },
      admin.csrf(),
    )
    expect(res.status).toBe(409)
    expect(res.json).toMatchObject({
      error: { code: 'email_taken', fields: { email: expect.any(Array) } },
    })
  })

  it('forgot password: the reset mail’s link sets a new one and ends the old sessions', async () => {
    const before = await signedIn('ann@example.com', 'ann-chosen-password')
    const unknown = await client(t.app).post('/api/auth/forgot', { email: 'ghost@example.com' })
    const known = await client(t.app).post('/api/auth/forgot', { email: 'Ann@Example.com' })
    expect(unknown.json).toEqual({ result: 'sent' })
    expect(known.json).toEqual({ result: 'sent' })
    const mail = await smtp.next()
    expect(mail.to).toEqual(['ann@example.com'])
    expect(mail.subject).toBe('Reset your Fixpoint password')
    expect(smtp.pending()).toBe(0)
    const { token, path } = linkIn(mail)
    expect(path).toBe('/reset')
    const ann = client(t.app)
    expect((await ann.post('/api/auth/link', { token })).json).toMatchObject({ kind: 'reset' })
    expect(
      (await ann.post('/api/auth/password', { token, password: 'ann-new-password' })).status,
    ).toBe(200)
    expect((await before.get('/api/auth/me')).status).toBe(401)
    expect(
      (
        await client(t.app).post('/api/auth/login', {
          email: 'ann@example.com',
          password: 'ann-chosen-password',
        })
      ).status,
    ).toBe(401)
    await signedIn('ann@example.com', 'ann-new-password')
    expect(
      (await client(t.app).post('/api/auth/password', { token, password: 'ann-third-password' }))
        .status,
    ).toBe(410)
  })

  it('an admin’s reset link reaches the member by mail', async () => {
    const people = PeopleSchema.parse((await admin.get('/api/admin/users')).json)
    const ann = people.users.find((u) => u.email === 'ann@example.com')
    if (!ann) throw new Error('ann is not listed')
    const res = await admin.post(`/api/admin/users/${ann.id}/reset`, {}, admin.csrf())
    expect(res.json).toMatchObject({ kind: 'reset', sent: { emailed: true, link: null } })
    expect(linkIn(await smtp.next()).path).toBe('/reset')
  })

  it('deactivating signs the member out at once; they cannot sign in until reactivated', async () => {
    const { email, password } = await addStaff(t, 'agent', 'bob@example.com')
    const bob = await signedIn(email, password)
    const other = await signedIn(email, password)
    expect((await bob.get('/api/agent/queue')).status).toBe(200)
    const people = PeopleSchema.parse((await admin.get('/api/admin/users')).json)
    const id = people.users.find((u) => u.email === email)?.id
    expect(people.signIns.filter((s) => s.email === email)).toHaveLength(2)
    const off = await admin.send('PATCH', `/api/admin/users/${id}`, { active: false }, admin.csrf())
    expect(off.json).toMatchObject({ user: { active: false } })
    expect((await bob.get('/api/agent/queue')).status).toBe(401)
    expect((await other.get('/api/auth/me')).status).toBe(401)
    const again = await client(t.app).post('/api/auth/login', { email, password })
    expect(again.status).toBe(403)
    expect(again.json).toMatchObject({ error: { code: 'account_inactive' } })
    await admin.send(
      'PATCH',
      `/api/admin/users/${id}`,
      { active: true, role: 'author' },
      admin.csrf(),
    )
    const back = await signedIn(email, password)
    expect((await back.get('/api/auth/me')).json).toMatchObject({ user: { role: 'author' } })
  })

  it('the last active admin cannot be demoted or deactivated', async () => {
    const people = PeopleSchema.parse((await admin.get('/api/admin/users')).json)
    const root = people.users.find((u) => u.email === 'root@example.com')
    const res = await admin.send(
      'PATCH',
      `/api/admin/users/${root?.id}`,
      { role: 'author' },
      admin.csrf(),
    )
    expect(res.status).toBe(409)
    expect(res.json).toMatchObject({ error: { code: 'last_admin' } })
    expect(root).toMatchObject({ pending: false, sso: false })
    expect(root?.lastSeenAt).not.toBeNull()
  })
})

describe('without SMTP_URL', () => {
  it('the invitation link is shown to the admin, and forgot-password says to ask one', async () => {
    const bare = await makeTestApp({ catalog: null })
    try {
      await addStaff(bare, 'admin')
      const admin = client(bare.app)
      await admin.post('/api/auth/login', {
        email: 'admin@example.com',
        password: 'admin-password-1',
      })
      const res = await admin.post(
        '/api/admin/users',
        { email: 'cy@example.com', role: 'agent' },
        { ...admin.csrf(), ...ORIGIN },
      )
      expect(res.json).toMatchObject({ sent: { emailed: false, mailError: null } })
      const link = (res.json as { sent: { link: string } }).sent.link
      expect(link).toMatch(/^http:\/\/localhost\/welcome#token=[\w-]{43}$/)
      const forgot = await client(bare.app).post('/api/auth/forgot', { email: 'cy@example.com' })
      expect(forgot.json).toEqual({ result: 'no_mail' })
    } finally {
      await bare.close()
    }
  })
})

describe('rate limits on one-time links', () => {
  it('answers 429 past the budget per address', async () => {
    const limited = await makeTestApp({
      catalog: null,
      env: { RATE_LIMIT: '1', RATE_AUTH_LINKS_PER_MINUTE: '3' },
    })
    try {
      const statuses: number[] = []
      for (let i = 0; i < 4; i++)
        statuses.push(
          (await client(limited.app).post('/api/auth/link', { token: 'x'.repeat(43) })).status,
        )
      expect(statuses).toEqual([410, 410, 410, 429])
    } finally {
      await limited.close()
    }
  })
})

describe.each(databaseTargets)('one-time links under concurrency on $name', ({ open }) => {
  it('one link used twice at once, and two setup links at once, make exactly one admin', async () => {
    const app = await makeTestApp({ catalog: null, database: await open() })
    try {
      const [a, b] = await Promise.all([
        issueLink(app.deps.db, app.deps.secret, 'setup'),
        issueLink(app.deps.db, app.deps.secret, 'setup'),
      ])
      const setup = (token: string, email: string) =>
        client(app.app).post(
          '/api/auth/setup',
          { token, email, name: '', password: 'concurrent-admin' },
          ORIGIN,
        )
      const answers = await Promise.all([
        setup(a.token, 'one@example.com'),
        setup(a.token, 'two@example.com'),
        setup(b.token, 'three@example.com'),
      ])
      const statuses = answers.map((r) => r.status).sort()
      expect(statuses.filter((s) => s === 201)).toHaveLength(1)
      expect(statuses.filter((s) => s === 410)).toHaveLength(1)
      expect(statuses.filter((s) => s === 409 || s === 201)).toHaveLength(2)
      const people = await listPeople(app.deps.db)
      expect(people.users.map((u) => u.role)).toEqual(['admin'])
    } finally {
      await app.close()
    }
  })
})

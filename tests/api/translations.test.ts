import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addStaff, client, makeTestApp, type TestApp } from '../helpers/app'
import { databaseTargets } from '../helpers/db'

/** The sample catalog ships this procedure with a German translation made from its file. */
const DE = 'replace-water-filter'
/** And this one without any. */
const PLAIN = 'unclog-steam-wand'

type Published = {
  title: string
  language: string
  sourceLanguage: string
  version: number
  steps: { id: string; title: string; body: string; annotation: { type: string; text?: string } }[]
  tools: string[]
}

let t: TestApp
let ann: ReturnType<typeof client>

const read = async (path: string, headers: Record<string, string> = {}) => {
  const res = await t.app.request(path, { headers })
  return { status: res.status, headers: res.headers, body: (await res.json()) as Published }
}

/** Publishes the current content with one step title changed. */
async function publishEdit(id: string, title: string) {
  const s = (await ann.get(`/api/studio/procedures/${id}`)).json as {
    draft: Published | null
    revision: number
    latestVersion: number
  }
  const v = (await ann.get(`/api/studio/procedures/${id}/versions/${s.latestVersion}`)).json as {
    procedure: Published
  }
  const draft = structuredClone(s.draft ?? v.procedure)
  if (draft.steps[0]) draft.steps[0].title = title
  const saved = await ann.send(
    'PUT',
    `/api/studio/procedures/${id}/draft`,
    { draft, baseRevision: s.revision },
    ann.csrf(),
  )
  expect(saved.status).toBe(200)
  const { revision } = saved.json as { revision: number }
  const pub = await ann.post(
    `/api/studio/procedures/${id}/publish`,
    { changeNote: title, baseRevision: revision },
    ann.csrf(),
  )
  expect(pub.status).toBe(201)
  return (pub.json as { version: number }).version
}

describe.each(databaseTargets)('procedure translations ($name)', ({ open }) => {
  beforeAll(async () => {
    t = await makeTestApp({ database: await open() })
    ann = client(t.app)
    await ann.post('/api/auth/login', await addStaff(t, 'author'))
  })
  afterAll(() => t.close())

  it('negotiates the content language from Accept-Language and ?lang=', async () => {
    const de = await read(`/api/procedures/${DE}`, { 'accept-language': 'de-DE,de;q=0.9,en;q=0.8' })
    expect(de.status).toBe(200)
    expect(de.body).toMatchObject({
      language: 'de',
      sourceLanguage: 'en',
      title: 'Wasserfilter wechseln',
    })
    expect(de.body.steps[0]?.title).toBe('Wassertank herausheben')
    expect(de.body.steps[2]?.annotation).toEqual({ type: 'label', text: '5 Min. wässern' })
    expect(de.body.tools).toEqual(['Ein Glas kaltes Wasser'])
    expect(de.headers.get('vary')).toContain('Accept-Language')

    // Each language has its own ETag, and a German one revalidates German.
    const etag = de.headers.get('etag') ?? ''
    const again = await t.app.request(`/api/procedures/${DE}`, {
      headers: { 'accept-language': 'de', 'if-none-match': etag },
    })
    expect(again.status).toBe(304)
    const english = await t.app.request(`/api/procedures/${DE}`, {
      headers: { 'if-none-match': etag },
    })
    expect(english.status).toBe(200)
    expect(english.headers.get('etag')).not.toBe(etag)

    // A lower-weighted German still wins over a language nobody translated into.
    const ja = await read(`/api/procedures/${DE}`, { 'accept-language': 'ja-JP,ja;q=0.9,de;q=0.5' })
    expect(ja.body.language).toBe('de')
    // Japanese only: the source language, English.
    const jaOnly = await read(`/api/procedures/${DE}`, { 'accept-language': 'ja-JP' })
    expect(jaOnly.body).toMatchObject({ language: 'en', title: 'Replace the water filter' })
    // English before German: English.
    const en = await read(`/api/procedures/${DE}`, { 'accept-language': 'en-GB,de;q=0.5' })
    expect(en.body.language).toBe('en')
    // ?lang= overrides the header; a Swiss German reader gets German.
    const q = await read(`/api/procedures/${DE}?lang=de-CH`, { 'accept-language': 'en' })
    expect(q.body).toMatchObject({ language: 'de', title: 'Wasserfilter wechseln' })
    // A procedure without translations answers in its source language.
    expect((await read(`/api/procedures/${PLAIN}?lang=de`)).body.language).toBe('en')
  })

  it('the OpenAPI document names the language fields and the lang parameter', async () => {
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, Record<string, unknown>>>
    }
    const op = doc.paths['/api/procedures/{id}']?.get as {
      parameters: { name: string; in: string }[]
      responses: Record<string, { content: Record<string, { schema: unknown }> }>
    }
    expect(op.parameters.map((p) => `${p.in} ${p.name}`)).toContain('query lang')
    const schema = JSON.stringify(op.responses['200']?.content['application/json']?.schema)
    expect(schema).toContain('"sourceLanguage"')
    expect(schema).toContain('BCP 47 tag of the language of these texts')
    for (const path of [
      '/api/studio/procedures/{id}/translations',
      '/api/studio/procedures/{id}/translations/{lang}',
    ])
      expect(Object.keys(doc.paths[path] ?? {})).toEqual(
        path.endsWith('{lang}') ? ['get', 'put', 'delete'] : ['get'],
      )
  })

  it('refuses a malformed ?lang= with a clear 400', async () => {
    const res = await t.app.request(`/api/procedures/${DE}?lang=not_a_tag!`)
    expect(res.status).toBe(400)
    const body = (await res.json()) as {
      error: { code: string; message: string; requestId: string }
    }
    expect(body.error.code).toBe('invalid_language')
    expect(body.error.message).toContain('"not_a_tag!" is not a BCP 47 language tag')
    expect(body.error.requestId).toBeTruthy()
  })

  it('translates product summaries and sessions, and records the language served', async () => {
    const res = await t.app.request('/api/products/espresso-one', {
      headers: { 'accept-language': 'de' },
    })
    const { product } = (await res.json()) as {
      product: { procedures: { id: string; title: string; language: string }[] }
    }
    expect(product.procedures.find((p) => p.id === DE)).toMatchObject({
      title: 'Wasserfilter wechseln',
      language: 'de',
    })
    expect(product.procedures.find((p) => p.id === PLAIN)?.language).toBe('en')
    // The product cache keeps languages apart.
    const en = await t.app.request('/api/products/espresso-one')
    const enBody = (await en.json()) as { product: { procedures: { id: string; title: string }[] } }
    expect(enBody.product.procedures.find((p) => p.id === DE)?.title).toBe(
      'Replace the water filter',
    )

    const started = await ann.post('/api/sessions', {
      procedureId: DE,
      mode: 'inline',
      language: 'de-AT',
    })
    expect(started.status).toBe(201)
    const s = started.json as { id: string; token: string; procedure: Published }
    expect(s.procedure).toMatchObject({ language: 'de', title: 'Wasserfilter wechseln' })
    const state = await ann.get(`/api/sessions/${s.id}`, { authorization: `Bearer ${s.token}` })
    expect((state.json as { procedure: Published }).procedure.language).toBe('de')
    // The agent who takes the call sees which language the customer's guide is in.
    const help = await ann.post(
      `/api/sessions/${s.id}/escalation`,
      { stepId: 'lift-tank', timeOnStepMs: 1000, path: ['lift-tank'], mode: 'inline' },
      { authorization: `Bearer ${s.token}` },
    )
    expect(help.status).toBeLessThan(300)
    const agent = client(t.app)
    await agent.post('/api/auth/login', await addStaff(t, 'agent'))
    const queue = await agent.get('/api/agent/queue')
    expect(queue.text).toContain('"language":"de"')
    const figures = await ann.get(`/api/studio/procedures/${DE}/analytics`)
    expect((figures.json as { languages: unknown[] }).languages).toEqual([
      {
        language: 'de',
        sessions: 1,
        fixed: 0,
        notFixed: 0,
        abandoned: 0,
        escalated: 1,
        successRate: null,
      },
    ])
    // The export filters by language too.
    const none = await ann.get(
      `/api/studio/analytics/export/sessions?procedureId=${DE}&language=fr`,
    )
    expect(none.text.trim().split('\n')).toHaveLength(1)
    const csv = await ann.get(`/api/studio/analytics/export/sessions?procedureId=${DE}`)
    expect(csv.text.split('\n')[0]).toContain('language')
    expect(csv.text).toContain(`${s.id},`)
    expect(csv.text.split('\n').find((l) => l.startsWith(s.id))).toMatch(/,de,|,de$/)
  })

  it('lists translations with status and edits one, 404/400/409/422 with clear messages', async () => {
    const list = await ann.get(`/api/studio/procedures/${DE}/translations`)
    expect(list.status).toBe(200)
    expect(list.json).toMatchObject({
      sourceLanguage: 'en',
      translations: [{ language: 'de', status: 'current', missing: 0 }],
    })
    const missing = await ann.get('/api/studio/procedures/no-such/translations')
    expect(missing.status).toBe(404)
    expect(missing.json).toMatchObject({ error: { code: 'procedure_not_found' } })
    const badTag = await ann.get(`/api/studio/procedures/${DE}/translations/x_y!`)
    expect(badTag.status).toBe(400)
    expect(JSON.stringify(badTag.json)).toContain('BCP 47')

    const put = (lang: string, body: unknown) =>
      ann.send(
        'PUT',
        `/api/studio/procedures/${PLAIN}/translations/${lang}`,
        body as never,
        ann.csrf(),
      )
    const v = (list.json as { latestVersion: number }).latestVersion
    const unknownKey = await put('fr', { texts: { 'steps.nope.title': 'x' }, sourceVersion: 1 })
    expect(unknownKey.status).toBe(422)
    expect(unknownKey.json).toMatchObject({
      error: {
        code: 'invalid_translation',
        fields: { 'texts.steps.nope.title': ['no such text in this procedure version'] },
      },
    })
    const same = await put('en-US', { texts: {}, sourceVersion: 1 })
    expect(same.status).toBe(400)
    expect(same.json).toMatchObject({ error: { code: 'same_as_source' } })
    const fr = await put('fr', { texts: { title: 'Déboucher la buse vapeur' }, sourceVersion: 1 })
    expect(fr.status).toBe(200)
    expect(fr.json).toMatchObject({ language: 'fr', status: 'current', sourceVersion: 1 })
    expect((fr.json as { missing: number }).missing).toBeGreaterThan(5)
    expect((await read(`/api/procedures/${PLAIN}?lang=fr`)).body.title).toBe(
      'Déboucher la buse vapeur',
    )
    const gone = await ann.send(
      'DELETE',
      `/api/studio/procedures/${PLAIN}/translations/es`,
      undefined,
      ann.csrf(),
    )
    expect(gone.status).toBe(404)
    expect(gone.json).toMatchObject({
      error: { code: 'translation_not_found', message: 'This procedure has no es translation.' },
    })
    expect(v).toBeGreaterThan(0)
  })

  it('a new publish makes a translation stale: customers get the source until it is re-pinned', async () => {
    const before = await read(`/api/procedures/${DE}?lang=de`)
    expect(before.body.language).toBe('de')
    const v2 = await publishEdit(DE, 'Lift the water tank out')
    const after = await read(`/api/procedures/${DE}?lang=de`)
    expect(after.body).toMatchObject({ version: v2, language: 'en' })
    expect(after.body.steps[0]?.title).toBe('Lift the water tank out')
    // The product page's summary is not served stale either.
    const p = await t.app.request('/api/products/espresso-one?lang=de')
    const { product } = (await p.json()) as {
      product: { procedures: { id: string; language: string }[] }
    }
    expect(product.procedures.find((x) => x.id === DE)?.language).toBe('en')

    const list = await ann.get(`/api/studio/procedures/${DE}/translations`)
    expect(list.json).toMatchObject({
      latestVersion: v2,
      translations: [{ language: 'de', status: 'stale', sourceVersion: v2 - 1 }],
    })
    // The editor shows the new source with the old one beside it, for what changed.
    const one = await ann.get(`/api/studio/procedures/${DE}/translations/de`)
    const ed = one.json as {
      texts: Record<string, string>
      pinned: { version: number }
      source: { version: number }
    }
    expect(ed.source.version).toBe(v2)
    expect(ed.pinned.version).toBe(v2 - 1)

    // Saving against an older version is refused; saving for the current one re-pins it.
    const old = await ann.send(
      'PUT',
      `/api/studio/procedures/${DE}/translations/de`,
      { texts: ed.texts, sourceVersion: v2 - 1 },
      ann.csrf(),
    )
    expect(old.status).toBe(409)
    expect(old.json).toMatchObject({ error: { code: 'source_changed' } })
    const texts = { ...ed.texts, 'steps.lift-tank.title': 'Wassertank herausnehmen' }
    const saved = await ann.send(
      'PUT',
      `/api/studio/procedures/${DE}/translations/de`,
      { texts, sourceVersion: v2 },
      ann.csrf(),
    )
    expect(saved.json).toMatchObject({ status: 'current', sourceVersion: v2 })
    const again = await read(`/api/procedures/${DE}?lang=de`)
    expect(again.body).toMatchObject({ version: v2, language: 'de' })
    expect(again.body.steps[0]?.title).toBe('Wassertank herausnehmen')
  })

  it('export and import carry translations; publishing the import pins them', async () => {
    const exported = await ann.get(`/api/studio/procedures/${DE}/export`)
    expect(exported.status).toBe(200)
    const file = JSON.parse(exported.text) as Published & {
      id: string
      translations: { language: string; texts: Record<string, string> }[]
    }
    expect(file.translations.map((x) => x.language)).toEqual(['de'])
    // Into a fresh server with the same product but not the procedure.
    const other = await makeTestApp()
    try {
      const bea = client(other.app)
      await bea.post('/api/auth/login', await addStaff(other, 'author'))
      const copy = { ...file, id: 'replace-water-filter-copy' }
      const imported = await bea.post(
        '/api/studio/procedures/import',
        { procedure: copy },
        bea.csrf(),
      )
      expect(imported.status).toBe(201)
      expect(imported.json).toMatchObject({ translations: 1 })
      const listed = await bea.get('/api/studio/procedures/replace-water-filter-copy/translations')
      expect(listed.json).toMatchObject({ translations: [{ language: 'de', status: 'draft' }] })
      const pub = await bea.post(
        '/api/studio/procedures/replace-water-filter-copy/publish',
        { changeNote: 'Imported', baseRevision: 1 },
        bea.csrf(),
      )
      expect(pub.status).toBe(201)
      const res = await other.app.request('/api/procedures/replace-water-filter-copy?lang=de')
      const body = (await res.json()) as Published
      expect(body).toMatchObject({ language: 'de', title: 'Wasserfilter wechseln' })
      // Round trip: the new server exports the same translation texts.
      const back = JSON.parse(
        (await bea.get('/api/studio/procedures/replace-water-filter-copy/export')).text,
      ) as typeof file
      expect(back.translations[0]?.texts).toEqual(file.translations[0]?.texts)
      const bad = await bea.post(
        '/api/studio/procedures/import',
        {
          procedure: {
            ...copy,
            translations: [{ language: 'fr', texts: { 'steps.x.title': 'x' } }],
          },
        },
        bea.csrf(),
      )
      expect(bad.status).toBe(422)
      expect(bad.json).toMatchObject({
        error: {
          fields: {
            'translations.0.texts.steps.x.title': ['no such text in this procedure version'],
          },
        },
      })
    } finally {
      await other.close()
    }
  })
})

import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EnvSchema, readEnv } from '../../server/env'
import { renderEnvExample } from '../../server/env-example'

const root = resolve(import.meta.dirname, '../..')
const keys = Object.keys(EnvSchema.shape)

describe('.env.example', () => {
  it('is what `npm run env:example` writes from the schema (run it after changing server/env.ts)', () => {
    expect(readFileSync(resolve(root, '.env.example'), 'utf8')).toBe(renderEnvExample())
  })

  it('names every setting once, and its commented defaults start a server as no settings do', () => {
    const text = renderEnvExample()
    const assigned = [...text.matchAll(/^# ([A-Z_]+)=(.*)$/gm)]
    expect(assigned.map((m) => m[1])).toEqual(keys)
    // Uncommented as they are, the defaults are the configuration an empty environment gives.
    const uncommented = Object.fromEntries(assigned.map((m) => [m[1] as string, m[2] as string]))
    expect(readEnv(uncommented)).toEqual(readEnv({}))
  })

  it("has every setting in the README's configuration table", () => {
    const readme = readFileSync(resolve(root, 'README.md'), 'utf8')
    const table = readme.split('## Configuration')[1]?.split('\n## ')[0] ?? ''
    expect(keys.filter((k) => !table.includes(`\`${k}\``))).toEqual([])
  })
})

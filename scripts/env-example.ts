/** Writes `.env.example` from the env schema (server/env.ts) and its descriptions (env-docs.ts). */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { renderEnvExample } from '../server/env-example'

const file = resolve(import.meta.dirname, '..', '.env.example')
writeFileSync(file, renderEnvExample())
console.log(`Wrote ${file}`)

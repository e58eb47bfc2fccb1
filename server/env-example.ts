import { z } from 'zod'
import { type EnvKey, EnvSchema } from './env'
import { ENV_DOCS } from './env-docs'

/** The schema's default for a setting, as it would be written in the environment; null for none. */
function defaultOf(schema: z.core.$ZodType): string | null {
  if (schema instanceof z.ZodDefault) {
    const v: unknown = schema.def.defaultValue
    if (typeof v === 'boolean') return v ? '1' : '0'
    if (Array.isArray(v)) return JSON.stringify(v)
    return String(v)
  }
  if (schema instanceof z.ZodPipe) return defaultOf(schema.in)
  return null
}

const HEADER = `# Fixpoint configuration. Generated from server/env.ts by \`npm run env:example\`;
# do not edit by hand (a test fails when this file and the schema differ).
# Every setting is optional: the commented value is the default. Copy to .env, uncomment what you
# change, and load it into the server's environment (\`node --env-file=.env\`, systemd
# EnvironmentFile=, docker --env-file).
`

/** The text of `.env.example`: every setting, its description and its default, commented out. */
export function renderEnvExample(): string {
  const blocks = Object.entries(EnvSchema.shape).map(([key, schema]) => {
    const value = defaultOf(schema)
    const doc = ENV_DOCS[key as EnvKey]
    return `# ${doc}\n# ${key}=${value ?? ''}`
  })
  return `${HEADER}\n${blocks.join('\n\n')}\n`
}

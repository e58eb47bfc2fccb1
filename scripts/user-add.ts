/** `npm run user:add -- --email a@b.c --role author [--name "Ann"] [--password …]` */

import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { openDatabase } from '../server/db/client'
import { readEnv } from '../server/env'
import { createUser, DuplicateUserError } from '../server/services/users'

const Args = z.object({
  email: z.email('--email must be an email address'),
  role: z.enum(['admin', 'author', 'agent'], { message: '--role must be admin, author or agent' }),
  name: z.string().default(''),
  password: z.string().min(8, '--password must be at least 8 characters').optional(),
})

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    role: { type: 'string' },
    name: { type: 'string' },
    password: { type: 'string' },
  },
})
const args = Args.safeParse(values)
if (!args.success) {
  console.error(args.error.issues.map((i) => i.message).join('\n'))
  console.error(
    'Usage: npm run user:add -- --email ann@example.com --role author [--name "Ann"] [--password …]',
  )
  process.exit(2)
}

async function readPassword(): Promise<string> {
  if (args.data?.password) return args.data.password
  if (process.env.USER_PASSWORD) return process.env.USER_PASSWORD
  const { createInterface } = await import('node:readline/promises')
  const rl = createInterface({ input: process.stdin, output: process.stdout })
  const pw = await rl.question('Password (at least 8 characters): ')
  rl.close()
  if (pw.length < 8) throw new Error('The password must be at least 8 characters.')
  return pw
}

const env = readEnv()
const password = await readPassword()
const db = env.DATABASE_URL
  ? await openDatabase({ kind: 'postgres', url: env.DATABASE_URL })
  : await openDatabase({ kind: 'pglite', dataDir: resolve(env.DATA_DIR) })
try {
  const user = await createUser(db.db, {
    email: args.data.email,
    role: args.data.role,
    name: args.data.name,
    password,
  })
  console.log(`Added ${user.email} (${user.role}).`)
} catch (e) {
  console.error(e instanceof DuplicateUserError ? e.message : e)
  process.exitCode = 1
} finally {
  await db.close()
}

import { rmSync } from 'node:fs'
import { buildCommand, buildIsStale } from '../../scripts/build-state'
import { makeDataTemplate, TEMPLATE_ENV } from '../helpers/data-template'

/**
 * Once per run of the e2e tier: the prepared data directory its servers start on copies of
 * (tests/helpers/data-template.ts), removed at the end. Workers start after this and inherit it.
 */
export default async function setup(): Promise<() => void> {
  const dist = process.env.DIST_DIR ?? 'dist-test'
  const stale = buildIsStale(dist)
  if (stale)
    throw new Error(
      `${dist}/ must be built (${stale}): run \`${buildCommand(dist)}\` first (\`npm test\` builds both dist/ and dist-test/).`,
    )
  const dir = await makeDataTemplate({ DIST_DIR: dist })
  process.env[TEMPLATE_ENV] = dir
  return () => {
    delete process.env[TEMPLATE_ENV]
    rmSync(dir, { recursive: true, force: true })
  }
}

import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkCatalog, formatProblem } from '../../scripts/models/catalog-check'
import { ProcedureSchema } from '../../server/domain/procedure'

const MODELS = join(import.meta.dirname, '..', '..', 'models')

describe('the sample catalog', () => {
  it('passes every check', async () => {
    const report = await checkCatalog(MODELS)
    expect(report.problems.map(formatProblem)).toEqual([])
    expect(report.products.map((p) => p.id)).toEqual([
      'espresso-one',
      'printwell-p200',
      'wavelink-ax3000',
    ])
  }, 30_000)

  it('has guides of at least six steps, each with a motion, and one that branches', async () => {
    let branching = 0
    for (const product of ['espresso-one', 'printwell-p200', 'wavelink-ax3000']) {
      const files = await readdir(join(MODELS, product, 'procedures'))
      expect(files.length).toBeGreaterThanOrEqual(2)
      for (const file of files) {
        const raw = await readFile(join(MODELS, product, 'procedures', file), 'utf8')
        const procedure = ProcedureSchema.parse(JSON.parse(raw))
        expect(procedure.steps.length, file).toBeGreaterThanOrEqual(6)
        expect(
          procedure.steps.some((s) => s.annotation.type === 'motion'),
          file,
        ).toBe(true)
        if (procedure.steps.some((s) => s.check) && procedure.steps.some((s) => s.next)) branching++
      }
    }
    expect(branching).toBeGreaterThan(0)
  })
})

describe('a broken procedure', () => {
  let dir = ''

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'fixpoint-models-'))
    const product = join(dir, 'espresso-one')
    await mkdir(join(product, 'procedures'), { recursive: true })
    await cp(join(MODELS, 'espresso-one', 'model.glb'), join(product, 'model.glb'))
    await cp(join(MODELS, 'espresso-one', 'product.json'), join(product, 'product.json'))
    const good = JSON.parse(
      await readFile(join(MODELS, 'espresso-one', 'procedures', 'descale.json'), 'utf8'),
    )
    good.steps[3].target.node = 'kettle'
    good.steps[6].check.answers[1].goto = 'nowhere'
    await writeFile(join(product, 'procedures', 'descale.json'), JSON.stringify(good))
  })

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('is reported with its file and the path of each dangling reference', async () => {
    const report = await checkCatalog(dir)
    expect(report.problems.map(formatProblem)).toEqual([
      'models/espresso-one/procedures/descale.json: steps.6.check.answers.1.goto: no step "nowhere"',
      'models/espresso-one/procedures/descale.json: steps.3.target.node: no node "kettle" in model.glb',
    ])
  })
})

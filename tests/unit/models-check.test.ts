import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { NodeIO } from '@gltf-transform/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkCatalog, formatProblem } from '../../scripts/models/catalog-check'
import { espressoOneModel } from '../../scripts/models/espresso-one'
import { writeModelGlb } from '../../scripts/models/gltf-writer'
import { labelFace } from '../../scripts/models/label-face'
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

describe('a label declared in product.json', () => {
  let dir = ''
  const product = () => join(dir, 'espresso-one')

  /** The sample espresso machine with `edit` applied to its product.json and `glb` as its model. */
  async function variant(edit: (json: Record<string, unknown>) => void, glb?: Uint8Array) {
    await rm(dir, { recursive: true, force: true })
    await cp(join(MODELS, 'espresso-one'), product(), { recursive: true })
    const json = JSON.parse(await readFile(join(product(), 'product.json'), 'utf8'))
    edit(json)
    await writeFile(join(product(), 'product.json'), JSON.stringify(json))
    if (glb) await writeFile(join(product(), 'model.glb'), glb)
    const report = await checkCatalog(dir)
    return report.problems.map(formatProblem)
  }

  /** The sample GLB with `edit` applied to its document. */
  async function editedGlb(edit: (doc: Awaited<ReturnType<NodeIO['readBinary']>>) => void) {
    const io = new NodeIO()
    const doc = await io.readBinary(
      new Uint8Array(await readFile(join(MODELS, 'espresso-one', 'model.glb'))),
    )
    edit(doc)
    return io.writeBinary(doc)
  }

  const file = 'models/espresso-one/product.json'

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'fixpoint-label-'))
  })

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('is reported field by field when it does not match the label face', async () => {
    const problems = await variant((json) => {
      json.label = {
        center: [-0.1205, 0.153, -0.03],
        normal: [-0.99, 0.141, 0],
        up: [0, 0, 1],
        sizeMm: 55,
      }
    })
    expect(problems).toHaveLength(5)
    expect(problems[0]).toMatch(
      new RegExp(`^${file}: label.center: is 3.0 mm from the QR symbol's centre`),
    )
    expect(problems[1]).toMatch(
      new RegExp(`^${file}: label.normal: is 8.1° off the model's label face normal`),
    )
    expect(problems[2]).toMatch(
      new RegExp(`^${file}: label.up: is 90.0° off the direction of the QR symbol's top edge`),
    )
    expect(problems[3]).toBe(
      `${file}: label.sizeMm: is 55 mm but the QR symbol on the model's label face is 50.00 mm width`,
    )
    expect(problems[4]).toBe(
      `${file}: label.sizeMm: is 55 mm but the QR symbol on the model's label face is 50.00 mm height`,
    )
  })

  it('passes within the tolerances (0.8 mm, 0.8°, 0.8 %)', async () => {
    const a = (0.8 * Math.PI) / 180
    const problems = await variant((json) => {
      json.label = {
        center: [-0.1205, 0.1508, -0.03],
        normal: [-Math.cos(a), 0, Math.sin(a)],
        up: [0, 1, 0],
        sizeMm: 50.4,
      }
    })
    expect(problems).toEqual([])
  })

  it('is reported when the model has no label node', async () => {
    const glb = await editedGlb((doc) => {
      for (const n of doc.getRoot().listNodes()) if (n.getName() === 'label') n.setName('sticker')
    })
    expect(await variant(() => {}, glb)).toContain(`${file}: label: no node "label" in model.glb`)
  })

  it('is reported when the label texture reads mirrored', async () => {
    const glb = await editedGlb((doc) => {
      const label = doc
        .getRoot()
        .listNodes()
        .find((n) => n.getName() === 'label')
      const uv = label?.getMesh()?.listPrimitives()[0]?.getAttribute('TEXCOORD_0')
      if (!uv) throw new Error('no UVs on the label')
      for (let i = 0; i < uv.getCount(); i++) {
        const [u, v] = uv.getElement(i, [0, 0])
        uv.setElement(i, [1 - (u ?? 0), v ?? 0])
      }
    })
    expect(await variant(() => {}, glb)).toEqual([
      `${file}: label: the model's label texture reads mirrored from the front of its face`,
    ])
  })

  it('is reported when the model was built with another printed size', async () => {
    const spec = espressoOneModel()
    if (!spec.label) throw new Error('the espresso machine declares no label')
    const other = { ...spec.label, sizeMm: 40 }
    const face = labelFace(spec.id, other)
    const swap = (part: typeof spec.root): typeof spec.root => ({
      ...part,
      shapes: part.name === 'label' ? [face.shape] : part.shapes,
      children: part.children?.map(swap),
    })
    const glb = await writeModelGlb({ ...spec, root: swap(spec.root) })
    const problems = await variant(() => {}, glb)
    expect(problems).toEqual([
      `${file}: label.sizeMm: is 50 mm but the QR symbol on the model's label face is 40.00 mm width`,
      `${file}: label.sizeMm: is 50 mm but the QR symbol on the model's label face is 40.00 mm height`,
    ])
  })
})

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { getBounds, NodeIO } from '@gltf-transform/core'
import type { Page } from 'playwright-core'
import { Matrix4, Quaternion, Vector3 } from 'three'
import { type LabelPose, ProductFileSchema } from '../../server/domain/product'
import { repoRoot } from './app'

/**
 * Ground truth for label alignment tests, computed here with three.js from the catalog files, not
 * with the app's pose code: where a product stands in the emulated room, where its printed label
 * is then, and where its parts are.
 */

export type Vec3 = [number, number, number]

/** The product's declared label pose (product.json), parsed with the catalog schema. */
export function productLabel(productId: string): LabelPose {
  const file = join(repoRoot, 'models', productId, 'product.json')
  const product = ProductFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
  if (!product.label) throw new Error(`${productId} declares no label`)
  return product.label
}

/** Model from label frame: +x = up × normal along the top edge, +y = up, +z = normal. */
export function modelFromLabel(label: LabelPose): Matrix4 {
  const n = new Vector3(...label.normal)
  const u = new Vector3(...label.up)
  return new Matrix4()
    .makeBasis(new Vector3().crossVectors(u, n), u, n)
    .setPosition(...label.center)
}

/** A product standing upright at `position`, turned `yawDeg` about the room's up axis. */
export function productPose(position: Vec3, yawDeg: number): Matrix4 {
  const q = new Quaternion().setFromAxisAngle(new Vector3(0, 1, 0), (yawDeg * Math.PI) / 180)
  return new Matrix4().compose(new Vector3(...position), q, new Vector3(1, 1, 1))
}

/** Where the label's centre and outward normal are in the room for a product at `worldFromModel`. */
export function labelInWorld(worldFromModel: Matrix4, label: LabelPose) {
  const m = worldFromModel.clone().multiply(modelFromLabel(label))
  return {
    matrix: m,
    centre: new Vector3().setFromMatrixPosition(m),
    normal: new Vector3(...label.normal).transformDirection(worldFromModel),
  }
}

/** Centres of the named nodes' bounds in model space, read from the product's GLB. */
export async function partCentres(
  productId: string,
  nodes: string[],
): Promise<Map<string, Vector3>> {
  const doc = await new NodeIO().read(join(repoRoot, 'models', productId, 'model.glb'))
  const out = new Map<string, Vector3>()
  for (const node of doc.getRoot().listNodes()) {
    if (!nodes.includes(node.getName())) continue
    const { min, max } = getBounds(node)
    out.set(
      node.getName(),
      new Vector3((min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2),
    )
  }
  for (const n of nodes) if (!out.has(n)) throw new Error(`no node ${n} in ${productId}'s GLB`)
  return out
}

/** The procedure's step target nodes, from its catalog file. */
export function targetNodes(productId: string, procedureFile: string): string[] {
  const file = join(repoRoot, 'models', productId, 'procedures', `${procedureFile}.json`)
  const json: { steps: { target: { node: string } }[] } = JSON.parse(readFileSync(file, 'utf8'))
  return [...new Set(json.steps.map((s) => s.target.node))]
}

/** Position (mm) and rotation (degrees) differences between two poses, and at given model points. */
export function poseError(app: Matrix4, truth: Matrix4, points: Vector3[] = []) {
  const pa = new Vector3().setFromMatrixPosition(app)
  const pt = new Vector3().setFromMatrixPosition(truth)
  const qa = new Quaternion().setFromRotationMatrix(app)
  const qt = new Quaternion().setFromRotationMatrix(truth)
  return {
    positionMm: pa.distanceTo(pt) * 1000,
    rotationDeg: (qa.angleTo(qt) * 180) / Math.PI,
    pointsMm: points.map(
      (p) => p.clone().applyMatrix4(app).distanceTo(p.clone().applyMatrix4(truth)) * 1000,
    ),
  }
}

/** The twin's world matrix as the app draws it (from the emulator-only automation handle). */
export async function twinMatrix(page: Page): Promise<Matrix4 | null> {
  // The twin's group is remade when its anchor changes: give it a moment to be there again.
  const handle = await page
    .waitForFunction(() => window.__fixpointAR?.matrices().twin ?? null, null, { timeout: 5_000 })
    .catch(() => null)
  const m: number[] | null = handle ? await handle.jsonValue() : null
  return m ? new Matrix4().fromArray(m) : null
}

/** Puts the emulated headset at `position`, looking at `target` (metres, room space). */
export async function headsetAt(page: Page, position: Vec3, target: Vec3): Promise<void> {
  await page.evaluate(
    async ([p, t]) => {
      const remote = window.__fixpointXR?.device.remote
      await remote?.dispatch('set_transform', {
        device: 'headset',
        position: { x: p[0], y: p[1], z: p[2] },
      })
      await remote?.dispatch('look_at', {
        device: 'headset',
        target: { x: t[0], y: t[1], z: t[2] },
      })
    },
    [position, target] as const,
  )
}

import { validateBytes } from 'gltf-validator'

export type GlbIssue = { code: string; message: string; pointer?: string }

/** What Khronos `gltf-validator` says about a GLB, and the names of its nodes. */
export type GlbValidation = {
  errors: GlbIssue[]
  warnings: GlbIssue[]
  /** Every non-empty `nodes[].name`, in document order; empty when the JSON chunk is unreadable. */
  nodeNames: string[]
}

const SEVERITY_ERROR = 0
const SEVERITY_WARNING = 1
const GLB_MAGIC = 0x46546c67 // 'glTF'
const CHUNK_JSON = 0x4e4f534a // 'JSON'

/**
 * Validates GLB bytes with the Khronos validator. External resources are never fetched (a GLB for
 * Fixpoint must be self-contained; an external URI is reported by the validator, not followed).
 * Infos and hints are dropped. Input that is not glTF at all comes back as one error, never a throw.
 */
export async function validateGlb(
  bytes: Uint8Array,
  options: { maxIssues?: number } = {},
): Promise<GlbValidation> {
  let report: Awaited<ReturnType<typeof validateBytes>>
  try {
    report = await validateBytes(bytes, {
      format: 'glb',
      writeTimestamp: false,
      maxIssues: options.maxIssues ?? 100,
    })
  } catch (reason) {
    return {
      errors: [{ code: 'UNREADABLE', message: `Not a readable GLB: ${String(reason)}` }],
      warnings: [],
      nodeNames: [],
    }
  }
  const pick = (severity: number): GlbIssue[] =>
    report.issues.messages
      .filter((m) => m.severity === severity)
      .map((m) =>
        m.pointer
          ? { code: m.code, message: m.message, pointer: m.pointer }
          : { code: m.code, message: m.message },
      )
  return {
    errors: pick(SEVERITY_ERROR),
    warnings: pick(SEVERITY_WARNING),
    nodeNames: glbNodeNames(bytes),
  }
}

/** Node names from a GLB's JSON chunk; [] when the container or JSON is malformed. */
export function glbNodeNames(bytes: Uint8Array): string[] {
  if (bytes.byteLength < 20) return []
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (view.getUint32(0, true) !== GLB_MAGIC) return []
  const length = view.getUint32(12, true)
  if (view.getUint32(16, true) !== CHUNK_JSON || 20 + length > bytes.byteLength) return []
  try {
    const json: unknown = JSON.parse(new TextDecoder().decode(bytes.subarray(20, 20 + length)))
    if (typeof json !== 'object' || json === null || !('nodes' in json)) return []
    const nodes = json.nodes
    if (!Array.isArray(nodes)) return []
    return nodes.flatMap((n: unknown) =>
      typeof n === 'object' && n !== null && 'name' in n && typeof n.name === 'string' && n.name
        ? [n.name]
        : [],
    )
  } catch {
    return []
  }
}

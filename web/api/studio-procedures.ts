import { ProcedureImportedSchema } from '../../server/domain/studio-api'
import { errorFromResponse } from './api-error'
import { client, ok } from './client'

type Draft = Record<string, unknown>

/** The procedures of a product as authors see them: drafts, status and latest version. */
export async function listStudioProcedures(productId: string) {
  const { procedures } = await ok(client.api.studio.procedures.$get({ query: { productId } }))
  return procedures
}

/** Creates a procedure from a first draft (needs `id` and `productId`); 409 `procedure_exists`. */
export async function createProcedure(draft: Draft) {
  return ok(client.api.studio.procedures.$post({ json: { draft } }))
}

export async function getStudioProcedure(id: string) {
  return ok(client.api.studio.procedures[':id'].$get({ param: { id } }))
}

/** Saves the draft over `baseRevision`; ApiError 409 `stale_draft` when someone else saved first. */
export async function saveDraft(id: string, draft: Draft, baseRevision: number) {
  const { revision } = await ok(
    client.api.studio.procedures[':id'].draft.$put({
      param: { id },
      json: { draft, baseRevision },
    }),
  )
  return revision
}

/** Publishes the saved draft; 422 `invalid_procedure` with fields, 409 `stale_draft` | `no_changes`. */
export async function publishProcedure(id: string, changeNote: string, baseRevision: number) {
  const { version } = await ok(
    client.api.studio.procedures[':id'].publish.$post({
      param: { id },
      json: { changeNote, baseRevision },
    }),
  )
  return version
}

export async function diffVersions(id: string, from: number, to: number) {
  const { diff } = await ok(
    client.api.studio.procedures[':id'].diff.$get({
      param: { id },
      query: { from: String(from), to: String(to) },
    }),
  )
  return diff
}

export async function setProcedureArchived(id: string, archived: boolean) {
  const route = client.api.studio.procedures[':id']
  return ok(
    archived ? route.archive.$post({ param: { id } }) : route.unarchive.$post({ param: { id } }),
  )
}

/** Imports a procedure file; 422 `invalid_procedure` with an error per path. */
export async function importProcedure(procedure: unknown) {
  const res = await client.api.studio.procedures.import.$post({ json: { procedure } })
  if (!res.ok) throw await errorFromResponse(res)
  return ProcedureImportedSchema.parse(await res.json())
}

/** Where the browser downloads a procedure file (the draft, or a version). */
export function exportUrl(id: string, version?: number) {
  const base = `/api/studio/procedures/${encodeURIComponent(id)}/export`
  return version ? `${base}?version=${version}` : base
}

export type StudioProcedure = Awaited<ReturnType<typeof getStudioProcedure>>
export type StudioProcedureSummary = Awaited<ReturnType<typeof listStudioProcedures>>[number]
export type ProcedureDiff = Awaited<ReturnType<typeof diffVersions>>

/** One published version's document (immutable). */
export async function getStudioVersion(id: string, version: number) {
  const { procedure } = await ok(
    client.api.studio.procedures[':id'].versions[':version'].$get({
      param: { id, version: String(version) },
    }),
  )
  return procedure
}

import { z } from 'zod'
import { ProcedureFileSchema, ProcedureSchema } from './procedure'

/**
 * The answers of the studio's procedure routes, as the OpenAPI document describes them and the API
 * tests check every answer against. Drafts are free-form while authors work (publishing is where
 * the procedure schema applies), so a draft is any JSON object.
 */
const Iso = z.iso.datetime({ offset: true })
const Draft = z.record(z.string(), z.unknown())
export const ProcedureStatusSchema = z.enum(['active', 'archived'])

/** `GET /api/studio/procedures`. */
export const StudioProcedureListSchema = z.object({
  procedures: z.array(
    z.object({
      id: z.string(),
      productId: z.string(),
      status: ProcedureStatusSchema,
      latestVersion: z.number().int().nullable(),
      draftRevision: z.number().int(),
      hasDraft: z.boolean(),
      title: z.string().nullable(),
      updatedAt: Iso,
    }),
  ),
})
/** `POST /api/studio/procedures`. */
export const ProcedureCreatedSchema = z.object({ id: z.string(), revision: z.number().int() })
/** `GET /api/studio/procedures/:id`: the draft and every version. */
export const StudioProcedureSchema = z.object({
  id: z.string(),
  productId: z.string(),
  status: ProcedureStatusSchema,
  draft: Draft.nullable(),
  revision: z.number().int(),
  latestVersion: z.number().int().nullable(),
  versions: z.array(
    z.object({
      version: z.number().int(),
      status: z.enum(['published', 'archived']),
      changeNote: z.string(),
      publishedAt: Iso,
    }),
  ),
})
/** `PUT /api/studio/procedures/:id/draft`. */
export const DraftSavedSchema = z.object({ revision: z.number().int() })
/** `POST /api/studio/procedures/:id/publish`. */
export const VersionPublishedSchema = z.object({ version: z.number().int().min(1) })
/** `GET /api/studio/procedures/:id/versions/:version`. */
export const StudioVersionSchema = z.object({
  version: z.number().int().min(1),
  procedure: ProcedureSchema,
})

const FieldChangeSchema = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })
const StepRef = { stepId: z.string(), title: z.string() }
/** `GET /api/studio/procedures/:id/diff`: step-level changes between two versions. */
export const VersionDiffSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  diff: z.object({
    metadata: z.array(FieldChangeSchema),
    steps: z.array(
      z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('added'), ...StepRef, index: z.number().int() }),
        z.object({ kind: z.literal('removed'), ...StepRef, index: z.number().int() }),
        z.object({
          kind: z.literal('changed'),
          ...StepRef,
          index: z.number().int(),
          changes: z.array(FieldChangeSchema),
        }),
        z.object({
          kind: z.literal('moved'),
          ...StepRef,
          from: z.number().int(),
          to: z.number().int(),
        }),
      ]),
    ),
  }),
})
/** `POST /api/studio/procedures/:id/archive` and `/unarchive`. */
export const ProcedureArchivedSchema = z.object({ id: z.string(), status: ProcedureStatusSchema })

/**
 * `GET /api/studio/procedures/:id/export`: a version as a procedure file (docs/procedure.schema.json)
 * with the translations made from it; the draft is exported as saved, and a draft may still be
 * incomplete (drafts are free-form until published), so it is any JSON object.
 */
export const ProcedureExportSchema = z.union([
  ProcedureFileSchema,
  Draft.describe('The draft as saved, when it is not yet a complete procedure'),
])
/** `POST /api/studio/procedures/import`: 201 when it created the procedure, 200 when it replaced the draft. */
export const ProcedureImportedSchema = z.object({
  id: z.string(),
  revision: z.number().int().min(1).describe('The draft revision the file became'),
  translations: z.number().int().min(0).describe('Translations imported with it'),
})

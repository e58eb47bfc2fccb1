import { z } from 'zod'

/**
 * `GET /api/openapi.json`: an OpenAPI 3.1 document. Only its frame is fixed here (the version, the
 * info block, the paths by method); what each operation says is the OpenAPI specification's own
 * schema, which this document does not repeat.
 */
export const OpenApiDocumentSchema = z.looseObject({
  openapi: z.string().regex(/^3\.1\.\d+$/),
  info: z.looseObject({
    title: z.string(),
    version: z.string(),
    description: z.string().optional(),
  }),
  paths: z
    .record(
      z.string().regex(/^\//),
      z.record(z.string(), z.looseObject({ responses: z.record(z.string(), z.unknown()) })),
    )
    .describe('Every route, by path and then method'),
  components: z.looseObject({ schemas: z.record(z.string(), z.unknown()).optional() }).optional(),
})
export type OpenApiDocument = z.infer<typeof OpenApiDocumentSchema>

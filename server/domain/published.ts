import { z } from 'zod'
import { ProcedureBase } from './procedure'

/**
 * A published version as customers get it (`GET /api/procedures/:id`, a session's procedure):
 * the procedure in the language negotiated from `?lang=` or `Accept-Language`, with its version
 * facts. `language` is the language of these texts; `sourceLanguage` the one it was written in.
 */
export const PublishedProcedureSchema = ProcedureBase.extend({
  language: z
    .string()
    .describe(
      'BCP 47 tag of the language of these texts: an up-to-date translation, or the source language',
    ),
  sourceLanguage: z.string().describe('BCP 47 tag of the language the procedure is written in'),
  version: z.number().int().min(1).describe('The published version'),
  publishedAt: z.string().describe('When the version was published (ISO 8601)'),
  changeNote: z.string(),
})

export type PublishedProcedure = z.infer<typeof PublishedProcedureSchema>

/** `?lang=` in the OpenAPI document: optional, read beside the validated parameters. */
export const LANG_PARAMETER = {
  name: 'lang',
  in: 'query',
  required: false,
  description:
    'Content language wanted (BCP 47, e.g. "de" or "de-CH, fr;q=0.5"); overrides Accept-Language',
  schema: { type: 'string', maxLength: 200 },
}

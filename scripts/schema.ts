/**
 * `npm run schema`: writes the JSON Schemas of the open formats into docs/, from the zod schemas
 * in server/domain so they can never drift. Input shapes: fields with defaults are optional.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { PROCEDURE_FORMAT_VERSION, ProcedureFileSchema } from '../server/domain/procedure'
import { ProductFileSchema } from '../server/domain/product'

const docs = join(import.meta.dirname, '..', 'docs')
const base = 'https://fixpoint.example/schemas'

const schemas = [
  {
    file: 'procedure.schema.json',
    title: `Fixpoint procedure (formatVersion ${PROCEDURE_FORMAT_VERSION})`,
    description:
      'A repair procedure: steps that point at named nodes of the product glTF model, with annotations and optional branching checks, and its translations (texts by field key, each pinned to the version it was made from). See docs/procedure-format.md.',
    schema: ProcedureFileSchema,
  },
  {
    file: 'product.schema.json',
    title: 'Fixpoint product',
    description:
      'models/<id>/product.json: what identifies a product (codes, prefixes), the labels of its named model parts, and where its printed QR label sits on the model. See docs/product-format.md.',
    schema: ProductFileSchema,
  },
]

await mkdir(docs, { recursive: true })
for (const { file, title, description, schema } of schemas) {
  const { $schema, ...rest } = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' })
  const json = { $schema, $id: `${base}/${file}`, title, description, ...rest }
  await writeFile(join(docs, file), `${JSON.stringify(json, null, 2)}\n`)
  console.log(`docs/${file}`)
}

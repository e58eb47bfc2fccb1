import { getProduct } from '../../api/products'
import { getStudioProcedure, getStudioVersion } from '../../api/studio-procedures'
import { type EditableProcedure, toEditable } from './draft-doc'
import { createEditorStore } from './editor-store'
import { localCopy } from './local-copy'

const same = (a: EditableProcedure, b: EditableProcedure) => JSON.stringify(a) === JSON.stringify(b)

/** The draft to edit (or the latest version when there is no draft), its product and a store. */
export async function loadEditor(id: string) {
  const info = await getStudioProcedure(id)
  const raw =
    info.draft ?? (info.latestVersion ? await getStudioVersion(id, info.latestVersion) : {})
  const doc = toEditable(raw)
  const product = await getProduct(info.productId)
  const local = localCopy.read(id)
  // Unsaved work from an earlier visit on this device is offered back, never silently applied.
  const kept = local && !same(local, doc) ? local : null
  if (!kept) localCopy.clear(id)
  const store = createEditorStore({ procedureId: id, doc, revision: info.revision, kept })
  return { info, product, store }
}

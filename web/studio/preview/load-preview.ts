import { ProcedureSchema } from '../../../server/domain/procedure'
import { ApiError } from '../../api/api-error'
import { getProduct } from '../../api/products'
import { getStudioProcedure, getStudioVersion } from '../../api/studio-procedures'
import { createGuideStore } from '../../customer/guide/guide-store'
import { t } from '../../i18n/t'
import { detectDeviceMode } from '../../xr/device-mode'
import { localCopy } from '../editor/local-copy'

/**
 * A guide store for the draft, wired to nothing: no session, no events, no outcome sent. The newest
 * draft on this device (unsaved edits included) wins over the saved one.
 */
export async function loadPreview(id: string, wantAr: boolean) {
  const info = await getStudioProcedure(id)
  const saved =
    info.draft ?? (info.latestVersion ? await getStudioVersion(id, info.latestVersion) : null)
  const parsed = ProcedureSchema.safeParse(localCopy.read(id) ?? saved)
  if (!parsed.success)
    throw new ApiError(
      422,
      'invalid_procedure',
      t('preview.invalid', { count: parsed.error.issues.length }),
    )
  const [product, device] = await Promise.all([getProduct(info.productId), detectDeviceMode()])
  const useAr = wantAr && device === 'immersive-ar'
  const store = createGuideStore(
    {
      sessionId: `preview-${id}`,
      procedure: {
        ...parsed.data,
        language: parsed.data.language ?? 'en',
        sourceLanguage: parsed.data.language ?? 'en',
        version: (info.latestVersion ?? 0) + 1,
        publishedAt: new Date().toISOString(),
        changeNote: '',
      },
      product,
      mode: useAr ? 'immersive-ar' : 'inline',
    },
    { emit: () => {}, submitOutcome: async () => 'saved' as const },
  )
  return { store, useAr, title: parsed.data.title }
}

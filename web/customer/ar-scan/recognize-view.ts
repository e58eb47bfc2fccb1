import { t } from '../../i18n/t'
import type { ArScanState } from './ar-scan-store'

export type RecognizeView = { text: string; choices: { id: string; label: string }[] }

/** The words and the choices of AR recognition at `stage`, the same on a phone and a headset. */
export function recognizeView(stage: ArScanState['stage'], cameraAccess: boolean): RecognizeView {
  if (!cameraAccess) return { text: t('arScan.noCamera'), choices: [] }
  switch (stage.kind) {
    case 'looking':
      return { text: t('arScan.looking'), choices: [] }
    case 'looking-up':
      return { text: t('arScan.lookingUp'), choices: [] }
    case 'unknown':
      return { text: t('arScan.unknown'), choices: [] }
    case 'failed':
      return { text: t('arScan.failed', { message: stage.message }), choices: [] }
    case 'starting':
      return { text: t('arScan.starting'), choices: [] }
    case 'found':
    case 'start-failed': {
      const choices = stage.product.procedures.map((p) => ({ id: p.id, label: p.title }))
      const found = t('arScan.found', { name: stage.product.name })
      const text =
        stage.kind === 'start-failed'
          ? `${t('arScan.startFailed', { message: stage.message })} ${found}`
          : choices.length === 0
            ? `${found} ${t('arScan.noProcedures')}`
            : found
      return { text, choices }
    }
  }
}

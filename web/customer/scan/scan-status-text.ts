import type { MessageKey } from '../../i18n/en'
import { t } from '../../i18n/t'
import type { CameraState } from './use-camera'
import type { LookupState } from './use-code-lookup'
import type { ScannerStatus } from './use-code-scanner'

/** The one line that says what the scanner is doing now; read out by screen readers. */
export function scanStatusText(
  camera: CameraState,
  scanner: ScannerStatus,
  lookup: LookupState,
): string {
  if (lookup.status === 'found')
    return t('scan.found', { name: lookup.result.product.name, brand: lookup.result.product.brand })
  if (camera.status === 'starting') return t('scan.starting')
  if (camera.status !== 'live') return ''
  const key: MessageKey | null =
    lookup.status === 'looking'
      ? 'scan.looking'
      : lookup.status === 'unknown'
        ? 'scan.unknownStatus'
        : scanner === 'preparing'
          ? 'scan.preparing'
          : scanner === 'reading'
            ? 'scan.scanning'
            : null
  return key ? t(key) : ''
}

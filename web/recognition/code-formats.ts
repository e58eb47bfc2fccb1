import type { ReaderOptions } from 'zxing-wasm/reader'

/**
 * Which barcode formats Fixpoint reads, and with which engine. Product labels carry a QR deep
 * link, a DataMatrix or an EAN-13; the native `BarcodeDetector` is used only when it reads all
 * three, otherwise zxing-wasm (same formats) takes over.
 */
export const REQUIRED_NATIVE_FORMATS = ['qr_code', 'data_matrix', 'ean_13'] as const
/** Read too when the platform offers them: other retail codes and Code 128 model labels. */
export const OPTIONAL_NATIVE_FORMATS = ['ean_8', 'upc_a', 'code_128'] as const

export type DetectorChoice = { kind: 'native'; formats: string[] } | { kind: 'zxing' }

/**
 * The engine for this browser, from `BarcodeDetector.getSupportedFormats()` (`null` when the
 * browser has no `BarcodeDetector` at all).
 */
export function chooseDetector(supported: readonly string[] | null): DetectorChoice {
  if (!supported) return { kind: 'zxing' }
  const has = new Set(supported)
  if (!REQUIRED_NATIVE_FORMATS.every((f) => has.has(f))) return { kind: 'zxing' }
  return {
    kind: 'native',
    formats: [...REQUIRED_NATIVE_FORMATS, ...OPTIONAL_NATIVE_FORMATS.filter((f) => has.has(f))],
  }
}

/**
 * zxing-wasm reader options for camera frames, shared by the app's worker and the benchmark.
 * No inverted or rotated 1D retries: labels are dark on light, and QR/DataMatrix are found at any
 * angle anyway; the time saved keeps a 720p read in budget.
 */
export const ZXING_READER_OPTIONS: ReaderOptions = {
  formats: ['QRCode', 'DataMatrix', 'EAN13', 'EAN8', 'UPCA', 'Code128'],
  tryHarder: true,
  tryRotate: false,
  tryInvert: false,
  tryDownscale: true,
  maxNumberOfSymbols: 1,
}

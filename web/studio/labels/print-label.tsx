import { t } from '../../i18n/t'
import type { QrSymbol } from './qr-symbol'
import { QUIET_ZONE_MODULES } from './qr-symbol'

type Props = {
  url: string
  symbol: QrSymbol
  /** The module grid's printed side; the SVG adds the quiet zone around it. */
  gridMm: number
  name: string
  modelNumber: string
  serial: string
  cellWidthMm: number
  cellHeightMm: number
}

/** One label: the QR symbol at its printed size in mm, then the product's name, model and serial. */
export function PrintLabel({ url, symbol, gridMm, name, modelNumber, serial, ...cell }: Props) {
  const units = symbol.size + 2 * QUIET_ZONE_MODULES
  const sideMm = (gridMm * units) / symbol.size
  return (
    <figure
      className="print-label"
      style={{ width: `${cell.cellWidthMm}mm`, height: `${cell.cellHeightMm}mm` }}
    >
      <svg
        xmlns="http://www.w3.org/2000/svg"
        className="print-label-code"
        width={`${sideMm}mm`}
        height={`${sideMm}mm`}
        viewBox={`0 0 ${units} ${units}`}
        shapeRendering="crispEdges"
        role="img"
        aria-label={t('labels.qrAlt', { url })}
        data-url={url}
      >
        <rect className="qr-paper" width={units} height={units} />
        <path className="qr-ink" d={symbol.path} />
      </svg>
      <figcaption className="print-label-text">
        <span className="print-label-name">{name}</span>
        <span>{t('labels.model', { model: modelNumber })}</span>
        <span className="print-label-serial">{t('labels.serial', { serial })}</span>
      </figcaption>
    </figure>
  )
}

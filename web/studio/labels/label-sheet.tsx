import { useMemo } from 'react'
import { labelUrl } from '../../../server/domain/label-url'
import { t } from '../../i18n/t'
import { PrintLabel } from './print-label'
import { qrSymbol, symbolSideMm } from './qr-symbol'
import { GAP_MM, PAGE_MARGIN_MM, PAPERS, type Paper, paginate, sheetLayout } from './sheet-layout'

type Props = {
  base: string
  product: { id: string; name: string; modelNumber: string }
  serials: readonly string[]
  gridMm: number
  paper: Paper
}

/** Every label's code, built once per sheet (QR encoding is the costly part). */
function useLabels(base: string, productId: string, serials: readonly string[]) {
  return useMemo(
    () =>
      serials.map((serial) => {
        const url = labelUrl(base, productId, serial)
        return { serial, url, symbol: qrSymbol(url) }
      }),
    [base, productId, serials],
  )
}

/**
 * The printable sheet: pages of labels in a grid that fits the paper, the page size and margins
 * set for print with `@page`, shown on screen as paper-sized previews. Answers an error in words
 * when one label does not fit on the paper.
 */
export function LabelSheet({ base, product, serials, gridMm, paper }: Props) {
  const labels = useLabels(base, product.id, serials)
  const widest = Math.max(...labels.map((l) => symbolSideMm(l.symbol, gridMm)))
  const layout = sheetLayout(paper, widest)
  const { css, widthMm, heightMm } = PAPERS[paper]
  if (!layout)
    return (
      <p className="field-error" role="alert">
        {t('labels.err.fit', { size: gridMm, paper: css })}
      </p>
    )
  const pages = paginate(labels, layout.perPage)
  const moduleMm = gridMm / Math.max(...labels.map((l) => l.symbol.size))
  const pageStyle = `@page { size: ${css}; margin: ${PAGE_MARGIN_MM}mm; }`
  return (
    <section className="label-sheet" aria-label={t('labels.preview')}>
      <style>{pageStyle}</style>
      <p className="muted label-sheet-summary">
        {t('labels.summary', {
          count: labels.length,
          pages: pages.length,
          perPage: layout.perPage,
          first: serials[0] ?? '',
          last: serials[serials.length - 1] ?? '',
        })}
      </p>
      {moduleMm < 0.5 && (
        <p className="label-sheet-summary field-error">
          {t('labels.smallModules', { module: moduleMm.toFixed(2) })}
        </p>
      )}
      {pages.map((page, i) => (
        <section
          // Pages are positions in the sheet, never reordered.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          key={i}
          className="label-page"
          aria-label={t('labels.pageN', { page: i + 1, pages: pages.length })}
          style={{
            // The paper's size and margins draw the on-screen preview only (see labels.css).
            ['--paper-width' as string]: `${widthMm}mm`,
            ['--paper-height' as string]: `${heightMm}mm`,
            ['--paper-margin' as string]: `${PAGE_MARGIN_MM}mm`,
            gridTemplateColumns: `repeat(${layout.columns}, ${layout.cellWidthMm}mm)`,
            gridAutoRows: `${layout.cellHeightMm}mm`,
            gap: `${GAP_MM}mm`,
          }}
        >
          {page.map((label) => (
            <PrintLabel
              key={label.serial}
              url={label.url}
              symbol={label.symbol}
              gridMm={gridMm}
              name={product.name}
              modelNumber={product.modelNumber}
              serial={label.serial}
              cellWidthMm={layout.cellWidthMm}
              cellHeightMm={layout.cellHeightMm}
            />
          ))}
        </section>
      ))}
    </section>
  )
}

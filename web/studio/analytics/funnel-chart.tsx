import 'uplot/dist/uPlot.min.css'
import { useEffect, useRef } from 'react'
import uPlot from 'uplot'
import { t } from '../../i18n/t'
import { cssColor } from './css-color'
import type { FunnelRow } from './funnel-rows'

const HEIGHT = 240

function options(rows: FunnelRow[], width: number, el: Element): uPlot.Options {
  const text = cssColor('--color-text-muted', el)
  const grid = cssColor('--color-border', el)
  const axis = { stroke: text, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } }
  const bars = uPlot.paths.bars?.({ size: [0.6, 64] })
  return {
    width,
    height: HEIGHT,
    scales: { x: { time: false, range: [0.5, rows.length + 0.5] } },
    axes: [
      { ...axis, splits: () => rows.map((_, i) => i + 1), values: (_, ticks) => ticks.map(String) },
      { ...axis, size: 48 },
    ],
    legend: { live: false },
    cursor: { show: false },
    series: [
      {},
      {
        label: t('analytics.col.reached'),
        stroke: cssColor('--color-primary', el),
        fill: cssColor('--color-primary', el),
        paths: bars,
        points: { show: false },
      },
      {
        label: t('analytics.col.help'),
        stroke: cssColor('--color-warning', el),
        width: 2,
        points: { show: true, size: 8 },
      },
      {
        label: t('analytics.col.ended'),
        stroke: cssColor('--color-danger', el),
        width: 2,
        points: { show: true, size: 8 },
      },
    ],
  }
}

/**
 * The funnel as a uPlot chart: sessions reaching each step as bars, help requests and sessions
 * ending there as lines. The canvas is hidden from screen readers; the table carries the numbers.
 */
export function FunnelChart({ rows }: { rows: FunnelRow[] }) {
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const el = box.current
    if (!el || rows.length === 0) return
    const data: uPlot.AlignedData = [
      rows.map((_, i) => i + 1),
      rows.map((r) => r.reached),
      rows.map((r) => r.helpRequests),
      rows.map((r) => r.endedHere),
    ]
    const plot = new uPlot(options(rows, el.clientWidth || 480, el), data, el)
    const resize = new ResizeObserver(() => plot.setSize({ width: el.clientWidth, height: HEIGHT }))
    resize.observe(el)
    return () => {
      resize.disconnect()
      plot.destroy()
    }
  }, [rows])
  return (
    <figure className="analytics-chart">
      <div ref={box} role="img" aria-label={t('analytics.chartLabel')} />
    </figure>
  )
}

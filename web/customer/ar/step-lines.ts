import type { Step } from '../../../server/domain/procedure'
import { t } from '../../i18n/t'
import type { PanelLine } from '../../xr/placement/panel-text'

const TITLE = 56
const BODY = 38
const SMALL = 34

/** Markdown as plain text for the canvas panel: links keep their words, marks are dropped. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * The step card's content as lines for the in-scene panel: progress, title, body, the typed
 * bullets with their word (Caution, Warning…, never colour alone) and the check question.
 */
export function stepLines(step: Step, index: number, total: number): PanelLine[] {
  const lines: PanelLine[] = [
    { text: t('guide.position', { index, total }), size: SMALL, tone: 'muted' },
    { text: step.title, size: TITLE, bold: true },
  ]
  if (step.body) lines.push({ text: plainText(step.body), size: BODY })
  for (const b of step.bullets) {
    const tone = b.kind === 'caution' || b.kind === 'warning' ? 'warning' : undefined
    lines.push({ text: `${t(`guide.bullet.${b.kind}`)}: ${b.text}`, size: SMALL, tone })
  }
  if (step.check) lines.push({ text: step.check.question, size: BODY, bold: true })
  return lines
}

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import ReactMarkdown from 'react-markdown'
import { describe, expect, it } from 'vitest'
import { ProcedureFileSchema } from '../../server/domain/procedure'
import { Markdown } from '../../web/ui/markdown'
import { catalogDir } from '../helpers/app'

// The guide's Markdown renderer (web/ui/markdown.tsx) must make exactly what react-markdown made
// before it: the same elements, attributes and text, so the step card looks the same.
const ours = (md: string) => renderToStaticMarkup(createElement(Markdown, { source: md }))
const theirs = (md: string) => renderToStaticMarkup(createElement(ReactMarkdown, null, md))

const CASES = [
  '',
  'Plain text.',
  'Loosen the **two** screws, then *gently* lift the `cover`.\nSecond line  \nhard break\\\nagain',
  '# One\n## Two\n###### Six\n\nSetext\n===',
  '- a\n- b\n  - nested\n- c',
  '1. first\n2. second\n\n   more\n3. third',
  '3. starts at three\n4. four',
  '- loose\n\n- list',
  '> quoted **text**\n>\n> - with a list',
  '```sh\nnpm test\n```\n\n    indented code\n\n```\n```',
  '---\n\n***',
  '[link](https://example.com "Title") <https://auto.example> <mail@example.com>',
  '![alt *text*](/img.png "t") ![](x.png)',
  '[ref] and [full][ref] and [collapsed][] ![img][ref]\n\n[ref]: /somewhere "T"\n[collapsed]: </a b>',
  '[missing] [x][nope]',
  'Entities &amp; &copy; &#35; &nbsp;x, escapes \\* \\[',
  'Trailing spaces   \n   leading after break',
  'Loosen the screw. <script>window.__pwned = "script"</script>',
  '<img src="x" onerror="window.__pwned = \'onerror\'">',
  '[Open the manual](javascript:window.__pwned="link") [v](vbscript:x) [d](data:text/html,x) [rel](./a:b)',
  '<a href="javascript:window.__pwned=1">raw link</a> <iframe src="/"></iframe>',
  '<div>\nblock html\n</div>\n\nafter',
  'url with spaces [x](<a b> "t") and unicode [ü](/ü?q=ä#ö)',
  '* a\n\n  para in item\n* b\n\n\n* c',
  '- [ ] not a task without GFM\n- ~~no strike~~ | no | table |',
]

function catalogBodies(): string[] {
  const out: string[] = []
  for (const product of readdirSync(catalogDir)) {
    let files: string[] = []
    try {
      files = readdirSync(join(catalogDir, product, 'procedures'))
    } catch {
      continue
    }
    for (const f of files.filter((name) => name.endsWith('.json'))) {
      const doc = ProcedureFileSchema.parse(
        JSON.parse(readFileSync(join(catalogDir, product, 'procedures', f), 'utf8')),
      )
      for (const step of doc.steps) if (step.body) out.push(step.body)
    }
  }
  return out
}

describe('step Markdown', () => {
  it.each(CASES)('renders %j as react-markdown does', (md) => {
    expect(ours(md)).toBe(theirs(md))
  })

  it('renders every step body of the sample catalog as react-markdown does', () => {
    const bodies = catalogBodies()
    expect(bodies.length).toBeGreaterThan(10)
    for (const md of bodies) expect(ours(md)).toBe(theirs(md))
  })

  it('makes no element from raw HTML and no javascript: link', () => {
    const html = ours(CASES[20] ?? '')
    expect(html).not.toContain('<a ')
    expect(html).not.toContain('<iframe')
    expect(ours(CASES[19] ?? '')).toContain('href=""')
  })
})

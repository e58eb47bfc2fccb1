import type { Definition, Nodes, Parents, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { normalizeUri } from 'micromark-util-sanitize-uri'
import { createElement, Fragment, type ReactNode, useMemo } from 'react'

/**
 * A step's Markdown as React elements: CommonMark parsed by micromark (mdast-util-from-markdown),
 * turned into elements here, with the same elements, attributes and whitespace as react-markdown's
 * defaults (mdast-util-to-hast → hast-util-to-jsx-runtime), which cost ~20 kB gzip more on the
 * customer's first paint. tests/unit/markdown.test.ts renders both and compares.
 *
 * Safe by construction: raw HTML in the source is shown as text, never parsed; only the elements
 * below are made; link and image URLs with a protocol other than http(s), mailto, irc(s) or xmpp
 * (`javascript:` …) are emptied, as react-markdown's defaultUrlTransform does.
 */
export function Markdown({ source }: { source: string }) {
  const elements = useMemo(() => render(fromMarkdown(source)), [source])
  return createElement(Fragment, null, ...elements)
}

const SAFE_PROTOCOL = /^(https?|ircs?|mailto|xmpp)$/i

/** react-markdown's defaultUrlTransform: a URL with an unsafe protocol becomes ''. */
export function safeUrl(value: string): string {
  const colon = value.indexOf(':')
  const question = value.indexOf('?')
  const hash = value.indexOf('#')
  const slash = value.indexOf('/')
  if (
    colon === -1 ||
    (slash !== -1 && colon > slash) ||
    (question !== -1 && colon > question) ||
    (hash !== -1 && colon > hash) ||
    SAFE_PROTOCOL.test(value.slice(0, colon))
  )
    return value
  return ''
}

const url = (value: string) => safeUrl(normalizeUri(value))

/** Spaces and tabs around line endings removed (trim-lines, as mdast-util-to-hast does). */
function trimLines(value: string): string {
  return value
    .split(/(\r?\n|\r)/)
    .map((part, i, all) => {
      if (i % 2 === 1) return part
      let out = part
      if (i > 0) out = out.replace(/^[ \t]+/, '')
      if (i < all.length - 1) out = out.replace(/[ \t]+$/, '')
      return out
    })
    .join('')
}

// The intermediate tree: text, or an element with its tag, props and children.
type El = { tag: string; props: Record<string, unknown>; children: Out[] }
type Out = string | El

const el = (tag: string, children: Out[] = [], props: Record<string, unknown> = {}): El => ({
  tag,
  props,
  children,
})

/** mdast-util-to-hast's `wrap`: a line ending between nodes (and around them when loose). */
function wrap(nodes: Out[], loose = false): Out[] {
  const out: Out[] = loose ? ['\n'] : []
  nodes.forEach((n, i) => {
    if (i) out.push('\n')
    out.push(n)
  })
  if (loose && nodes.length > 0) out.push('\n')
  return out
}

const itemLoose = (item: Nodes) =>
  'spread' in item && item.spread != null
    ? Boolean(item.spread)
    : 'children' in item && item.children.length > 1

function render(tree: Root): ReactNode[] {
  const definitions = new Map<string, Definition>()
  const collect = (node: Nodes) => {
    if (node.type === 'definition') {
      const id = node.identifier.toUpperCase()
      if (!definitions.has(id)) definitions.set(id, node)
    }
    if ('children' in node) for (const child of node.children) collect(child)
  }
  collect(tree)

  const all = (parent: Parents): Out[] => {
    const out: Out[] = []
    parent.children.forEach((child, i) => {
      const result = one(child, parent)
      if (i && parent.children[i - 1]?.type === 'break' && result.length === 1) {
        const only = result[0]
        if (typeof only === 'string') result[0] = only.replace(/^[ \t]+/, '')
        else if (only && typeof only.children[0] === 'string')
          only.children[0] = only.children[0].replace(/^[ \t]+/, '')
      }
      out.push(...result)
    })
    return out
  }

  const revert = (node: Nodes & { referenceType: string }, label: string | null | undefined) => {
    const suffix =
      node.referenceType === 'collapsed'
        ? '][]'
        : node.referenceType === 'full'
          ? `][${label}]`
          : ']'
    if (node.type === 'imageReference') return [`![${node.alt}${suffix}`]
    const contents = 'children' in node ? all(node) : []
    if (typeof contents[0] === 'string') contents[0] = `[${contents[0]}`
    else contents.unshift('[')
    const last = contents.length - 1
    if (typeof contents[last] === 'string') contents[last] = `${contents[last]}${suffix}`
    else contents.push(suffix)
    return contents
  }

  const one = (node: Nodes, parent: Parents | undefined): Out[] => {
    switch (node.type) {
      case 'root':
        return wrap(all(node))
      case 'paragraph':
        return [el('p', all(node))]
      case 'heading':
        return [el(`h${node.depth}`, all(node))]
      case 'blockquote':
        return [el('blockquote', wrap(all(node), true))]
      case 'thematicBreak':
        return [el('hr')]
      case 'break':
        return [el('br'), '\n']
      case 'text':
        return [trimLines(node.value)]
      case 'emphasis':
        return [el('em', all(node))]
      case 'strong':
        return [el('strong', all(node))]
      case 'inlineCode':
        return [el('code', [node.value.replace(/\r?\n|\r/g, ' ')])]
      case 'code': {
        const language = node.lang ? node.lang.split(/\s+/) : []
        const props = language.length > 0 ? { className: `language-${language[0]}` } : {}
        return [el('pre', [el('code', [node.value ? `${node.value}\n` : ''], props)])]
      }
      // Raw HTML is text: react-markdown without rehype-raw shows it as written.
      case 'html':
        return [node.value]
      case 'link':
        return [el('a', all(node), withTitle({ href: url(node.url) }, node.title))]
      case 'image':
        return [el('img', [], withTitle({ src: url(node.url), alt: node.alt }, node.title))]
      case 'linkReference': {
        const def = definitions.get(node.identifier.toUpperCase())
        if (!def) return revert(node, node.label ?? node.identifier)
        return [el('a', all(node), withTitle({ href: url(def.url || '') }, def.title))]
      }
      case 'imageReference': {
        const def = definitions.get(node.identifier.toUpperCase())
        if (!def) return revert(node, node.label ?? node.identifier)
        return [el('img', [], withTitle({ src: url(def.url || ''), alt: node.alt }, def.title))]
      }
      case 'list': {
        const props =
          node.ordered && node.start != null && node.start !== 1 ? { start: node.start } : {}
        return [el(node.ordered ? 'ol' : 'ul', wrap(all(node), true), props)]
      }
      case 'listItem':
        return [listItem(node, parent)]
      case 'definition':
        return []
      default:
        // Constructs CommonMark does not make (GFM, MDX): their text, as mdast-util-to-hast.
        if ('value' in node) return [String(node.value)]
        return 'children' in node ? [el('div', all(node))] : []
    }
  }

  const listItem = (node: Nodes & { type: 'listItem' }, parent: Parents | undefined): El => {
    const results = all(node)
    const loose =
      parent?.type === 'list'
        ? Boolean(parent.spread) || parent.children.some(itemLoose)
        : itemLoose(node)
    const isP = (n: Out | undefined) => typeof n !== 'string' && n?.tag === 'p'
    const children: Out[] = []
    results.forEach((child, i) => {
      if (loose || i !== 0 || !isP(child)) children.push('\n')
      if (typeof child !== 'string' && child.tag === 'p' && !loose) children.push(...child.children)
      else children.push(child)
    })
    const tail = results.at(-1)
    if (tail !== undefined && (loose || !isP(tail))) children.push('\n')
    return el('li', children)
  }

  return toReact(one(tree, undefined))
}

function withTitle(props: Record<string, unknown>, title: string | null | undefined) {
  return title != null ? { ...props, title } : props
}

function toReact(nodes: Out[]): ReactNode[] {
  return nodes.map((n, i) =>
    typeof n === 'string'
      ? n
      : createElement(
          n.tag,
          { key: i, ...n.props },
          ...(n.children.length > 0 ? toReact(n.children) : []),
        ),
  )
}

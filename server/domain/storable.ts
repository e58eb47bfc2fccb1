/** Why a JSON value cannot be stored as it is, and where (a dotted path; `_` for the value itself). */
export type Unstorable = { path: string; problem: string }

// A lone UTF-16 surrogate: a high one not followed by a low one, or a low one not after a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

function textProblem(s: string): string | null {
  if (s.includes('\u0000')) return 'must not contain NUL characters'
  if (LONE_SURROGATE.test(s)) return 'must be valid Unicode text (a lone surrogate)'
  return null
}

/**
 * The first place in a parsed JSON value that PostgreSQL would refuse: a NUL character (text and
 * jsonb cannot hold one), a lone surrogate (jsonb refuses its escape), or nesting deeper than
 * `maxDepth`. Walks with its own stack, so a hostile body nested a million deep cannot overflow ours.
 */
export function findUnstorable(value: unknown, maxDepth = 64): Unstorable | null {
  const stack: { value: unknown; path: string[] }[] = [{ value, path: [] }]
  const at = (path: string[]) => path.join('.') || '_'
  for (let item = stack.pop(); item; item = stack.pop()) {
    const v = item.value
    if (typeof v === 'string') {
      const problem = textProblem(v)
      if (problem) return { path: at(item.path), problem }
      continue
    }
    if (!v || typeof v !== 'object') continue
    if (item.path.length >= maxDepth)
      return { path: at(item.path), problem: `must not be nested more than ${maxDepth} deep` }
    for (const [k, child] of Object.entries(v)) {
      const path = [...item.path, k]
      const problem = textProblem(k)
      if (problem) return { path: at(path), problem }
      stack.push({ value: child, path })
    }
  }
  return null
}

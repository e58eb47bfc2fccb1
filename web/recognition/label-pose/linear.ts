/**
 * Solves the small dense system `a · x = b` by Gaussian elimination with partial pivoting
 * (`a` is row-major n×n). Returns null when the system is singular.
 */
export function solveLinear(a: number[][], b: number[]): number[] | null {
  const n = b.length
  const m = a.map((row, i) => [...row, b[i] ?? 0])
  for (let c = 0; c < n; c++) {
    let pivot = c
    for (let r = c + 1; r < n; r++)
      if (Math.abs(m[r]?.[c] ?? 0) > Math.abs(m[pivot]?.[c] ?? 0)) pivot = r
    const p = m[pivot] as number[]
    if (Math.abs(p[c] ?? 0) < 1e-12) return null
    m[pivot] = m[c] as number[]
    m[c] = p
    for (let r = c + 1; r < n; r++) {
      const row = m[r] as number[]
      const f = (row[c] ?? 0) / (p[c] ?? 1)
      if (f === 0) continue
      for (let k = c; k <= n; k++) row[k] = (row[k] ?? 0) - f * (p[k] ?? 0)
    }
  }
  const x = new Array<number>(n).fill(0)
  for (let r = n - 1; r >= 0; r--) {
    const row = m[r] as number[]
    let s = row[n] ?? 0
    for (let k = r + 1; k < n; k++) s -= (row[k] ?? 0) * (x[k] ?? 0)
    x[r] = s / (row[r] ?? 1)
  }
  return x
}

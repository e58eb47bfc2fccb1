/** A design token's CSS value (a custom property), for drawing on a canvas. */
export function cssToken(name: `--${string}`, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback
}

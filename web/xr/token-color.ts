import { Color } from 'three'

/** A colour from the design tokens (a CSS custom property), for three.js materials. */
export function tokenColor(name: `--${string}`): Color {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim()
  return new Color(value || 'white')
}

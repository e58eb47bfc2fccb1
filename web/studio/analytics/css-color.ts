/**
 * A colour token's current value (light or dark scheme), read at runtime so charts drawn on a
 * canvas use the same tokens as the rest of the page.
 */
export function cssColor(name: `--color-${string}`, from: Element = document.documentElement) {
  return getComputedStyle(from).getPropertyValue(name).trim()
}

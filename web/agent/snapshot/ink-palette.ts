import { cssToken } from '../../xr/placement/css-token'
import type { InkPalette } from './ink'

/** The ink colours from the design tokens (a canvas cannot read CSS variables itself). */
export function inkPalette(): InkPalette {
  return {
    cyan: cssToken('--color-ink-cyan', '#00e5ff'),
    magenta: cssToken('--color-ink-magenta', '#ff2bd6'),
    yellow: cssToken('--color-ink-yellow', '#ffd400'),
    outline: cssToken('--color-ink-outline', '#001a1f'),
  }
}

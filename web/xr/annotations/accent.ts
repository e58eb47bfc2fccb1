import type { Color } from 'three'
import { tokenColor } from '../token-color'

/** The annotation accent and its dark outline, from the design tokens. */
export function accentColors(): { accent: Color; outline: Color } {
  return { accent: tokenColor('--color-accent'), outline: tokenColor('--color-accent-outline') }
}

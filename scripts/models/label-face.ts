import type { LabelPose } from '../../server/domain/product'
import { deepLink } from './deep-link'
import { orientedSquare } from './geometry'
import type { MaterialSpec, Shape } from './gltf-writer'
import { QUIET_ZONE_MODULES, qrLabelTexture } from './qr-png'

/** Pixels per QR module in the label textures: crisp at arm's length, small in the GLB. */
const PX_PER_MODULE = 12

/**
 * The printed QR label of a sample product, built from its declared pose so the GLB and
 * `product.json` cannot disagree: a white material with the product's deep link as QR texture
 * (symbol plus quiet zone, edge to edge), and a square quad whose side is the symbol's printed side
 * `sizeMm` × (modules + 8) / modules, centred on `center`, facing `normal`, its top edge towards `up`.
 */
export function labelFace(
  productId: string,
  pose: LabelPose,
  materialName = 'label',
): { material: MaterialSpec; shape: Shape } {
  const texture = qrLabelTexture(deepLink(productId), PX_PER_MODULE)
  const sideM =
    ((pose.sizeMm / 1000) * (texture.modules + 2 * QUIET_ZONE_MODULES)) / texture.modules
  return {
    material: { color: '#ffffff', roughness: 0.85, texture: texture.png },
    shape: {
      material: materialName,
      geometry: orientedSquare(sideM, pose.center, pose.normal, pose.up),
    },
  }
}

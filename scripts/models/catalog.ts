import { espressoOneModel } from './espresso-one'
import type { ModelSpec } from './gltf-writer'
import { printwellP200Model } from './printwell-p200'
import { wavelinkAx3000Model } from './wavelink-ax3000'

/** Every generated product model, in a fixed order. */
export const MODELS: (() => ModelSpec)[] = [
  espressoOneModel,
  wavelinkAx3000Model,
  printwellP200Model,
]

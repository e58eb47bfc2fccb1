/** A flat coloured disc in the room: an object whose world position a test knows. */
export type TruthDisc = {
  /** Centre, world metres (the XR reference space three.js uses). */
  centre: [number, number, number]
  /** The side it faces, world. */
  normal: [number, number, number]
  radiusM: number
  /** Colour, 0..1 per channel, as the camera sees it. */
  rgb: [number, number, number]
}

/** The scene the emulated camera sees, as the page gets it (plain JSON). */
export type PageTruth = {
  /** World (the XR reference space three.js uses) from label frame, column-major. */
  worldFromLabel: number[]
  /** The QR payload, for the record; `modules` is what is drawn. */
  text: string
  /** Printed side of the QR symbol (module grid, quiet zone excluded), metres. */
  sideM: number
  /** The symbol's modules, row-major from the top-left, `size` × `size`. */
  modules: { size: number; dark: boolean[] }
  /** Gaussian blur sigma in camera pixels (0: sharp). */
  blurPx: number
  /** Gaussian noise sigma on 0..1 grey levels (0: none). */
  noise: number
  /** Brightness factor (1: normal; below 1 darker). */
  exposure: number
  /** Camera image height in pixels; the width follows the view's aspect ratio. */
  cameraHeight: number
  /** Coloured discs in front of the label's plane wherever a ray meets them first (up to 4). */
  discs: TruthDisc[]
}

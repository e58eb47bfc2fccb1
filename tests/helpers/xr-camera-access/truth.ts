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
}

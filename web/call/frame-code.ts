/**
 * The frame number drawn into each picture of the shared AR view, so whoever shows the video can
 * tell which frame is on screen from the pixels alone (the video element's own timestamps cannot be
 * matched to the sender's frames). A 12 × 2 grid of 8-pixel black or white blocks in the picture's
 * bottom-left corner: 16 bits of the frame number, then 8 bits of CRC-8 over them, so a block
 * smeared by the video codec makes the read fail rather than name another frame. Blocks of 8
 * pixels, aligned on 8, survive VP8/H.264 at call bitrates.
 */

/** Side of one block in the sent picture, pixels. */
export const CODE_BLOCK = 8
export const CODE_COLUMNS = 12
export const CODE_ROWS = 2
/** The code's size in the sent picture, pixels. */
export const CODE_WIDTH = CODE_BLOCK * CODE_COLUMNS
export const CODE_HEIGHT = CODE_BLOCK * CODE_ROWS
/** Frame numbers are told apart modulo this (16 bits: over half an hour at 30 frames/s). */
export const CODE_PERIOD = 0x10000

/**
 * CRC-8 (polynomial x⁸ + x² + x + 1) of a 16-bit value, high byte first. It starts from 0xa5
 * rather than 0, so an all-black corner (a black picture) does not read as frame 0.
 */
export function crc8(value: number): number {
  let crc = 0xa5
  for (const byte of [(value >> 8) & 0xff, value & 0xff]) {
    crc ^= byte
    for (let i = 0; i < 8; i++) crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff
  }
  return crc
}

/** The 24 bits drawn for frame `n`: bit i is block i (row-major from the code's top-left). */
export function frameCode(n: number): number {
  const low = n % CODE_PERIOD
  return low | (crc8(low) << 16)
}

/**
 * Reads the code of a picture `height` pixels high: `luminance(x, y)` gives 0..255 at a point of
 * the sent picture (pixels, y down; the caller maps it onto the video as shown). Returns the frame
 * number modulo CODE_PERIOD, or null when the code is not there or does not check.
 */
export function readFrameCode(
  luminance: (x: number, y: number) => number,
  height: number,
): number | null {
  const top = height - CODE_HEIGHT
  let code = 0
  for (let i = 0; i < CODE_COLUMNS * CODE_ROWS; i++) {
    const x = (i % CODE_COLUMNS) * CODE_BLOCK
    const y = top + Math.floor(i / CODE_COLUMNS) * CODE_BLOCK
    // The block's middle, away from edges the codec blurs into the neighbours.
    const c = CODE_BLOCK / 2
    const d = CODE_BLOCK / 4
    const mean =
      (luminance(x + c - d, y + c - d) +
        luminance(x + c + d, y + c - d) +
        luminance(x + c - d, y + c + d) +
        luminance(x + c + d, y + c + d)) /
      4
    if (mean > 128) code |= 1 << i
  }
  const low = code & 0xffff
  return code >>> 16 === crc8(low) ? low : null
}

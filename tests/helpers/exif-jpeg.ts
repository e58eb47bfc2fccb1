import sharp from 'sharp'

/** Where the test photo was "taken": the GPS position written into its EXIF. */
export const GPS_LATITUDE = [48, 51, 29] as const

function u16(v: number) {
  return [v & 0xff, (v >> 8) & 0xff]
}
function u32(v: number) {
  return [v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >>> 24) & 0xff]
}
function entry(tag: number, type: number, n: number, value: number[]) {
  return [...u16(tag), ...u16(type), ...u32(n), ...value, 0, 0, 0, 0].slice(0, 12)
}

/**
 * A hand-written EXIF APP1 segment (little-endian TIFF): IFD0 with Orientation 6 (turn 90° clockwise
 * to view) and a GPS IFD with latitude N 48°51'29" — what a phone writes into every photo.
 */
export function exifSegment(): Uint8Array {
  const ifd0 = 8
  const ifd0Size = 2 + 2 * 12 + 4
  const gps = ifd0 + ifd0Size
  const gpsSize = 2 + 2 * 12 + 4
  const rationals = gps + gpsSize
  const tiff = [
    ...[0x49, 0x49, 0x2a, 0x00],
    ...u32(ifd0),
    ...u16(2),
    ...entry(0x0112, 3, 1, [...u16(6), 0, 0]),
    ...entry(0x8825, 4, 1, u32(gps)),
    ...u32(0),
    ...u16(2),
    ...entry(0x0001, 2, 2, [0x4e, 0, 0, 0]),
    ...entry(0x0002, 5, 3, u32(rationals)),
    ...u32(0),
    ...GPS_LATITUDE.flatMap((v) => [...u32(v), ...u32(1)]),
  ]
  const body = [...[0x45, 0x78, 0x69, 0x66, 0, 0], ...tiff]
  const length = body.length + 2
  return new Uint8Array([0xff, 0xe1, (length >> 8) & 0xff, length & 0xff, ...body])
}

/** A 64×48 JPEG (red left half, blue right) with the EXIF above spliced in after its SOI. */
export async function jpegWithGps(): Promise<Uint8Array<ArrayBuffer>> {
  const plain = await sharp({
    create: { width: 64, height: 48, channels: 3, background: '#0000ff' },
  })
    .composite([
      {
        input: { create: { width: 32, height: 48, channels: 3, background: '#ff0000' } },
        left: 0,
        top: 0,
      },
    ])
    .jpeg({ quality: 90 })
    .toBuffer()
  const app1 = exifSegment()
  const out = new Uint8Array(plain.byteLength + app1.byteLength)
  out.set(plain.subarray(0, 2), 0)
  out.set(app1, 2)
  out.set(plain.subarray(2), 2 + app1.byteLength)
  return out
}

/** Whether the bytes contain this ASCII text anywhere. */
export function containsAscii(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes).includes(Buffer.from(text, 'latin1'))
}

/** Whether a JPEG has an APP1 segment (EXIF or XMP) among its headers. */
export function hasApp1(bytes: Uint8Array): boolean {
  let i = 2
  while (i + 4 <= bytes.length && bytes[i] === 0xff) {
    const marker = bytes[i + 1] ?? 0
    if (marker === 0xe1) return true
    if (marker === 0xda) return false
    i += 2 + (((bytes[i + 2] ?? 0) << 8) | (bytes[i + 3] ?? 0))
  }
  return false
}

import * as z from 'zod/mini'

/**
 * Snapshots: a frame of the customer's video that the agent froze and drew on, composed into one
 * image on the agent's side, stored with the escalation and shown on the customer's screen. The
 * schemas are zod/mini: the customer's guide parses them (see event-batch.ts).
 */
export const SNAPSHOT_TYPES = ['image/webp', 'image/jpeg', 'image/png'] as const
export const SnapshotTypeSchema = z.enum(SNAPSHOT_TYPES)
export type SnapshotType = z.infer<typeof SnapshotTypeSchema>

/** A 1280×720 frame is about 100–300 kB as WebP or JPEG; a PNG of a busy picture can pass 1 MB. */
export const SNAPSHOT_MAX_BYTES = 2 * 1024 * 1024
/** Larger than any call video; a bigger picture is not a frame of the call. */
export const SNAPSHOT_MAX_SIDE = 4096

const Side = z.int().check(z.minimum(1), z.maximum(SNAPSHOT_MAX_SIDE))

/** A stored snapshot as the API and the WebSocket describe it; the image is fetched on its own. */
export const SnapshotSchema = z.object({
  id: z.uuid(),
  escalationId: z.uuid(),
  type: SnapshotTypeSchema,
  width: Side,
  height: Side,
  /** Bytes of the image. */
  size: z.int().check(z.minimum(1), z.maximum(SNAPSHOT_MAX_BYTES)),
  createdAt: z.iso.datetime({ offset: true }),
})
export type Snapshot = z.infer<typeof SnapshotSchema>

export const SnapshotListSchema = z.object({ snapshots: z.array(SnapshotSchema) })
export const SnapshotCreatedSchema = z.object({ snapshot: SnapshotSchema })

export type ImageHeader = { type: SnapshotType; width: number; height: number }

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const PNG_IEND = [0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]

const at = (b: Uint8Array, i: number) => b[i] ?? -1
const startsWith = (b: Uint8Array, sig: number[], from = 0) =>
  sig.every((v, i) => at(b, from + i) === v)
const ascii = (b: Uint8Array, from: number, text: string) =>
  startsWith(
    b,
    [...text].map((ch) => ch.charCodeAt(0)),
    from,
  )
const be16 = (b: Uint8Array, i: number) => (at(b, i) << 8) | at(b, i + 1)
const be32 = (b: Uint8Array, i: number) => be16(b, i) * 0x10000 + be16(b, i + 2)
const le16 = (b: Uint8Array, i: number) => at(b, i) | (at(b, i + 1) << 8)
const le24 = (b: Uint8Array, i: number) => le16(b, i) | (at(b, i + 2) << 16)
const le32 = (b: Uint8Array, i: number) => le16(b, i) + le16(b, i + 2) * 0x10000

/** A whole PNG: signature, IHDR first, IEND last (an upload cut short has none). */
function png(b: Uint8Array): ImageHeader | null {
  if (!startsWith(b, PNG_SIGNATURE) || !ascii(b, 12, 'IHDR')) return null
  if (b.length < 45 || !startsWith(b, PNG_IEND, b.length - PNG_IEND.length)) return null
  return { type: 'image/png', width: be32(b, 16), height: be32(b, 20) }
}

/** A whole JPEG: start of image, a start-of-frame segment with the size, end of image. */
function jpeg(b: Uint8Array): ImageHeader | null {
  if (!startsWith(b, [0xff, 0xd8, 0xff])) return null
  if (at(b, b.length - 2) !== 0xff || at(b, b.length - 1) !== 0xd9) return null
  let i = 2
  while (i + 9 < b.length) {
    if (at(b, i) !== 0xff) return null
    const marker = at(b, i + 1)
    if (marker === 0xff) {
      i += 1 // fill byte
      continue
    }
    // Markers without a length: TEM and the restart markers.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2
      continue
    }
    // Start of scan before a frame header: not an image we can size.
    if (marker === 0xda || marker === 0xd9) return null
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)
    if (isFrame) return { type: 'image/jpeg', width: be16(b, i + 7), height: be16(b, i + 5) }
    i += 2 + be16(b, i + 2)
  }
  return null
}

/** A whole WebP: the RIFF size matches the bytes, and the first chunk (VP8, VP8L, VP8X) says the size. */
function webp(b: Uint8Array): ImageHeader | null {
  if (!ascii(b, 0, 'RIFF') || !ascii(b, 8, 'WEBP') || b.length < 30) return null
  if (le32(b, 4) + 8 !== b.length) return null
  const type = 'image/webp'
  if (ascii(b, 12, 'VP8 ')) {
    if (!startsWith(b, [0x9d, 0x01, 0x2a], 23)) return null
    return { type, width: le16(b, 26) & 0x3fff, height: le16(b, 28) & 0x3fff }
  }
  if (ascii(b, 12, 'VP8L')) {
    if (at(b, 20) !== 0x2f) return null
    const bits = le32(b, 21)
    return { type, width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 }
  }
  if (ascii(b, 12, 'VP8X')) return { type, width: le24(b, 24) + 1, height: le24(b, 27) + 1 }
  return null
}

/**
 * The type and size of an image from its own bytes (never from what the sender claims), or null
 * when the bytes are not a whole PNG, JPEG or WebP file.
 */
export function readImageHeader(bytes: Uint8Array): ImageHeader | null {
  return png(bytes) ?? jpeg(bytes) ?? webp(bytes)
}

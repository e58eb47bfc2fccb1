/** Messages between the page and the zxing worker: one frame in, the codes read from it out. */
export type FrameRequest = { id: number; frame: ImageBitmap; width: number; height: number }
export type FrameReply = { id: number; codes: string[] } | { id: number; error: string }

/** To the view canvas worker: its canvas once, then each composed picture (RGBA, rows top-down). */
export type ViewCanvasRequest =
  | { kind: 'canvas'; canvas: OffscreenCanvas }
  | { kind: 'picture'; pixels: ArrayBuffer; width: number; height: number }

/** From it: a picture's buffer, drawn and handed back for the next one. */
export type ViewCanvasReply = { kind: 'drawn'; pixels: ArrayBuffer }

import type { ViewFrame } from '../../server/domain/call-view'

export type SharedViewListener = {
  /** A frame was composed (its number is drawn in the picture): send it to the agent. */
  onFrame: (frame: ViewFrame) => void
  /** Whether the pictures carry the camera image changed. */
  onCamera: (camera: boolean) => void
}

/**
 * The shared AR view as the call sees it: the video track of the composed pictures, and each
 * frame's pose and projection as it is composed. Made by the AR scene's composer, which owns the
 * track; taken by the customer's call, which sends both. No React: frames come every XR frame.
 */
export class SharedViewFeed {
  /** Whether the pictures carry the camera image (`camera-access`); null until the first one. */
  camera: boolean | null = null
  private readonly listeners = new Set<SharedViewListener>()

  constructor(readonly stream: MediaStream) {}

  subscribe(listener: SharedViewListener): () => void {
    this.listeners.add(listener)
    if (this.camera !== null) listener.onCamera(this.camera)
    return () => {
      this.listeners.delete(listener)
    }
  }

  frame(frame: ViewFrame): void {
    for (const l of this.listeners) l.onFrame(frame)
  }

  setCamera(camera: boolean): void {
    if (this.camera === camera) return
    this.camera = camera
    for (const l of this.listeners) l.onCamera(camera)
  }
}

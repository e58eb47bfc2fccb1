import { useCallback, useRef, useState } from 'react'
import { sendSnapshot } from '../../api/snapshots'
import { t } from '../../i18n/t'
import { composeSnapshot, grabFrame } from './compose'
import type { InkColor, InkMark, InkTool } from './ink'
import { inkPalette } from './ink-palette'
import { useEscalationSnapshots } from './use-escalation-snapshots'

/**
 * Freeze, draw, send: the agent freezes the customer's video on its current picture, draws on it
 * (pen, arrow, circle, in a colour), and sends the picture with the marks, composed here, to the
 * customer. A failed send keeps the frozen picture and every mark, so the agent can try again.
 */
export function useSnapshotEditor(escalationId: string, { arView }: { arView: boolean }) {
  const videoRef = useRef<HTMLVideoElement | null>(null)
  // Read when freezing: the customer's AR view carries a frame code to keep off the snapshot.
  const arViewNow = useRef(arView)
  arViewNow.current = arView
  const [frame, setFrame] = useState<HTMLCanvasElement | null>(null)
  const [marks, setMarks] = useState<InkMark[]>([])
  const [tool, setTool] = useState<InkTool>('pen')
  const [color, setColor] = useState<InkColor>('cyan')
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<string | null>(null)
  /** What the live region says: frozen, sent. */
  const [status, setStatus] = useState<string | null>(null)
  const history = useEscalationSnapshots(escalationId)
  const addToHistory = history.add

  const freeze = useCallback(() => {
    const video = videoRef.current
    const grabbed = video ? grabFrame(video, { hideCode: arViewNow.current }) : null
    if (!grabbed) {
      setError(t('snapshot.noPicture'))
      return
    }
    setFrame(grabbed)
    setMarks([])
    setError(null)
    setStatus(t('snapshot.frozen'))
  }, [])

  const close = useCallback((message: string | null) => {
    setFrame(null)
    setMarks([])
    setError(null)
    setStatus(message)
  }, [])

  const send = useCallback(async () => {
    if (!frame || sending) return
    setSending(true)
    setError(null)
    try {
      const image = await composeSnapshot(frame, marks, inkPalette())
      if (!image) {
        setError(t('snapshot.tooLarge'))
        return
      }
      addToHistory(await sendSnapshot(escalationId, image))
      close(t('snapshot.sent'))
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setSending(false)
    }
  }, [frame, marks, sending, escalationId, addToHistory, close])

  return {
    videoRef,
    frame,
    marks,
    tool,
    color,
    sending,
    error,
    status,
    history,
    setTool,
    setColor,
    freeze,
    send,
    add: (mark: InkMark) => setMarks((all) => [...all, mark]),
    undo: () => setMarks((all) => all.slice(0, -1)),
    clear: () => setMarks([]),
    cancel: () => close(t('snapshot.cancelled')),
  }
}

export type SnapshotEditor = ReturnType<typeof useSnapshotEditor>

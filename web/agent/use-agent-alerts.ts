import { useCallback, useEffect, useRef, useState } from 'react'
import type { QueueEntry } from '../api/agent'
import { t } from '../i18n/t'
import { asContext } from './escalation-context'
import { newlyWaiting } from './queue-title'

export type AlertPermission = NotificationPermission | 'unsupported'

const permissionNow = (): AlertPermission =>
  typeof Notification === 'undefined' ? 'unsupported' : Notification.permission

/** A short two-tone chime from an oscillator: no audio file to load, nothing if audio is blocked. */
function chime(audio: AudioContext) {
  const now = audio.currentTime
  const gain = audio.createGain()
  gain.connect(audio.destination)
  gain.gain.setValueAtTime(0.0001, now)
  gain.gain.exponentialRampToValueAtTime(0.2, now + 0.02)
  gain.gain.exponentialRampToValueAtTime(0.0001, now + 0.35)
  for (const [freq, at] of [
    [880, 0],
    [1320, 0.12],
  ] as const) {
    const osc = audio.createOscillator()
    osc.frequency.value = freq
    osc.connect(gain)
    osc.start(now + at)
    osc.stop(now + at + 0.2)
  }
}

const inBackground = () => document.visibilityState === 'hidden' || !document.hasFocus()

/**
 * Tells the agent about a customer who starts waiting while the console is in the background: a
 * desktop notification (once they allowed it, asked from a button, never on load) and a short
 * sound. Customers already waiting when the console opens are not announced.
 */
export function useAgentAlerts(entries: QueueEntry[] | null) {
  const [permission, setPermission] = useState<AlertPermission>(permissionNow)
  const seen = useRef<Set<string> | null>(null)
  const audio = useRef<AudioContext | null>(null)

  // Browsers start audio only after a gesture on the page: the first click or key unlocks it.
  useEffect(() => {
    const unlock = () => {
      audio.current ??= new AudioContext()
      void audio.current.resume().catch(() => undefined)
    }
    window.addEventListener('pointerdown', unlock, { once: true })
    window.addEventListener('keydown', unlock, { once: true })
    return () => {
      window.removeEventListener('pointerdown', unlock)
      window.removeEventListener('keydown', unlock)
    }
  }, [])

  useEffect(() => {
    if (!entries) return
    const fresh = newlyWaiting(seen.current, entries)
    seen.current = new Set(entries.filter((e) => e.status === 'waiting').map((e) => e.id))
    if (fresh.length === 0 || !inBackground()) return
    if (audio.current?.state === 'running') chime(audio.current)
    if (permissionNow() !== 'granted') return
    for (const e of fresh) {
      const c = asContext(e.context)
      const note = new Notification(t('alerts.notificationTitle'), {
        body: t('alerts.notificationBody', {
          product: c.productName,
          index: c.stepIndex,
          title: c.stepTitle,
        }),
        tag: `escalation-${e.id}`,
      })
      note.onclick = () => {
        window.focus()
        note.close()
      }
    }
  }, [entries])

  const enable = useCallback(async () => {
    audio.current ??= new AudioContext()
    await audio.current.resume().catch(() => undefined)
    if (typeof Notification === 'undefined') return
    setPermission(await Notification.requestPermission())
  }, [])
  return { permission, enable }
}

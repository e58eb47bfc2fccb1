import { useCallback, useEffect, useState } from 'react'
import type { Snapshot } from '../../../server/domain/snapshot'
import { listEscalationSnapshots } from '../../api/snapshots'

/** The snapshots stored with an escalation, loaded once; ones sent from here are added as they go. */
export function useEscalationSnapshots(escalationId: string) {
  const [snapshots, setSnapshots] = useState<Snapshot[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = useCallback(() => {
    setError(null)
    listEscalationSnapshots(escalationId).then(
      (list) =>
        // Keep any sent while the list was on its way.
        setSnapshots((now) => [
          ...list,
          ...(now ?? []).filter((s) => !list.some((l) => l.id === s.id)),
        ]),
      (e: Error) => setError(e.message),
    )
  }, [escalationId])
  useEffect(load, [load])
  const add = useCallback(
    (s: Snapshot) => setSnapshots((now) => [...(now ?? []).filter((x) => x.id !== s.id), s]),
    [],
  )
  return { snapshots, error, retry: load, add }
}

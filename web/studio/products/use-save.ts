import { useState } from 'react'
import { ApiError, type FieldErrors } from '../../api/api-error'

/** A save button's state: busy, done, and the server's error with its field errors. */
export function useSave() {
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState(false)
  const [error, setError] = useState<Error | null>(null)
  const fields: FieldErrors = error instanceof ApiError ? (error.fields ?? {}) : {}
  async function run<T>(action: () => Promise<T>): Promise<T | null> {
    setBusy(true)
    setDone(false)
    setError(null)
    try {
      const result = await action()
      setDone(true)
      return result
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)))
      return null
    } finally {
      setBusy(false)
    }
  }
  return { busy, done, error, fields, run }
}

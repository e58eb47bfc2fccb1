import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError } from '../api/api-error'

export type AsyncState<T> =
  | { status: 'loading' }
  | { status: 'ok'; data: T }
  | { status: 'error'; error: ApiError | Error }

/**
 * Runs `load` on mount and whenever it changes (wrap it in useCallback); `retry` runs it again.
 * Only the latest run may set state, so a slow answer never overwrites a newer one or lands after
 * unmount.
 */
export function useAsync<T>(load: () => Promise<T>): AsyncState<T> & { retry: () => void } {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' })
  const latest = useRef(0)

  const run = useCallback(() => {
    const id = ++latest.current
    setState({ status: 'loading' })
    load().then(
      (data) => {
        if (latest.current === id) setState({ status: 'ok', data })
      },
      (error: unknown) => {
        if (latest.current === id)
          setState({
            status: 'error',
            error: error instanceof Error ? error : new Error(String(error)),
          })
      },
    )
  }, [load])

  useEffect(() => {
    run()
    return () => {
      latest.current++
    }
  }, [run])

  return { ...state, retry: run }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status)
}

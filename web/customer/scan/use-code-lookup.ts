import { useCallback, useRef, useState } from 'react'
import { ApiError } from '../../api/client'
import { type LookupResult, lookupCode } from '../../api/lookup'

export type LookupState =
  | { status: 'none' }
  | { status: 'looking'; code: string }
  | { status: 'found'; code: string; result: LookupResult }
  | { status: 'unknown'; code: string }
  | { status: 'failed'; code: string; message: string }

/**
 * Resolves scanned codes to products. Only the latest code's answer counts: a slow answer for a
 * code the camera has since moved away from is dropped.
 */
export function useCodeLookup() {
  const [state, setState] = useState<LookupState>({ status: 'none' })
  const latest = useRef(0)

  const lookup = useCallback(async (code: string) => {
    const ticket = ++latest.current
    setState({ status: 'looking', code })
    try {
      const result = await lookupCode(code)
      if (ticket === latest.current) setState({ status: 'found', code, result })
    } catch (err) {
      if (ticket !== latest.current) return
      if (err instanceof ApiError && err.code === 'unknown_code')
        setState({ status: 'unknown', code })
      else
        setState({
          status: 'failed',
          code,
          message: err instanceof Error ? err.message : String(err),
        })
    }
  }, [])

  const reset = useCallback(() => {
    latest.current++
    setState({ status: 'none' })
  }, [])

  return { state, lookup, reset }
}

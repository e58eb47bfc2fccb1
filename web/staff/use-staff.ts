import { useCallback, useEffect } from 'react'
import { useLocation } from 'wouter'
import { me } from '../api/auth'
import { isApiError, useAsync } from '../ui/use-async'

/**
 * The signed-in staff member for a staff page; when nobody is signed in, goes to `/login` with
 * `next` set to come back here.
 */
export function useStaff() {
  const [location, navigate] = useLocation()
  const load = useCallback(() => me(), [])
  const user = useAsync(load)
  const unauthenticated = user.status === 'error' && isApiError(user.error, 401)

  useEffect(() => {
    if (!unauthenticated) return
    const next = `${location}${window.location.search}`
    navigate(`/login?next=${encodeURIComponent(next)}`, { replace: true })
  }, [unauthenticated, location, navigate])

  return user
}

import { useXR } from '@react-three/xr'
import { useCallback } from 'react'

/** Ends the AR session; the page underneath (with the 3D guide on offer) comes back. */
export function useExitAr(): () => void {
  const session = useXR((s) => s.session)
  return useCallback(() => {
    session?.end().catch((err: unknown) => console.warn('The AR session did not end cleanly.', err))
  }, [session])
}

import { create } from 'zustand'

type UpdateState = {
  /** A new version of the app is installed and waits for the open tabs to let it take over. */
  ready: boolean
  /** Lets the waiting version take over and reloads the page (set once one is waiting). */
  apply: () => void
}

/** Whether a new version of the app waits (web/pwa/register-sw.ts sets it). */
export const useAppUpdate = create<UpdateState>()(() => ({ ready: false, apply: () => {} }))

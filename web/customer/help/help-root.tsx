import type { ReactNode } from 'react'
import { useGuideStore } from '../guide/guide-store'
import { HelpProvider } from './help-store'
import { useHelpSession } from './use-help-session'

/** Gives the guide live help: the session's socket and help store; agent step moves go to the guide. */
export function HelpRoot({
  sessionId,
  token,
  children,
}: {
  sessionId: string
  token: string
  children: ReactNode
}) {
  const guide = useGuideStore()
  const value = useHelpSession(sessionId, token, (stepId) => guide.getState().goTo(stepId))
  return <HelpProvider value={value}>{children}</HelpProvider>
}

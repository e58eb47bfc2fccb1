import './help.css'
import '../../call/marks.css'
import { lazy, Suspense, useEffect } from 'react'
import { whenNetworkQuiet } from '../../pwa/start-service-worker'
import { useHelp, useHelpContext } from './help-store'

/**
 * `page`: this panel runs the call. `overlay`: over the AR camera image, it shows the call that
 * the page under it runs (one call, whether or not the customer is in AR).
 */
export type HelpPanelVariant = 'page' | 'overlay'

// What the panel shows (the queue, the callback form, the call, photos) is its own chunk, with the
// schemas it parses: the guide's first step card is painted without it, and it is fetched once the
// page's network is quiet after that (usually long before anyone could have asked for help).
const loadBody = () => import('./help-panel-body')
const Body = lazy(() => loadBody().then((m) => ({ default: m.HelpPanelBody })))

/** Where the customer's help request stands: in the queue, in a call, or over. */
export function HelpPanel({ variant = 'page' }: { variant?: HelpPanelVariant }) {
  const ctx = useHelpContext()
  return ctx ? <Panel variant={variant} /> : null
}

function Panel({ variant }: { variant: HelpPanelVariant }) {
  const status = useHelp((s) => s.status)
  const callbackForm = useHelp((s) => s.callbackForm)
  const callback = useHelp((s) => s.callback)
  useEffect(() => whenNetworkQuiet(() => void loadBody().catch(() => {})), [])
  if (status === 'idle' && callbackForm === 'closed' && !callback) return null
  return (
    <Suspense fallback={null}>
      <Body variant={variant} />
    </Suspense>
  )
}

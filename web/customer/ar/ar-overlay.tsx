import { useXRSessionFeatureEnabled, useXRStore, XRDomOverlay } from '@react-three/xr'
import type { ReactNode } from 'react'
import { t } from '../../i18n/t'
import {
  type Placement,
  PlacementProvider,
  usePlacement,
} from '../../xr/placement/placement-context'
import { GuideProvider, type GuideStore, useGuideStore } from '../guide/guide-store'
import { HelpProvider, useHelpContext } from '../help/help-store'
import { OverlayContent } from './overlay-content'
import { useExitAr } from './use-exit-ar'

/**
 * The phone's DOM overlay over the camera image. It renders in a React root of its own, so the
 * guide, live help and placement are handed over and provided again inside it.
 */
export function ArOverlay() {
  const guide = useGuideStore()
  const help = useHelpContext()
  const placement = usePlacement()
  const xr = useXRStore()
  const exit = useExitAr()
  const hitTest = useXRSessionFeatureEnabled('hit-test')
  return (
    // Marked for the shared AR view, which paints what it shows into the agent's picture.
    <XRDomOverlay className="ar-overlay" aria-label={t('ar.title')} data-shared-overlay="">
      <Providers guide={guide} help={help} placement={placement}>
        <OverlayContent hitTest={hitTest} xr={xr} onExit={exit} />
      </Providers>
    </XRDomOverlay>
  )
}

function Providers({
  guide,
  help,
  placement,
  children,
}: {
  guide: GuideStore
  help: ReturnType<typeof useHelpContext>
  placement: Placement
  children: ReactNode
}) {
  const inner = (
    <GuideProvider store={guide}>
      <PlacementProvider value={placement}>{children}</PlacementProvider>
    </GuideProvider>
  )
  return help ? <HelpProvider value={help}>{inner}</HelpProvider> : inner
}

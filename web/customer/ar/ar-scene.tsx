import { useXR, useXRSessionFeatureEnabled } from '@react-three/xr'
import { Suspense } from 'react'
import { AnchorMaker } from '../../xr/placement/anchor-maker'
import { ControllerPlacement } from '../../xr/placement/controller-placement'
import { FollowViewer } from '../../xr/placement/follow-viewer'
import { PlacedTwin } from '../../xr/placement/placed-twin'
import { usePlacementState } from '../../xr/placement/placement-context'
import { Reticle } from '../../xr/placement/reticle'
import { SurfaceTracker } from '../../xr/placement/surface-tracker'
import { ArOverlay } from './ar-overlay'
import { GuideLabelTracker } from './guide-label-tracker'
import { HeadsetCard } from './headset-card'
import { RemotePointer } from './remote-pointer'
import { TwinModel } from './twin-model'

/**
 * Everything in the AR session: surface tracking and the reticle until the twin is locked, the
 * twin with the step's annotation, and the card, in the DOM overlay on a phone or as a panel in
 * the scene on a headset (gated on the `dom-overlay` feature, never on the user agent), and the
 * agent's points as markers in the room while a help call is on.
 */
export function ArScene() {
  const inSession = useXR((s) => s.session != null)
  const domOverlay = useXRSessionFeatureEnabled('dom-overlay')
  const cameraAccess = useXRSessionFeatureEnabled('camera-access')
  const phase = usePlacementState((s) => s.phase)
  if (!inSession) return null
  return (
    <>
      <ambientLight intensity={1.2} />
      <directionalLight position={[1, 3, 2]} intensity={1.5} />
      <SurfaceTracker />
      {cameraAccess && <GuideLabelTracker />}
      {phase !== 'locked' && (
        <>
          <ControllerPlacement />
          <AnchorMaker />
          <Reticle />
        </>
      )}
      <Suspense fallback={null}>
        <PlacedTwin>
          <TwinModel />
        </PlacedTwin>
      </Suspense>
      <RemotePointer />
      {domOverlay ? (
        <ArOverlay />
      ) : (
        <FollowViewer placeKey={phase}>
          <HeadsetCard />
        </FollowViewer>
      )}
    </>
  )
}

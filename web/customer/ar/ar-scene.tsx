import { useXR, useXRSessionFeatureEnabled } from '@react-three/xr'
import { Suspense } from 'react'
import { AnchorMaker } from '../../xr/placement/anchor-maker'
import { ControllerPlacement } from '../../xr/placement/controller-placement'
import { FollowViewer } from '../../xr/placement/follow-viewer'
import { PlacedTwin } from '../../xr/placement/placed-twin'
import { usePlacement, usePlacementState } from '../../xr/placement/placement-context'
import { Reticle } from '../../xr/placement/reticle'
import { ScreenPlacement } from '../../xr/placement/screen-placement'
import { SurfaceTracker } from '../../xr/placement/surface-tracker'
import { useHandheld } from '../../xr/use-handheld'
import { ArOverlay } from './ar-overlay'
import { HeadsetCard } from './headset-card'
import { LabelAlignment } from './label-alignment'
import { RemotePointer } from './remote-pointer'
import { SharedViewSender } from './shared-view-sender'
import { TwinModel } from './twin-model'

/**
 * Everything in the AR session: label alignment where the camera can be read (the twin lands on
 * the real product by itself), surface tracking and the reticle until the twin is locked, the
 * twin with the step's annotation, and the card, in the DOM overlay on a phone or as a panel in
 * the scene on a headset (gated on the `dom-overlay` feature, never on the user agent), and the
 * agent's points as markers in the room and the AR view sent to them while a help call is on.
 * Placing by hand follows the fingers on a phone and the controllers on a headset (handheld or
 * not: the session says).
 */
export function ArScene() {
  const inSession = useXR((s) => s.session != null)
  const handheld = useHandheld()
  const domOverlay = useXRSessionFeatureEnabled('dom-overlay')
  const cameraAccess = useXRSessionFeatureEnabled('camera-access')
  const { label } = usePlacement()
  const phase = usePlacementState((s) => s.phase)
  const steered = usePlacementState((s) => s.auto !== null && !s.byHand)
  if (!inSession) return null
  return (
    <>
      <ambientLight intensity={1.2} />
      <directionalLight position={[1, 3, 2]} intensity={1.5} />
      <SurfaceTracker />
      {cameraAccess && label && <LabelAlignment />}
      {/* Always: a locked twin gets a new anchor when the label corrects it. */}
      <AnchorMaker />
      {phase !== 'locked' && (
        <>
          {handheld ? <ScreenPlacement /> : <ControllerPlacement />}
          {/* While the label steers the twin, no reticle invites a tap; once a finger has put
              the twin down, the twin itself is what the finger moves. */}
          {!steered && (!handheld || phase === 'searching') && <Reticle />}
        </>
      )}
      <Suspense fallback={null}>
        <PlacedTwin>
          <TwinModel />
        </PlacedTwin>
      </Suspense>
      <RemotePointer />
      <SharedViewSender />
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

import { XRFrame, XRView, XRViewerPose } from 'iwer'
import { XREye } from 'iwer/lib/views/XRView.js'

let installed = false

/**
 * IWER gives every immersive session two eyes (the right one drawn zero-wide when stereo is off);
 * a phone has one camera, so its viewer pose has a single `none` view at the viewer's own pose
 * with the session's projection, as Chrome on Android reports it. Apps (three.js's XR camera,
 * the camera-access harness, pointing) then meet the phone's real view list.
 */
export function emulateMonoView(): void {
  if (installed) return
  installed = true
  const stereo = XRFrame.prototype.getViewerPose
  XRFrame.prototype.getViewerPose = function getMonoViewerPose(this: XRFrame, space) {
    const pose = stereo.call(this, space)
    const first = pose.views[0]
    if (!first || pose.views.length === 1) return pose
    const view = new XRView(XREye.None, first.projectionMatrix, pose.transform, this.session)
    return new XRViewerPose(pose.transform, [view], pose.emulatedPosition)
  }
}

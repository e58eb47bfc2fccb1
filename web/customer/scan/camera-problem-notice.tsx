import { t } from '../../i18n/t'
import type { CameraProblem } from '../../recognition/camera-problem'

const titles = {
  insecure: 'scan.problem.insecure.title',
  unsupported: 'scan.problem.unsupported.title',
  denied: 'scan.problem.denied.title',
  'no-camera': 'scan.problem.no-camera.title',
  'in-use': 'scan.problem.in-use.title',
  failed: 'scan.problem.failed.title',
} as const

const bodies = {
  insecure: 'scan.problem.insecure',
  unsupported: 'scan.problem.unsupported',
  denied: 'scan.problem.denied',
  'no-camera': 'scan.problem.no-camera',
  'in-use': 'scan.problem.in-use',
  failed: 'scan.problem.failed',
} as const

/** Why the camera is not showing and what to do about it; search is always the way out. */
export function CameraProblemNotice({ problem }: { problem: CameraProblem }) {
  return (
    <div className="alert alert-error" role="alert">
      <p>
        <strong>{t(titles[problem])}</strong>
      </p>
      <p>{t(bodies[problem])}</p>
    </div>
  )
}

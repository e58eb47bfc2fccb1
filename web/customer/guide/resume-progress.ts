import { type Progress, start } from '../../../server/domain/engine'
import type { Procedure } from '../../../server/domain/procedure'

/**
 * Where a reopened guide starts: this device's saved progress when it fits the procedure, else the
 * server's last viewed step (another tab, cleared storage), else the first step.
 */
export function resumeProgress(
  procedure: Procedure,
  local: Progress | null,
  serverStepId: string | null,
): Progress {
  const ids = new Set(procedure.steps.map((s) => s.id))
  if (local && local.path.length > 0 && local.path.every((id) => ids.has(id))) return local
  if (serverStepId && ids.has(serverStepId) && serverStepId !== procedure.steps[0]?.id)
    return { ...start(procedure), path: [serverStepId] }
  return start(procedure)
}

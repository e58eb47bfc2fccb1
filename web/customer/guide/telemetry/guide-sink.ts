import type { SessionEvent } from '../../../../server/domain/session'
import type { Outbox } from './outbox'

export type GuideSink = {
  emit: (event: SessionEvent) => void
  attach: (outbox: Outbox) => void
  detach: () => void
}

/**
 * Hands the guide's events to the outbox, holding any made before it is attached (child effects
 * such as the first `step_view` run before the parent's effect that opens the outbox).
 */
export function createGuideSink(): GuideSink {
  let outbox: Outbox | null = null
  const early: SessionEvent[] = []
  return {
    emit(event) {
      if (outbox) outbox.push(event)
      else early.push(event)
    },
    attach(next) {
      outbox = next
      for (const event of early.splice(0)) next.push(event)
    },
    detach() {
      outbox = null
    },
  }
}

/**
 * The walk the guide tests take through the WaveLink AX3000's factory reset, in the 3D view and
 * in AR alike: Next through the steps, help asked for at step 2 and cancelled, "Yes" at the reset
 * check (which skips step 5, "Reset while powering on"), Finish, and "Yes, it works now".
 */
export const ROUTER_RESET = {
  product: 'wavelink-ax3000',
  procedure: 'Factory-reset the router',
  steps: [
    'read-label',
    'power-cycle',
    'wait-power-led',
    'hold-reset',
    'wait-restart',
    'connect-default',
    'set-up-again',
  ],
} as const

/**
 * The events that walk records, as `watchEvents(page).summary()` lists them (`type:stepId`,
 * sorted); a guide that places a product adds its `placed` to them.
 */
export function routerResetEvents(...extra: string[]): string[] {
  const { steps } = ROUTER_RESET
  return [
    ...steps.map((s) => `step_view:${s}`),
    ...steps.map((s) => `step_complete:${s}`),
    'check_answer:hold-reset',
    'help_requested:power-cycle',
    'outcome:',
    ...extra,
  ].sort()
}

/** What Chrome's `:xr-overlay` style does to the overlay root: the whole screen, on top. */
const OVERLAY_STYLE: Record<string, string> = {
  position: 'fixed',
  inset: '0',
  width: '100%',
  height: '100%',
  'z-index': '2147483647',
  background: 'transparent',
}

let installed = false

/**
 * IWER enables the `dom-overlay` feature when a device lists it, but shows nothing: its canvas
 * sits over the page. Here a session started with `domOverlay.root` shows that element over the
 * camera image for the whole session, as Chrome on Android does, and reports
 * `domOverlayState.type` `screen`.
 */
export function emulateDomOverlay(): void {
  const system = navigator.xr
  if (installed || !system) return
  installed = true
  const request = system.requestSession.bind(system)
  system.requestSession = async (mode, init) => {
    const session = await request(mode, init)
    const root = init?.domOverlay?.root
    if (session.enabledFeatures?.includes('dom-overlay') && root instanceof HTMLElement)
      showOverlay(session, root)
    return session
  }
}

function showOverlay(session: XRSession, root: HTMLElement): void {
  for (const [name, value] of Object.entries(OVERLAY_STYLE)) root.style.setProperty(name, value)
  Object.defineProperty(session, 'domOverlayState', {
    value: { type: 'screen' },
    configurable: true,
  })
  session.addEventListener(
    'end',
    () => {
      for (const name of Object.keys(OVERLAY_STYLE)) root.style.removeProperty(name)
    },
    { once: true },
  )
}

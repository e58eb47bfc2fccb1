/**
 * Installs the WebXR emulator (IWER) before the app first renders, when the URL asks for it
 * (`?emulate=quest3`) or, in development only, when this browser cannot start `immersive-ar`.
 * The emulator lives in its own lazily loaded chunk: a normal visit never downloads it.
 */
export async function maybeInstallEmulator(): Promise<void> {
  const requested = new URLSearchParams(window.location.search).get('emulate')
  if (requested) {
    const { installEmulator } = await import('./emulation')
    await installEmulator(requested)
    return
  }
  if (import.meta.env.DEV && !(await nativeArSupported())) {
    const { installEmulator } = await import('./emulation')
    await installEmulator('quest3')
  }
}

async function nativeArSupported(): Promise<boolean> {
  try {
    return (await navigator.xr?.isSessionSupported('immersive-ar')) ?? false
  } catch {
    return false
  }
}

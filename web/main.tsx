import './styles/tokens.css'
import './styles/base.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App, preloadFirstScreen } from './app'
import { startDrainWhenIdle } from './customer/guide/telemetry/start-drain'
import { expectLocale, initialLocale, setLocale } from './i18n/locale-store'
import { startServiceWorkerWhenIdle } from './pwa/start-service-worker'
import { maybeInstallEmulator } from './xr/bootstrap'

async function main() {
  // Before the first render, so every capability check already sees the emulated navigator.xr.
  const emulator = maybeInstallEmulator().catch((err: unknown) => {
    console.error('The WebXR emulator could not be installed:', err)
  })
  const locale = initialLocale()
  expectLocale(locale)
  preloadFirstScreen(window.location.pathname, emulator)
  await Promise.all([
    emulator,
    // Only the active language's messages are downloaded, while the emulator is set up.
    setLocale(locale).catch((err: unknown) => {
      console.error('The chosen language could not be loaded; using English:', err)
      return setLocale('en')
    }),
  ])
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root element')
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
  // Repair events an earlier tab or visit could not send go out from whichever page opens next.
  startDrainWhenIdle()
  // Offline use and installing: the service worker, once the first screen is up (web/sw/sw.ts).
  startServiceWorkerWhenIdle()
}

void main()

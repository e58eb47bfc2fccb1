import './styles/tokens.css'
import './styles/base.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app'
import { startDrainWhenIdle } from './customer/guide/telemetry/start-drain'
import { startServiceWorkerWhenIdle } from './pwa/start-service-worker'
import { maybeInstallEmulator } from './xr/bootstrap'

async function main() {
  // Before the first render, so every capability check already sees the emulated navigator.xr.
  await maybeInstallEmulator().catch((err: unknown) => {
    console.error('The WebXR emulator could not be installed:', err)
  })
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

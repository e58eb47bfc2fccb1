import { Workbox } from 'workbox-window'
import { keepForOffline } from './keep-for-offline'
import { useAppUpdate } from './update-store'

/**
 * Registers the service worker (web/sw/sw.ts, built into /sw.js). A new version installs in the
 * background and waits: the update banner offers to reload outside a guide, and otherwise it
 * takes over once every tab of the app is closed, so a repair never changes code mid-way.
 */
export async function registerServiceWorker(): Promise<void> {
  const wb = new Workbox('/sw.js', { scope: '/' })
  wb.addEventListener('waiting', () => {
    useAppUpdate.setState({
      ready: true,
      apply: () => {
        wb.addEventListener('controlling', () => window.location.reload())
        wb.messageSkipWaiting()
      },
    })
  })
  await wb.register()
  // The catalog the home page lists, so `/` opened without a network still shows the products.
  await keepForOffline([{ url: '/api/products', kind: 'api' }])
}

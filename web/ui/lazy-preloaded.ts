import { type ComponentType, createElement, lazy, useState } from 'react'

/**
 * `React.lazy` for a screen whose chunk is usually fetched ahead of time (`preload`): once the
 * chunk has arrived the component renders straight away, with no Suspense fallback. A fallback
 * shown even for a moment matters on the customer's way in, because React then holds the content
 * back for 300 ms (its fallback throttle). Before the chunk arrives it is a plain `React.lazy`.
 */
export function lazyPreloaded<P extends object>(load: () => Promise<ComponentType<P>>) {
  let ready: ComponentType<P> | null = null
  const preload = () =>
    load().then((component) => {
      ready = component
      return component
    })
  const Lazy = lazy(() => preload().then((component) => ({ default: component })))
  function Preloaded(props: P) {
    // Chosen once per mount: switching from Lazy to the component later would remount it.
    const [Component] = useState<ComponentType<P>>(() => ready ?? Lazy)
    return createElement(Component, props)
  }
  return Object.assign(Preloaded, { preload })
}

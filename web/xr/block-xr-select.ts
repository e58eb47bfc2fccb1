/**
 * A ref callback for the DOM overlay's controls: a touch on them is for the page, not the AR
 * session. Without it the browser also hands the touch to the session as a screen select (the
 * WebXR DOM overlay's `beforexrselect`), and the finger on a button would be read as a finger
 * in the room.
 */
export function blockXRSelect(element: HTMLElement | null): (() => void) | undefined {
  if (!element) return
  const block = (e: Event) => e.preventDefault()
  element.addEventListener('beforexrselect', block)
  return () => element.removeEventListener('beforexrselect', block)
}

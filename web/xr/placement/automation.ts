import { type Object3D, Vector3 } from 'three'

/**
 * What end-to-end tests read from an emulated AR session, where there is no DOM to look at: the
 * in-scene panel's text as drawn, and where its buttons are in the room so the emulated controller
 * can be pointed at them. Installed only when the WebXR emulator is (`?emulate=`), and only in the
 * test build: in production `install` is constant false and the rest is dropped.
 */
export type ArAutomation = {
  panelText: () => string
  /** Small facts such as what the reticle is on (`surface`: `hit-test` or `fallback`). */
  values: () => Record<string, string>
  targets: () => Record<string, [number, number, number]>
  /** World matrices (column-major) of those objects now drawn, e.g. the twin's world-from-model pose. */
  matrices: () => Record<string, number[]>
}

declare global {
  interface Window {
    __fixpointAR?: ArAutomation
  }
}

const targets = new Map<string, Object3D>()
let panelText = ''
const values: Record<string, string> = {}
const world = new Vector3()

function shown(object: Object3D): boolean {
  for (let o: Object3D | null = object; o; o = o.parent) if (!o.visible) return false
  return true
}

function install(): boolean {
  if (!import.meta.env.TEST_HOOKS || typeof window === 'undefined' || !window.__fixpointXR)
    return false
  window.__fixpointAR ??= {
    panelText: () => panelText,
    values: () => ({ ...values }),
    targets: () =>
      Object.fromEntries(
        [...targets].map(([name, object]) => {
          object.getWorldPosition(world)
          return [name, [world.x, world.y, world.z]]
        }),
      ),
    // Only what is drawn: an anchor's space is hidden (at the origin) until its first pose.
    matrices: () =>
      Object.fromEntries(
        [...targets]
          .filter(([, object]) => shown(object))
          .map(([name, object]) => {
            object.updateWorldMatrix(true, false)
            return [name, [...object.matrixWorld.elements]]
          }),
      ),
  }
  return true
}

/** Lets tests find `object` by `name`; returns the unregister function. */
export function exposeTarget(name: string, object: Object3D): () => void {
  if (!install()) return () => {}
  targets.set(name, object)
  return () => {
    if (targets.get(name) === object) targets.delete(name)
  }
}

/** Records the text the in-scene panel shows now. */
export function exposePanelText(text: string): void {
  if (install()) panelText = text
}

/** Records a small fact for tests, e.g. `exposeValue('surface', 'hit-test')`. */
export function exposeValue(name: string, value: string): void {
  if (values[name] !== value && install()) values[name] = value
}

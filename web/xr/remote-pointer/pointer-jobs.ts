import { type Object3D, Raycaster, Vector3 } from 'three'
import type { LandedOn } from './remote-marker'
import { type ScreenRay, screenRay } from './screen-ray'

/**
 * A point the agent put on the customer's view (picture coordinates 0..1). `ray`: the ray through
 * it in the frame the agent saw (the shared AR view), in the session's reference space; without
 * one the point is taken on the view of the frame it arrives in.
 */
export type PointRequest = {
  id: string
  x: number
  y: number
  ray?: { origin: [number, number, number]; direction: [number, number, number] }
}
/**
 * Where it landed in the room, in world coordinates; on a surface, with the anchor the device
 * keeps there (asked for in the landing frame; null where anchors are refused or unsupported).
 */
export type Landing = {
  id: string
  on: LandedOn
  point: Vector3
  anchor?: Promise<XRAnchor | null>
}

/** What one frame offers to land points with. */
export type PointerWorld = {
  session: XRSession
  /** The session's origin reference space, in which the viewer pose and hits are read. */
  space: XRReferenceSpace
  /** The object that carries that space into the scene; the world origin when absent. */
  origin: Object3D | undefined
  /** The placed twin: where the ray meets it before a surface, the point lands on it. */
  twin: Object3D | undefined
  hitTest: boolean
}

type Job = Omit<PointRequest, 'ray'> & {
  given?: PointRequest['ray']
  ray?: ScreenRay
  twin?: { point: Vector3; distance: number }
  source?: XRHitTestSource
  /** A hit-test source was asked for and has not answered yet. */
  asking: boolean
  frames: number
}

/** Frames to wait for a hit-test answer before landing on the twin, or in the air. */
const PATIENCE = 30
/** With nothing hit, a point shows this far along the ray, so the customer still sees where. */
const IN_THE_AIR = 1

const raycaster = new Raycaster()

/**
 * Lands the agent's points in the customer's room, over successive XR frames (per-frame work,
 * no React): the ray through the point of the frame the agent saw (or of the viewer's view now),
 * a one-off hit-test source along it (`XRRay` offset in the reference space, so the ray stays put
 * as the viewer moves), and three's Raycaster against the placed twin; the nearer of the two
 * wins. A point on a surface gets an anchor there, so it stays on the real surface.
 */
export function createPointerJobs() {
  const jobs: Job[] = []
  const drop = (job: Job) => {
    job.source?.cancel()
    jobs.splice(jobs.indexOf(job), 1)
  }
  return {
    /**
     * Queues a point. With the ray of the agent's frame and the session at hand (`early`), the
     * device is asked for its hit test at once rather than in the next frame: at a few frames a
     * second that frame is most of the wait.
     */
    add({ ray, ...point }: PointRequest, early?: HitTestWorld) {
      const job: Job = { ...point, given: ray, asking: false, frames: 0 }
      jobs.push(job)
      if (ray && early) askHitTest(job, givenRay(ray), early)
    },
    clear() {
      for (const job of [...jobs]) drop(job)
    },
    /** Advances every point by one frame; returns those that landed in it. */
    step(frame: XRFrame, world: PointerWorld): Landing[] {
      const landed: Landing[] = []
      for (const job of [...jobs]) {
        if (!job.ray && !start(job, frame, world)) continue
        job.frames += 1
        const surface = surfaceHit(job, frame, world)
        if (!surface && (job.asking || job.source) && job.frames < PATIENCE) continue
        landed.push(land(job, surface))
        drop(job)
      }
      return landed
    },
  }
}

function givenRay(ray: NonNullable<PointRequest['ray']>): ScreenRay {
  return {
    origin: new Vector3(...ray.origin),
    direction: new Vector3(...ray.direction).normalize(),
  }
}

/** The ray in the reference space: the one the agent's frame gave, or through today's view. */
function rayOf(job: Job, frame: XRFrame, world: PointerWorld): ScreenRay | null {
  if (job.given) return givenRay(job.given)
  const view = frame.getViewerPose(world.space)?.views[0]
  return view ? screenRay(job.x, job.y, view.projectionMatrix, view.transform.matrix) : null
}

/** What asking the device for a hit test needs. */
type HitTestWorld = Pick<PointerWorld, 'session' | 'space' | 'hitTest'>

/** A one-off hit-test source along `ray` (reference space), unless one was asked for already. */
function askHitTest(job: Job, ray: ScreenRay, world: HitTestWorld) {
  if (job.asking || job.source) return
  if (!world.hitTest || typeof XRRay !== 'function' || !world.session.requestHitTestSource) return
  job.asking = true
  const offsetRay = new XRRay(
    { x: ray.origin.x, y: ray.origin.y, z: ray.origin.z, w: 1 },
    { x: ray.direction.x, y: ray.direction.y, z: ray.direction.z, w: 0 },
  )
  world.session.requestHitTestSource({ space: world.space, offsetRay })?.then(
    (source) => {
      job.asking = false
      job.source = source
    },
    () => {
      job.asking = false
    },
  )
}

function start(job: Job, frame: XRFrame, world: PointerWorld): boolean {
  const ray = rayOf(job, frame, world)
  if (!ray) return false
  askHitTest(job, ray, world)
  if (world.origin) {
    world.origin.updateWorldMatrix(true, false)
    ray.origin.applyMatrix4(world.origin.matrixWorld)
    ray.direction.transformDirection(world.origin.matrixWorld)
  }
  job.ray = ray
  job.twin = twinHit(world.twin, ray)
  return true
}

function twinHit(twin: Object3D | undefined, ray: ScreenRay) {
  if (!twin) return undefined
  // Meshes only: the step's label is a sprite (which needs a camera to be hit), markers are ours.
  const meshes: Object3D[] = []
  twin.traverse((o) => {
    if ('isMesh' in o && o.visible && !o.userData.remote) meshes.push(o)
  })
  raycaster.set(ray.origin, ray.direction)
  const hit = raycaster.intersectObjects(meshes, false)[0]
  return hit ? { point: hit.point.clone(), distance: hit.distance } : undefined
}

type SurfaceHit = { point: Vector3; result: XRHitTestResult }

function surfaceHit(job: Job, frame: XRFrame, world: PointerWorld): SurfaceHit | undefined {
  if (!job.source) return undefined
  const result = frame.getHitTestResults(job.source)[0]
  const p = result?.getPose(world.space)?.transform.position
  if (!result || !p) return undefined
  const point = new Vector3(p.x, p.y, p.z)
  return { point: world.origin ? point.applyMatrix4(world.origin.matrixWorld) : point, result }
}

/** An anchor at the hit, asked for now: only valid while the hit's frame is current. */
function anchorAt(result: XRHitTestResult): Promise<XRAnchor | null> {
  try {
    return result.createAnchor ? result.createAnchor().catch(() => null) : Promise.resolve(null)
  } catch {
    return Promise.resolve(null)
  }
}

function land(job: Job, hit: SurfaceHit | undefined): Landing {
  const ray = job.ray as ScreenRay
  const twin = job.twin
  const surface = hit?.point
  if (twin && (!surface || twin.distance <= surface.distanceTo(ray.origin)))
    return { id: job.id, on: 'twin', point: twin.point }
  if (hit) return { id: job.id, on: 'surface', point: hit.point, anchor: anchorAt(hit.result) }
  const point = ray.origin.clone().addScaledVector(ray.direction, IN_THE_AIR)
  return { id: job.id, on: 'ray', point }
}

import { useLayoutEffect, useMemo } from 'react'
import { Euler, MathUtils, type Object3D, Quaternion, Vector3 } from 'three'
import { useTimedFrame } from '../frame-work'
import { restPose } from '../model/rest-pose'

type Props = {
  node: Object3D
  translate: readonly [number, number, number]
  /** Degrees, XYZ, on top of the rest rotation. */
  rotate: readonly [number, number, number]
  durationMs: number
  animate: boolean
}

/**
 * Moves the part from its rest pose by `translate` and `rotate` and back, looping, to show the
 * action; with motion reduced it simply shows the end pose. The rest pose is restored on unmount.
 */
export function MotionAnnotation({ node, translate, rotate, durationMs, animate }: Props) {
  const rest = useMemo(() => restPose(node), [node])
  const offset = useMemo(() => new Vector3(...translate), [translate])
  const turn = useMemo(
    () =>
      new Quaternion().setFromEuler(
        new Euler(
          MathUtils.degToRad(rotate[0]),
          MathUtils.degToRad(rotate[1]),
          MathUtils.degToRad(rotate[2]),
          'XYZ',
        ),
      ),
    [rotate],
  )
  const scratch = useMemo(() => new Quaternion(), [])

  useLayoutEffect(
    () => () => {
      node.position.copy(rest.position)
      node.quaternion.copy(rest.quaternion)
    },
    [node, rest],
  )

  useTimedFrame(({ clock }) => {
    const phase = ((clock.elapsedTime * 1000) % (durationMs * 2)) / durationMs
    // Out and back, eased, with the end pose held when motion is reduced.
    const k = animate ? MathUtils.smootherstep(phase <= 1 ? phase : 2 - phase, 0, 1) : 1
    node.position.copy(rest.position).addScaledVector(offset, k)
    scratch.identity().slerp(turn, k)
    node.quaternion.copy(rest.quaternion).multiply(scratch)
  })
  return null
}

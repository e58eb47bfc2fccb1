import type { Mark } from './marks'

type Props = { marks: Exclude<Mark, { kind: 'clear' }>[] }

/**
 * The agent's marks drawn over a view (the call video, the camera, the 3D guide). The SVG spans the
 * picture with a 0..1 coordinate system; strokes keep a fixed screen width.
 */
export function MarksOverlay({ marks }: Props) {
  return (
    <svg
      className="marks-overlay"
      viewBox="0 0 1 1"
      preserveAspectRatio="none"
      aria-hidden="true"
      data-testid="marks"
    >
      {marks.map((m) =>
        m.kind === 'point' ? (
          <g key={m.id} data-mark="point">
            <circle
              cx={m.x}
              cy={m.y}
              r={0.03}
              className="mark-point-outline"
              vectorEffect="non-scaling-stroke"
            />
            <circle
              cx={m.x}
              cy={m.y}
              r={0.03}
              className="mark-point"
              vectorEffect="non-scaling-stroke"
            />
          </g>
        ) : (
          <polyline
            key={m.id}
            data-mark="stroke"
            points={m.points.map(([x, y]) => `${x},${y}`).join(' ')}
            className="mark-stroke"
            vectorEffect="non-scaling-stroke"
          />
        ),
      )}
    </svg>
  )
}

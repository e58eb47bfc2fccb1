import type { LabelPose } from '../../server/domain/product'
import { box, cylinder, type Vec3 } from './geometry'
import { type ModelSpec, type PartSpec, shape } from './gltf-writer'
import { labelFace } from './label-face'

/**
 * The QR label on the top panel, right of centre, its top edge towards the antennas;
 * product.json declares the same pose.
 */
export const WAVELINK_AX3000_LABEL: LabelPose = {
  center: [0.075, 0.0535, 0.02],
  normal: [0, 1, 0],
  up: [0, 0, -1],
  sizeMm: 45,
}

/**
 * Wavelink AX3000, a desktop Wi-Fi 6 router: 26 × 5 × 17 cm body with four hinged antennas on its
 * rear edge, ports on the back, and an external 12 V power adapter. Origin at the centre of the
 * footprint, front facing +Z; each antenna pivots at its hinge.
 */
export function wavelinkAx3000Model(): ModelSpec {
  const id = 'wavelink-ax3000'
  const label = labelFace(id, WAVELINK_AX3000_LABEL)
  const back = -0.085
  const portY = 0.025
  return {
    id,
    label: WAVELINK_AX3000_LABEL,
    materials: {
      shell: { color: '#23262b', roughness: 0.45 },
      'top-panel': { color: '#35393f', roughness: 0.3 },
      antenna: { color: '#17191c', roughness: 0.55 },
      port: { color: '#0c0c0c', roughness: 0.8 },
      'port-wan': { color: '#1f5fbf', roughness: 0.6 },
      button: { color: '#4a4e55', roughness: 0.5 },
      pinhole: { color: '#000000', roughness: 1 },
      'led-white': { color: '#888888', emissive: '#f0f6ff' },
      'adapter-black': { color: '#151515', roughness: 0.35 },
      cable: { color: '#1a1a1a', roughness: 0.85 },
      'ethernet-grey': { color: '#9aa0a6', roughness: 0.7 },
      'connector-metal': { color: '#c0c4c8', metallic: 1, roughness: 0.3 },
      label: label.material,
    },
    root: {
      name: id,
      children: [
        {
          name: 'body',
          shapes: [
            shape('shell', box([0.26, 0.045, 0.17], [0, 0.0285, 0])),
            shape('top-panel', box([0.24, 0.002, 0.15], [0, 0.052, 0])),
            ...[-0.11, 0.11].flatMap((x) =>
              [-0.07, 0.07].map((z) =>
                shape('port', cylinder(0.008, 0.006, { center: [x, 0.003, z], segments: 12 })),
              ),
            ),
          ],
        },
        ...[-0.105, -0.035, 0.035, 0.105].map((x, i) =>
          antenna(`antenna-${i + 1}`, [x, 0.051, -0.078]),
        ),
        ...['power-led', 'internet-led', 'wifi-led', 'lan-led'].map(
          (name, i): PartSpec => ({
            name,
            at: [-0.06 + i * 0.04, 0.03, 0.085],
            shapes: [shape('led-white', box([0.012, 0.003, 0.002], [0, 0, 0.001]))],
          }),
        ),
        {
          name: 'wps-button',
          at: [0.1, 0.03, 0.085],
          shapes: [shape('button', cylinder(0.006, 0.004, { axis: 'z', center: [0, 0, 0.002] }))],
        },
        port('port-lan-4', -0.08, 'port'),
        port('port-lan-3', -0.058, 'port'),
        port('port-lan-2', -0.036, 'port'),
        port('port-lan-1', -0.014, 'port'),
        port('port-wan', 0.012, 'port-wan'),
        {
          name: 'port-usb',
          at: [0.04, portY, back],
          shapes: [shape('port', box([0.013, 0.006, 0.004], [0, 0, -0.001]))],
        },
        {
          name: 'power-button',
          at: [0.065, portY, back],
          shapes: [shape('button', box([0.012, 0.008, 0.005], [0, 0, -0.0025]))],
        },
        {
          name: 'power-jack',
          at: [0.09, portY, back],
          shapes: [shape('port', cylinder(0.005, 0.003, { axis: 'z', center: [0, 0, -0.0015] }))],
        },
        {
          name: 'reset-button',
          at: [-0.105, portY, back],
          shapes: [
            shape(
              'pinhole',
              cylinder(0.0015, 0.002, { axis: 'z', center: [0, 0, -0.0005], segments: 12 }),
            ),
          ],
        },
        {
          name: 'power-plug',
          at: [0.09, portY, back],
          shapes: [
            shape('cable', cylinder(0.0055, 0.02, { axis: 'z', center: [0, 0, -0.01] })),
            shape('connector-metal', cylinder(0.0035, 0.004, { axis: 'z', center: [0, 0, 0.0] })),
          ],
        },
        {
          name: 'power-cable',
          at: [0.09, portY, back - 0.02],
          shapes: [shape('cable', cylinder(0.0022, 0.1, { axis: 'z', center: [0, 0, -0.05] }))],
        },
        {
          name: 'power-adapter',
          at: [0.09, 0, -0.25],
          shapes: [shape('adapter-black', box([0.055, 0.035, 0.09], [0, 0.0175, 0]))],
        },
        {
          name: 'mains-cord',
          at: [0.09, 0.017, -0.295],
          shapes: [shape('cable', cylinder(0.003, 0.2, { axis: 'z', center: [0, 0, -0.1] }))],
        },
        {
          name: 'wan-cable',
          at: [0.012, portY, back],
          shapes: [
            shape('ethernet-grey', box([0.012, 0.009, 0.02], [0, 0, -0.01])),
            shape('ethernet-grey', cylinder(0.003, 0.2, { axis: 'z', center: [0, 0, -0.12] })),
          ],
        },
        {
          name: 'label',
          shapes: [label.shape],
        },
      ],
    },
  }
}

/** A rear antenna: hinge barrel on the top edge, blade standing up from it. */
function antenna(name: string, at: Vec3): PartSpec {
  return {
    name,
    at,
    shapes: [
      shape('antenna', cylinder(0.007, 0.018, { axis: 'x', center: [0, 0.004, 0] })),
      shape('antenna', box([0.017, 0.16, 0.008], [0, 0.088, 0])),
    ],
  }
}

/** An RJ45 socket in the back panel. */
function port(name: string, x: number, material: string): PartSpec {
  return {
    name,
    at: [x, 0.025, -0.085],
    shapes: [shape(material, box([0.016, 0.013, 0.004], [0, 0, -0.001]))],
  }
}

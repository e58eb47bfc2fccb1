import type { LabelPose } from '../../server/domain/product'
import { box, cylinder } from './geometry'
import { type ModelSpec, shape } from './gltf-writer'
import { labelFace } from './label-face'

/** The QR label on the left side panel, 0.5 mm proud of it; product.json declares the same pose. */
export const ESPRESSO_ONE_LABEL: LabelPose = {
  center: [-0.1205, 0.15, -0.03],
  normal: [-1, 0, 0],
  up: [0, 1, 0],
  sizeMm: 50,
}

/**
 * Crema One, a compact single-boiler espresso machine: 24 × 32 × 30 cm, origin at the centre of
 * its footprint, front facing +Z. The water tank sits at the back and lifts out; the drip tray
 * slides forward; the steam wand swings on a ball joint at its top.
 */
export function espressoOneModel(): ModelSpec {
  const id = 'espresso-one'
  const label = labelFace(id, ESPRESSO_ONE_LABEL)
  return {
    id,
    label: ESPRESSO_ONE_LABEL,
    materials: {
      housing: { color: '#c8ccd0', metallic: 0.85, roughness: 0.35 },
      trim: { color: '#1d1f22', roughness: 0.5 },
      steel: { color: '#e4e6e8', metallic: 1, roughness: 0.22 },
      'tank-plastic': { color: '#a9d4ee', roughness: 0.1, opacity: 0.45 },
      'filter-white': { color: '#f2f2ee', roughness: 0.7 },
      'button-black': { color: '#2a2a2a', roughness: 0.4 },
      'led-green': { color: '#1a5c1a', emissive: '#33ff66' },
      'led-orange': { color: '#5c3a10', emissive: '#ff9a1f' },
      'led-white': { color: '#777777', emissive: '#f5f5ff' },
      'float-red': { color: '#d42a2a', roughness: 0.5 },
      rubber: { color: '#101010', roughness: 0.9 },
      label: label.material,
    },
    root: {
      name: id,
      children: [
        {
          name: 'body',
          shapes: [
            shape('housing', box([0.24, 0.32, 0.13], [0, 0.16, -0.035])),
            shape('housing', box([0.24, 0.1, 0.09], [0, 0.27, 0.075])),
            shape('trim', box([0.24, 0.03, 0.12], [0, 0.015, 0.09])),
            shape('trim', box([0.24, 0.04, 0.05], [0, 0.02, -0.125])),
            shape('trim', box([0.2, 0.006, 0.2], [0, 0.323, 0.01])),
          ],
        },
        {
          name: 'water-tank',
          at: [0, 0.04, -0.125],
          shapes: [shape('tank-plastic', box([0.22, 0.25, 0.046], [0, 0.125, 0]))],
          children: [
            {
              name: 'water-tank-lid',
              at: [0, 0.25, -0.024],
              shapes: [shape('trim', box([0.224, 0.012, 0.05], [0, 0.006, 0.024]))],
            },
            {
              name: 'water-filter',
              at: [0.06, 0.008, 0],
              shapes: [
                shape('filter-white', cylinder(0.017, 0.11, { center: [0, 0.055, 0] })),
                shape('trim', cylinder(0.012, 0.02, { center: [0, 0.12, 0] })),
              ],
            },
          ],
        },
        {
          name: 'group-head',
          at: [0, 0.22, 0.075],
          shapes: [shape('steel', cylinder(0.036, 0.03, { center: [0, -0.015, 0] }))],
          children: [
            {
              name: 'shower-screen',
              at: [0, -0.03, 0],
              shapes: [shape('steel', cylinder(0.029, 0.002, { center: [0, -0.001, 0] }))],
            },
          ],
        },
        {
          name: 'portafilter',
          at: [0, 0.175, 0.075],
          shapes: [
            shape('steel', cylinder(0.037, 0.026, { center: [0, 0.0, 0] })),
            shape('steel', cylinder(0.008, 0.016, { center: [0, -0.02, 0] })),
            shape('trim', box([0.028, 0.024, 0.13], [0, 0.002, 0.1])),
          ],
        },
        {
          name: 'drip-tray',
          at: [0, 0.03, 0.09],
          shapes: [shape('trim', box([0.2, 0.03, 0.11], [0, 0.015, 0]))],
          children: [
            {
              name: 'drip-tray-grate',
              at: [0, 0.03, 0],
              shapes: [shape('steel', box([0.19, 0.004, 0.1], [0, 0.002, 0]))],
            },
            {
              name: 'drip-tray-float',
              at: [0.08, 0.03, 0.04],
              shapes: [shape('float-red', cylinder(0.006, 0.012, { center: [0, 0.004, 0] }))],
            },
          ],
        },
        {
          name: 'steam-wand',
          at: [0.1, 0.22, 0.1],
          shapes: [
            shape('steel', cylinder(0.011, 0.02, { center: [0, -0.01, 0] })),
            shape('steel', cylinder(0.005, 0.13, { center: [0, -0.075, 0] })),
          ],
          children: [
            {
              name: 'steam-wand-tip',
              at: [0, -0.14, 0],
              shapes: [shape('steel', cylinder(0.0065, 0.02, { center: [0, 0, 0] }))],
            },
          ],
        },
        {
          name: 'steam-knob',
          at: [0.12, 0.26, -0.03],
          shapes: [
            shape('button-black', cylinder(0.018, 0.02, { axis: 'x', center: [0.01, 0, 0] })),
            shape('steel', box([0.004, 0.03, 0.006], [0.021, 0, 0])),
          ],
        },
        ...frontPanel(),
        {
          name: 'power-cable',
          at: [-0.12, 0.02, -0.06],
          shapes: [
            shape('rubber', cylinder(0.0035, 0.22, { axis: 'x', center: [-0.11, 0, 0] })),
            shape('trim', box([0.04, 0.035, 0.02], [-0.24, 0, 0])),
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

/** Buttons and LEDs on the front of the head, left to right: power, brew, steam. */
function frontPanel() {
  const button = (name: string, x: number) => ({
    name,
    at: [x, 0.28, 0.12] as [number, number, number],
    shapes: [shape('button-black', cylinder(0.009, 0.006, { axis: 'z', center: [0, 0, 0.003] }))],
  })
  const led = (name: string, x: number, material: string) => ({
    name,
    at: [x, 0.305, 0.12] as [number, number, number],
    shapes: [shape(material, cylinder(0.003, 0.003, { axis: 'z', center: [0, 0, 0.0015] }))],
  })
  return [
    button('power-button', -0.06),
    button('brew-button', 0),
    button('steam-button', 0.06),
    led('power-led', -0.06, 'led-green'),
    led('ready-led', 0, 'led-white'),
    led('descale-led', 0.06, 'led-orange'),
  ]
}

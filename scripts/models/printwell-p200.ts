import type { LabelPose } from '../../server/domain/product'
import { box, cylinder } from './geometry'
import { type ModelSpec, type PartSpec, shape } from './gltf-writer'
import { labelFace } from './label-face'

/** The QR label on the right side, 0.5 mm proud of it; product.json declares the same pose. */
export const PRINTWELL_P200_LABEL: LabelPose = {
  center: [0.2105, 0.075, -0.06],
  normal: [1, 0, 0],
  up: [0, 1, 0],
  sizeMm: 48,
}

/**
 * Printwell P200, a two-cartridge inkjet printer: 42 × 15 × 30 cm. Origin at the centre of the
 * footprint, front facing +Z. The top cover hinges at its rear edge over an open cavity with the
 * print carriage; paper feeds from the tilted rear tray and leaves through the front slot.
 */
export function printwellP200Model(): ModelSpec {
  const id = 'printwell-p200'
  const label = labelFace(id, PRINTWELL_P200_LABEL)
  return {
    id,
    label: PRINTWELL_P200_LABEL,
    materials: {
      shell: { color: '#eceef0', roughness: 0.55 },
      'shell-dark': { color: '#3b3f45', roughness: 0.5 },
      cover: { color: '#d9dde1', roughness: 0.35 },
      'tray-grey': { color: '#8d939a', roughness: 0.6 },
      carriage: { color: '#2b2d31', roughness: 0.5 },
      'ink-black': { color: '#121212', roughness: 0.3 },
      'ink-colour': { color: '#1d8fb8', roughness: 0.3 },
      steel: { color: '#d0d3d6', metallic: 1, roughness: 0.25 },
      rubber: { color: '#1a1a1a', roughness: 0.95 },
      paper: { color: '#fbfbf8', roughness: 0.9 },
      button: { color: '#50555c', roughness: 0.45 },
      'led-green': { color: '#1a5c1a', emissive: '#33ff66' },
      'led-orange': { color: '#5c3a10', emissive: '#ff9a1f' },
      label: label.material,
    },
    root: {
      name: id,
      children: [
        {
          name: 'body',
          shapes: [
            shape('shell', box([0.42, 0.06, 0.3], [0, 0.03, 0])),
            shape('shell', box([0.02, 0.07, 0.3], [-0.2, 0.095, 0])),
            shape('shell', box([0.02, 0.07, 0.3], [0.2, 0.095, 0])),
            shape('shell', box([0.38, 0.065, 0.03], [0, 0.0975, 0.135])),
            shape('shell', box([0.38, 0.07, 0.09], [0, 0.095, -0.105])),
            shape('shell-dark', box([0.36, 0.004, 0.18], [0, 0.062, 0.03])),
          ],
        },
        {
          name: 'top-cover',
          at: [0, 0.13, -0.06],
          shapes: [shape('cover', box([0.42, 0.015, 0.21], [0, 0.0075, 0.105]))],
        },
        {
          name: 'carriage-rail',
          shapes: [shape('steel', cylinder(0.004, 0.37, { axis: 'x', center: [0, 0.09, -0.055] }))],
        },
        {
          name: 'print-carriage',
          at: [-0.1, 0.066, -0.01],
          shapes: [shape('carriage', box([0.1, 0.024, 0.075], [0, 0.012, 0]))],
          children: [
            cartridge('cartridge-black', -0.023, 'ink-black'),
            cartridge('cartridge-colour', 0.023, 'ink-colour'),
          ],
        },
        {
          name: 'jammed-sheet',
          at: [0, 0.0645, 0.05],
          shapes: [shape('paper', box([0.21, 0.001, 0.2], [0, 0, 0.03]))],
        },
        {
          name: 'output-tray',
          at: [0, 0.03, 0.152],
          shapes: [shape('tray-grey', box([0.28, 0.008, 0.2], [0, 0, -0.1]))],
          children: [
            {
              name: 'output-tray-stopper',
              at: [0, 0.004, -0.005],
              shapes: [shape('tray-grey', box([0.1, 0.002, 0.025], [0, 0.001, -0.0125]))],
            },
          ],
        },
        {
          name: 'paper-input-tray',
          at: [0, 0.13, -0.125],
          rotation: [-15, 0, 0],
          shapes: [shape('tray-grey', box([0.3, 0.17, 0.004], [0, 0.085, 0]))],
          children: [
            {
              name: 'paper-stack',
              at: [0, 0.005, 0.006],
              shapes: [shape('paper', box([0.21, 0.14, 0.008], [0, 0.07, 0]))],
            },
            {
              name: 'paper-guide',
              at: [-0.11, 0.005, 0.006],
              shapes: [shape('shell-dark', box([0.008, 0.05, 0.022], [0, 0.025, 0.004]))],
            },
          ],
        },
        {
          name: 'rear-access-door',
          at: [0, 0.008, -0.154],
          shapes: [shape('shell-dark', box([0.2, 0.05, 0.008], [0, 0.025, -0.004]))],
        },
        {
          name: 'feed-roller',
          shapes: [
            shape('rubber', cylinder(0.012, 0.2, { axis: 'x', center: [0, 0.035, -0.142] })),
          ],
        },
        ...controlPanel(),
        {
          name: 'usb-port',
          at: [0.15, 0.04, -0.15],
          shapes: [shape('shell-dark', box([0.012, 0.011, 0.004], [0, 0, -0.001]))],
        },
        {
          name: 'power-cable',
          at: [-0.16, 0.03, -0.15],
          shapes: [
            shape('rubber', box([0.018, 0.012, 0.02], [0, 0, -0.01])),
            shape('rubber', cylinder(0.0035, 0.2, { axis: 'z', center: [0, 0, -0.11] })),
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

function cartridge(name: string, x: number, material: string): PartSpec {
  return {
    name,
    at: [x, 0.024, 0],
    shapes: [
      shape(material, box([0.036, 0.034, 0.052], [0, 0.017, 0])),
      shape('shell', box([0.02, 0.004, 0.03], [0, 0.036, 0])),
    ],
  }
}

/** Buttons in a row on the front right, each with its light above it. */
function controlPanel(): PartSpec[] {
  const button = (name: string, x: number): PartSpec => ({
    name,
    at: [x, 0.09, 0.15],
    shapes: [shape('button', cylinder(0.0075, 0.005, { axis: 'z', center: [0, 0, 0.0025] }))],
  })
  const led = (name: string, x: number, material: string): PartSpec => ({
    name,
    at: [x, 0.112, 0.15],
    shapes: [shape(material, cylinder(0.0025, 0.003, { axis: 'z', center: [0, 0, 0.0015] }))],
  })
  return [
    button('power-button', 0.165),
    button('resume-button', 0.135),
    button('cancel-button', 0.105),
    led('power-led', 0.165, 'led-green'),
    led('paper-led', 0.135, 'led-orange'),
    led('ink-led', 0.105, 'led-orange'),
  ]
}

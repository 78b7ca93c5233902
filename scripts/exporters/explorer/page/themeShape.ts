import { h } from './markup.js';

/** Outlines a theme is drawn as, by its place among the themes, so that the timeline tells them apart without colour. */
const shapes = [
  (x: number, y: number, r: number) => h('circle', { cx: x, cy: y, r }),
  (x: number, y: number, r: number) => h('rect', { x: x - r * 0.85, y: y - r * 0.85, width: r * 1.7, height: r * 1.7 }),
  (x: number, y: number, r: number) =>
    h('polygon', { points: points([x, y - r], [x + r, y + r * 0.8], [x - r, y + r * 0.8]) }),
  (x: number, y: number, r: number) =>
    h('polygon', { points: points([x, y - r * 1.2], [x + r, y], [x, y + r * 1.2], [x - r, y]) }),
  (x: number, y: number, r: number) =>
    h('polygon', { points: points([x - r, y - r * 0.8], [x + r, y - r * 0.8], [x, y + r]) }),
  (x: number, y: number, r: number) =>
    h('polygon', {
      points: points(
        [x - r, y - r * 0.35],
        [x - r * 0.35, y - r * 0.35],
        [x - r * 0.35, y - r],
        [x + r * 0.35, y - r],
        [x + r * 0.35, y - r * 0.35],
        [x + r, y - r * 0.35],
        [x + r, y + r * 0.35],
        [x + r * 0.35, y + r * 0.35],
        [x + r * 0.35, y + r],
        [x - r * 0.35, y + r],
        [x - r * 0.35, y + r * 0.35],
        [x - r, y + r * 0.35],
      ),
    }),
];

export const shapeNames = ['circle', 'square', 'triangle', 'diamond', 'inverted triangle', 'cross'];

const round = (value: number) => Math.round(value * 10) / 10;
const points = (...corners: [number, number][]) => corners.map(([x, y]) => `${round(x)},${round(y)}`).join(' ');

/**
 * The shape of the theme at `index` (0-based), centred on x, y; beyond the shapes there are, they repeat, and the
 * number the mark's name and the legend carry still tells them apart.
 */
export function themeShape(index: number, x: number, y: number, r: number) {
  return shapes[index % shapes.length](round(x), round(y), r);
}

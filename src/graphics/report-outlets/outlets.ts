import type { Mark } from '../spec.ts';
import type { PressReport } from './types.ts';

/** Short names that fit a column head on wide screens; other outlets show their initials. */
const SHORT: Record<string, string> = {
  'The New York Times': 'NYT',
  'The Washington Post': 'WaPo',
  'The Associated Press': 'AP',
  'The Wall Street Journal': 'WSJ',
};
export const shortName = (outlet: string): string =>
  SHORT[outlet] ??
  outlet
    .replace(/^The /, '')
    .split(/\s+/)
    .map((w) => w[0])
    .join('');

/** One shape per outlet, in order of first report, so outlets never rest on colour. */
const SHAPES = ['circle', 'square', 'diamond', 'triangle', 'ring', 'cross'] as const;
type Shape = (typeof SHAPES)[number];

export function outletShapes(reports: readonly PressReport[]): Map<string, Shape> {
  const out = new Map<string, Shape>();
  for (const r of reports) if (!out.has(r.outlet)) out.set(r.outlet, SHAPES[out.size % SHAPES.length] ?? 'circle');
  return out;
}

export function outletSymbol(shape: Shape, cx: number, cy: number, r: number, key: string, cls: string): Mark {
  const k = r * 0.9;
  switch (shape) {
    case 'circle':
      return { kind: 'circle', key, cx, cy, r, className: cls };
    case 'ring':
      return { kind: 'circle', key, cx, cy, r: r - 1, className: `${cls} ring` };
    case 'square':
      return { kind: 'rect', key, x: cx - k, y: cy - k, width: 2 * k, height: 2 * k, className: cls };
    case 'diamond':
      return {
        kind: 'path',
        key,
        d: `M${cx},${cy - r - 1}L${cx + r + 1},${cy}L${cx},${cy + r + 1}L${cx - r - 1},${cy}Z`,
        className: cls,
      };
    case 'triangle':
      return {
        kind: 'path',
        key,
        d: `M${cx},${cy - r - 1}L${cx + r + 1},${cy + r}L${cx - r - 1},${cy + r}Z`,
        className: cls,
      };
    case 'cross':
      return {
        kind: 'path',
        key,
        d: `M${cx - k},${cy - k}L${cx + k},${cy + k}M${cx + k},${cy - k}L${cx - k},${cy + k}`,
        className: `${cls} ring`,
      };
  }
}

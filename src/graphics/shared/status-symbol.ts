import type { Mark } from '../spec.ts';

/**
 * Shapes that carry a status without colour: filled, half-filled, diamond, crossed, hollow and
 * dashed circles. Graphics map their own statuses onto them and colour them by class in CSS.
 */
export type StatusShape = 'filled' | 'half' | 'diamond' | 'crossed' | 'hollow' | 'dashed';

export function shapeSymbol(shape: StatusShape, cx: number, cy: number, r: number, key: string, cls: string): Mark[] {
  const base = `status-symbol ${cls}`;
  switch (shape) {
    case 'filled':
      return [{ kind: 'circle', key, cx, cy, r, className: `${base} filled` }];
    case 'half':
      return [
        { kind: 'circle', key, cx, cy, r, className: `${base} hollow` },
        {
          kind: 'path',
          key: `${key}-half`,
          d: `M${cx},${cy - r}A${r},${r} 0 0 0 ${cx},${cy + r}Z`,
          className: `${base} half`,
        },
      ];
    case 'diamond': {
      const d = r + 1;
      return [
        {
          kind: 'path',
          key,
          d: `M${cx},${cy - d}L${cx + d},${cy}L${cx},${cy + d}L${cx - d},${cy}Z`,
          className: `${base} hollow`,
        },
      ];
    }
    case 'crossed': {
      const k = r * 0.6;
      return [
        { kind: 'circle', key, cx, cy, r, className: `${base} hollow` },
        {
          kind: 'path',
          key: `${key}-cross`,
          d: `M${cx - k},${cy - k}L${cx + k},${cy + k}M${cx + k},${cy - k}L${cx - k},${cy + k}`,
          className: `${base} cross`,
        },
      ];
    }
    case 'hollow':
      return [{ kind: 'circle', key, cx, cy, r, className: `${base} hollow` }];
    case 'dashed':
      return [{ kind: 'circle', key, cx, cy, r, className: `${base} hollow dashed` }];
  }
}

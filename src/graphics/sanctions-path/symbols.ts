import type { Mark } from '../spec.ts';
import type { OutcomeStatus } from './types.ts';

/**
 * One shape per outcome, so status never rests on colour alone: filled circle = enacted, half-filled
 * = partly, open diamond = introduced and not passed, crossed circle = not enacted, dashed circle =
 * no source found.
 */
export function statusSymbol(status: OutcomeStatus, cx: number, cy: number, r: number, key: string): Mark[] {
  const cls = `status-symbol status-${status}`;
  switch (status) {
    case 'enacted':
      return [{ kind: 'circle', key, cx, cy, r, className: `${cls} filled` }];
    case 'partly-enacted':
      return [
        { kind: 'circle', key, cx, cy, r, className: `${cls} hollow` },
        {
          kind: 'path',
          key: `${key}-half`,
          d: `M${cx},${cy - r}A${r},${r} 0 0 0 ${cx},${cy + r}Z`,
          className: `${cls} half`,
        },
      ];
    case 'introduced-not-passed':
      return [
        {
          kind: 'path',
          key,
          d: `M${cx},${cy - r - 1}L${cx + r + 1},${cy}L${cx},${cy + r + 1}L${cx - r - 1},${cy}Z`,
          className: `${cls} hollow`,
        },
      ];
    case 'not-enacted': {
      const k = r * 0.6;
      return [
        { kind: 'circle', key, cx, cy, r, className: `${cls} hollow` },
        {
          kind: 'path',
          key: `${key}-cross`,
          d: `M${cx - k},${cy - k}L${cx + k},${cy + k}M${cx + k},${cy - k}L${cx - k},${cy + k}`,
          className: `${cls} cross`,
        },
      ];
    }
    case 'no-source-found':
      return [{ kind: 'circle', key, cx, cy, r, className: `${cls} hollow dashed` }];
  }
}

import type { Mark } from '../spec.ts';
import { firstDayOf, monthShort } from '../shared/dates.ts';
import { textWidth } from '../shared/text.ts';
import { GROUP_LABELS } from './labels.ts';
import { ACTOR_GROUPS, type Statement } from './types.ts';

export const MARGIN = 12;

export interface Geometry {
  width: number;
  fs: number;
  r: number;
  step: number;
  narrow: boolean;
  labelWidth: number;
}

export interface LayoutOptions {
  /** Smaller dots for the step figures of the unrolled view, which repeat the chart once per step. */
  compact?: boolean;
}

export function geometry(width: number, compact = false): Geometry {
  const fs = width < 600 ? 12 : 14;
  const r = compact ? 4 : width < 600 ? 6 : width < 1000 ? 7 : 9;
  const narrow = width < 700;
  const labelWidth = narrow ? 0 : Math.ceil(Math.max(...ACTOR_GROUPS.map((g) => textWidth(GROUP_LABELS[g], fs)))) + 12;
  return { width, fs, r, step: 2 * r + 3, narrow, labelWidth };
}

/** On narrow screens the later assessments of one lane share a slot this many dots wide, in rows. */
const NARROW_SLOT = 4;

export interface LaterGroup {
  label: string;
  items: Statement[];
  width: number;
}

/** Later assessments are months apart: they get one slot each, grouped under a month label. */
export function laterGroups(later: Statement[], g: Geometry): LaterGroup[] {
  const groups: LaterGroup[] = [];
  for (const st of later) {
    const d = firstDayOf(st.date);
    const month = `${monthShort(d.getUTCMonth())} ${d.getUTCFullYear()}`;
    const label = st.precision === 'month' ? `${month} (undated)` : month;
    const last = groups[groups.length - 1];
    if (last && last.label === label) last.items.push(st);
    else groups.push({ label, items: [st], width: 0 });
  }
  // On narrow screens one labelled slot per month would squeeze the main axis to nothing: the later
  // assessments share one slot there, a few dots wide, labelled with their span under the axis.
  if (g.narrow && groups.length > 1) {
    const span = `${groups[0]?.label.replace(' (undated)', '')}–${groups[groups.length - 1]?.label}`;
    const perLane = Math.max(...ACTOR_GROUPS.map((grp) => later.filter((st) => st.group === grp).length));
    return [{ label: span, items: later, width: Math.min(perLane, NARROW_SLOT) * g.step + 10 }];
  }
  for (const grp of groups) grp.width = Math.max(textWidth(grp.label, g.fs) + 10, grp.items.length * g.step + 10);
  return groups;
}

export const dot =
  (className: string, r: number) =>
  (cx: number, cy: number, key: string): Mark[] => [{ kind: 'circle', key, cx, cy, r, className }];

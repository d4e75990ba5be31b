import type { Mark } from '../spec.ts';
import { firstDayOf } from '../shared/dates.ts';
import { sum } from 'd3-array';
import { textWidth } from '../shared/text.ts';
import { ACTOR_GROUPS, type Statement } from './types.ts';
import { WORDS, type Words } from './words.ts';

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

export function geometry(width: number, compact = false, words: Words = WORDS.en): Geometry {
  const fs = width < 600 ? 12 : 14;
  const r = compact ? 4 : width < 600 ? 6 : width < 1000 ? 7 : 9;
  const narrow = width < 700;
  const labelWidth = narrow ? 0 : Math.ceil(Math.max(...ACTOR_GROUPS.map((g) => textWidth(words.groups[g], fs)))) + 12;
  return { width, fs, r, step: 2 * r + 3, narrow, labelWidth };
}

/** Where the later assessments share one slot, each lane's take this many dots a row. */
const NARROW_SLOT = 4;
/** The most of the plot's width the later assessments may take in one slot per month. */
const MAX_LATER_SHARE = 0.35;

export interface LaterGroup {
  /** The English label: the marks' keys, the same in every edition. */
  key: string;
  label: string;
  items: Statement[];
  width: number;
  /** One slot for every later assessment, a few dots wide per lane, in rows. */
  shared?: boolean;
}

/** Later assessments are months apart: they get one slot each, grouped under a month label. */
export function laterGroups(later: Statement[], g: Geometry, words: Words = WORDS.en): LaterGroup[] {
  const groups: (LaterGroup & { month: string })[] = [];
  for (const st of later) {
    const d = firstDayOf(st.date);
    const label = (w: Words) => (st.precision === 'month' ? w.undated(w.month(d)) : w.month(d));
    const last = groups[groups.length - 1];
    if (last && last.key === label(WORDS.en)) last.items.push(st);
    else groups.push({ key: label(WORDS.en), label: label(words), month: words.month(d), items: [st], width: 0 });
  }
  for (const grp of groups) grp.width = Math.max(textWidth(grp.label, g.fs) + 10, grp.items.length * g.step + 10);
  // One labelled slot per month must leave the days of the main axis most of the plot; where it would
  // not (always on narrow screens), the later assessments share one slot, labelled with their span.
  const plot = g.width - 2 * MARGIN - g.labelWidth;
  if (groups.length > 1 && (g.narrow || sum(groups, (grp) => grp.width) > MAX_LATER_SHARE * plot)) {
    const span = `${groups[0]?.month}–${groups[groups.length - 1]?.label}`;
    const key = `${groups[0]?.key.replace(' (undated)', '')}–${groups[groups.length - 1]?.key}`;
    const perLane = Math.max(...ACTOR_GROUPS.map((grp) => later.filter((st) => st.group === grp).length));
    return [{ key, label: span, items: later, width: Math.min(perLane, NARROW_SLOT) * g.step + 10, shared: true }];
  }
  return groups.map(({ month: _month, ...grp }) => grp);
}

export const dot =
  (className: string, r: number) =>
  (cx: number, cy: number, key: string): Mark[] => [{ kind: 'circle', key, cx, cy, r, className }];

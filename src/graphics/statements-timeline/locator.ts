import type { CircleMark, GraphicSpec, LineMark, Mark, TextMark } from '../spec.ts';
import { formatPartialDate } from '../shared/dates.ts';
import { dodgeLevels } from '../shared/dodge.ts';
import { textWidth } from '../shared/text.ts';
import { clampState } from '../shared/types.ts';
import { GROUP_LABELS, layout, orderedStatements } from './layout.ts';

const MARGIN = 12;
const DOT = 3;
const DOT_STEP = 2 * DOT + 1;
const KEPT_CLASS = /^(node|group-.+|quoted|unquoted|active)$/;

/** Axis marks of the full layout that the strip keeps, moved down to sit under its one band of dots. */
const AXIS_KEY = /^(axis|axis-months|break-mark|day-\d{4}-\d\d-\d\d|later-(?!heading).+)$/;

/**
 * The compact timeline for the unrolled view (phones, "All steps", embeds): every statement as a small
 * dot at the x the full layout gives it, in one band instead of five lanes, with only the active
 * statement drawn large and labelled. A step there already prints the quote card, so the figure only
 * has to say where the statement falls; repeating the five-lane chart per step made /who-said-what/
 * about 26,000 px tall on a phone. The overview state (no active statement) stays the full layout.
 */
export function locatorLayout(data: Parameters<typeof layout>[0], width: number, stateIndex: number): GraphicSpec {
  const full = layout(data, width, stateIndex);
  const ordered = orderedStatements(data);
  const active = ordered[clampState(stateIndex, ordered.length + 1) - 1];
  if (!active) return full;
  const fs = 12;
  const nodes = full.marks.filter((m): m is CircleMark => m.kind === 'circle' && m.key.startsWith('statement-'));
  // The active statement takes the top row, so its leader to the label crosses no other dot.
  const isActive = (n: CircleMark) => n.key === `statement-${active.id}`;
  const byX = [...nodes].sort((a, b) => Number(isActive(b)) - Number(isActive(a)) || a.cx - b.cx);
  const levels = new Map(
    dodgeLevels(
      byX.map((n) => n.cx),
      DOT_STEP,
    ).map((level, i) => [byX[i]?.key, level]),
  );
  const rows = Math.max(...levels.values()) + 1;

  const labelY = 8 + fs;
  const dotsTop = labelY + 18;
  const marks: Mark[] = [];
  let activeDot: CircleMark | undefined;
  for (const n of nodes) {
    const dot: CircleMark = {
      kind: 'circle',
      key: n.key,
      cx: n.cx,
      cy: dotsTop + DOT + (levels.get(n.key) ?? 0) * DOT_STEP,
      r: isActive(n) ? DOT + 3 : DOT,
      // Only the classes the strip styles (the step figures repeat it, so every byte counts 13 times);
      // inactive dots fade in CSS (.mini:not(.active)).
      className: [...(n.className ?? '').split(' ').filter((c) => KEPT_CLASS.test(c)), 'mini'].join(' '),
      // Where the section has no overview figure, the strip's dots are the section's focusable marks.
      ...(n.label ? { label: n.label, focusable: true } : {}),
    };
    if (isActive(n)) activeDot = dot;
    else marks.push(dot);
  }

  const axisY = dotsTop + rows * DOT_STEP + 6;
  const oldAxis = full.marks.find((m): m is LineMark => m.key === 'axis' && m.kind === 'line');
  const dy = axisY - (oldAxis?.y1 ?? axisY);
  let bottom = axisY;
  for (const m of full.marks) {
    if (!AXIS_KEY.test(m.key)) continue;
    if (m.kind === 'line') marks.push({ ...m, y1: m.y1 + dy, y2: m.y2 + dy });
    else if (m.kind === 'text') {
      marks.push({ ...m, y: m.y + dy });
      bottom = Math.max(bottom, m.y + dy + 0.25 * m.fontSize);
    } else if (m.kind === 'path') marks.push({ ...m, d: shiftPath(m.d, dy) });
  }

  if (activeDot) {
    const text = `${GROUP_LABELS[active.group]} · ${formatPartialDate(active.date)}`;
    const w = textWidth(text, fs);
    const x = Math.min(Math.max(activeDot.cx - w / 2, MARGIN), width - MARGIN - w);
    const label: TextMark = {
      kind: 'text',
      key: 'active-label',
      x,
      y: labelY,
      text,
      fontSize: fs,
      className: 'active-label',
    };
    marks.push(
      {
        kind: 'line',
        key: 'active-leader',
        x1: activeDot.cx,
        x2: activeDot.cx,
        y1: labelY + 4,
        y2: activeDot.cy - activeDot.r - 2,
        className: 'active-leader',
      },
      activeDot,
      {
        kind: 'circle',
        key: 'active-ring',
        cx: activeDot.cx,
        cy: activeDot.cy,
        r: activeDot.r + 3,
        className: 'active-ring',
      },
      label,
    );
  }

  return {
    width: full.width,
    height: Math.ceil(bottom + 10),
    title: full.title,
    description: `${full.description} A strip of all ${ordered.length} statements by day shows where it falls.`,
    marks,
    ...(full.card ? { card: full.card } : {}),
  };
}

/** Moves every y of an absolute M/L path (the break mark) by dy. */
function shiftPath(d: string, dy: number): string {
  return d.replace(
    /([ML])([-\d.]+),([-\d.]+)/g,
    (_m, cmd: string, x: string, y: string) => `${cmd}${x},${Number(y) + dy}`,
  );
}

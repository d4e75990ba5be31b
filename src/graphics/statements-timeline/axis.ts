import type { ScaleLinear } from 'd3-scale';
import { utcDay as d3UtcDay } from 'd3-time';
import type { Mark, TextMark } from '../spec.ts';
import { isoDay, monthShort } from '../shared/dates.ts';
import { labelsFit, textWidth, thinLabels } from '../shared/text.ts';
import { MARGIN, type LaterGroup } from './geometry.ts';
import { DAY_MS } from './time.ts';
import type { Statement } from './types.ts';
import type { Words } from './words.ts';

export interface AxisInput {
  x: ScaleLinear<number, number>;
  /** First and last (exclusive) ms of the main axis. */
  first: number;
  last: number;
  axisLeft: number;
  axisRight: number;
  mainRight: number;
  /** Bottom of the last lane. */
  laneTop: number;
  headerHeight: number;
  fs: number;
  compact: boolean | undefined;
  groups: LaterGroup[];
  later: Statement[];
  breakGap: number;
  laterWidth: number;
  words: Words;
}

/** Day axis, the break, and the month labels of the later assessments; `span` names the main axis's days. */
export function axisMarks(input: AxisInput): { marks: Mark[]; bottom: number; span: string } {
  const { x, first, last, axisLeft, axisRight, mainRight, laneTop, headerHeight, fs, compact, groups, later } = input;
  const { breakGap, laterWidth, words } = input;
  const marks: Mark[] = [];
  const axisY = laneTop + 4;
  const labelY = axisY + 6 + 0.85 * fs;
  marks.push({ kind: 'line', key: 'axis', x1: axisLeft, x2: mainRight, y1: axisY, y2: axisY, className: 'axis' });
  const dayStarts = d3UtcDay.range(new Date(first), new Date(last));
  // The step figures repeat the chart once per step: there the day labels go without rules.
  for (const d of compact ? [] : dayStarts) {
    marks.push({
      kind: 'line',
      key: `tick-${isoDay(d)}`,
      x1: x(d.getTime()),
      x2: x(d.getTime()),
      y1: 8 + headerHeight,
      y2: axisY + 4,
      className: 'day-rule',
    });
  }
  const dayLabel =
    (full: boolean) =>
    (d: Date): TextMark => ({
      kind: 'text',
      key: `day-${isoDay(d)}`,
      x: x(d.getTime() + DAY_MS / 2),
      y: labelY,
      text: full ? words.day(d, false) : String(d.getUTCDate()),
      fontSize: fs,
      anchor: 'middle',
      className: 'axis-label',
    });
  const useFull = labelsFit(dayStarts, dayLabel(true));
  const kept = useFull ? dayStarts : thinLabels(dayStarts, [1, 2, 3, 7], dayLabel(false));
  marks.push(...kept.map(dayLabel(useFull)));
  let bottom = labelY + 0.25 * fs;
  // The later assessments' span may share the row, flush right.
  const laterSpan = groups.length === 1 && groups[0] && textWidth(groups[0].label, fs) > groups[0].width;
  const monthsRoom = axisRight - axisLeft - (laterSpan ? textWidth(groups[0]?.label ?? '', fs) + 12 : 0);
  if (!useFull && dayStarts[0]) {
    const months = [...new Set(dayStarts.map((d) => `${monthShort(d.getUTCMonth(), words.locale)}`))];
    const year = dayStarts[0].getUTCFullYear();
    marks.push({
      kind: 'text',
      key: 'axis-months',
      x: axisLeft,
      y: labelY + fs + 6,
      text:
        words.axisMonths(months.join('–'), year).find((t) => textWidth(t, fs) <= monthsRoom) ??
        `${months.join('–')} ${year}`,
      fontSize: fs,
      className: 'axis-label',
    });
    bottom = labelY + fs + 6 + 0.25 * fs;
  }

  if (later.length) {
    const bx = mainRight + breakGap / 2;
    marks.push({
      kind: 'line',
      key: 'break-line',
      x1: bx,
      x2: bx,
      y1: 8 + headerHeight,
      y2: axisY + 4,
      className: 'break-line',
    });
    marks.push({
      kind: 'path',
      key: 'break-mark',
      d: `M${bx - 6},${axisY + 5}L${bx - 2},${axisY - 5}M${bx + 2},${axisY + 5}L${bx + 6},${axisY - 5}`,
      className: 'break-mark',
    });
    const heading = words.laterHeading.find((t) => textWidth(t, fs) <= laterWidth + breakGap / 2 - 2) ?? '';
    if (heading) {
      marks.push({
        kind: 'text',
        key: 'later-heading',
        x: axisRight,
        y: 8 + fs,
        text: heading,
        fontSize: fs,
        anchor: 'end',
        className: 'later-heading',
      });
    }
    let gx = mainRight + breakGap;
    for (const grp of groups) {
      marks.push({
        kind: 'line',
        key: `later-axis-${grp.key}`,
        x1: gx + 4,
        x2: gx + grp.width - 4,
        y1: axisY,
        y2: axisY,
        className: 'axis',
      });
      // A label wider than its slot (the narrow layout's one shared slot) goes on the second row, flush right.
      const below = textWidth(grp.label, fs) > grp.width;
      marks.push({
        kind: 'text',
        key: `later-${grp.key}`,
        x: below ? axisRight : gx + grp.width / 2,
        y: below ? labelY + fs + 6 : labelY,
        text: grp.label,
        fontSize: fs,
        anchor: below ? 'end' : 'middle',
        className: 'axis-label',
      });
      if (below) bottom = Math.max(bottom, labelY + fs + 6 + 0.25 * fs);
      gx += grp.width;
    }
  }
  const firstDay = dayStarts[0];
  const lastDay = dayStarts[dayStarts.length - 1];
  const span = firstDay && lastDay ? `${words.day(firstDay, false)} – ${words.day(lastDay)}` : '';
  const mainHeading = words.mainHeading(span).find((t) => textWidth(t, fs) <= mainRight - MARGIN) ?? '';
  if (mainHeading)
    marks.push({
      kind: 'text',
      key: 'main-heading',
      x: MARGIN,
      y: 8 + fs,
      text: mainHeading,
      fontSize: fs,
      className: 'main-heading',
    });
  return { marks, bottom, span };
}

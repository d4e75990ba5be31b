import { max } from 'd3-array';
import { scaleBand, scaleLinear, scaleUtc } from 'd3-scale';
import { utcMonth } from 'd3-time';
import type { CircleMark, GraphicSpec, Mark, PatternDef, TextMark } from '../spec.ts';
import { utcDay } from '../shared/dates.ts';
import { dodgeLevels } from '../shared/dodge.ts';
import { legend } from '../shared/legend.ts';
import { lineHeight, textWidth, thinLabels, wrapText } from '../shared/text.ts';
import { clampState, clampWidth } from '../shared/types.ts';
import { barMarks } from './bars.ts';
import { countToll, isBagramAttack, isDated, isHostileOpenCase } from './counts.ts';
import { circle, geometry } from './geometry.ts';
import { legendEntries, legendHeight } from './legend-entries.ts';
import { personClass, personLabel } from './people.ts';
import { states } from './states.ts';
import type { Death2019, Toll2019Data } from './types.ts';
import { words } from './words.ts';

export { states } from './states.ts';

export const PATTERN_ID = 'toll-2019-hatch';

const CALLOUT_LINES = 2;
const calloutSize = (fs: number) => Math.round(fs * 2.6);

interface Placed {
  death: Death2019;
  cx: number;
  cy: number;
}

export function layout(data: Toll2019Data, width: number, stateIndex: number): GraphicSpec {
  const state = clampState(stateIndex, states.length);
  const g = geometry(clampWidth(width));
  const c = countToll(data);
  const w = words(data);
  const fs = g.fontSize;
  const top = 8;
  const legendTop = top;
  const maxLegend = Math.max(...states.map((_, i) => legendHeight(data, c, g, i)));
  const plotTop = legendTop + maxLegend + 12;

  // Unit chart on a 2019 day axis; deaths keep their true day and are lifted only to avoid overlap.
  const dated = data.deaths.filter(isDated).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const undated = data.deaths.filter((d) => !isDated(d));
  const year = dated[0] ? utcDay(dated[0].date).getUTCFullYear() : 2019;
  const x = scaleUtc()
    .domain([new Date(Date.UTC(year, 0, 1)), new Date(Date.UTC(year + 1, 0, 1))])
    .range([g.plotLeft + g.r, g.plotRight - g.r]);
  const xs = dated.map((d) => x(utcDay(d.date)));
  const step = 2 * g.r + g.gap;
  const levels = dodgeLevels(xs, step);
  const stackHeight = ((max(levels) ?? 0) + 1) * step;
  const barsHeight = Math.round(Math.min(260, Math.max(140, g.width * 0.22)));
  // Room above the stacks for the state's count, written large (and for the bars' axis title).
  const bigFs = calloutSize(fs);
  const calloutHeight = Math.max(bigFs, CALLOUT_LINES * lineHeight(fs)) + 12;
  const baseline = plotTop + Math.max(stackHeight + calloutHeight, barsHeight);
  const axisLabelY = baseline + 6 + 0.85 * fs;
  const binY = axisLabelY + 0.25 * fs + 12 + g.r;

  const placed: Placed[] = [
    ...dated.map((death, i) => ({
      death,
      cx: xs[i] ?? 0,
      cy: baseline - g.r - g.gap / 2 - (levels[i] ?? 0) * step,
    })),
  ];
  const binLabel = w.binLabel;
  const binStart = g.plotLeft + textWidth(binLabel, fs) + 8 + g.r;
  undated.forEach((death, i) => placed.push({ death, cx: binStart + i * (step + 4), cy: binY }));

  // Annual bars share the baseline so the folded marks have somewhere to go.
  const annual = [...data.annual].sort((a, b) => a.year - b.year);
  const band = scaleBand<number>()
    .domain(annual.map((a) => a.year))
    .range([g.plotLeft, g.plotRight])
    .paddingInner(0.2);
  const y = scaleLinear()
    .domain([0, max(annual, (a) => a.total) ?? 1])
    .range([baseline, plotTop + 2 * fs + 12]);
  const focusYear = annual.find((a) => a.year === year);
  const focusX = focusYear ? (band(focusYear.year) ?? 0) + band.bandwidth() / 2 : g.plotRight;
  const focusTop = focusYear ? y(focusYear.total) : baseline;

  const marks: Mark[] = [];
  const legendMarks = legend(
    legendEntries(state, c, data, g),
    g.plotLeft,
    legendTop,
    g.plotRight - g.plotLeft,
    fs,
    2 * g.r + 8,
  );
  marks.push(...legendMarks.marks);

  if (state < 4) {
    marks.push({
      kind: 'line',
      key: 'axis-day',
      x1: g.plotLeft,
      x2: g.plotRight,
      y1: baseline,
      y2: baseline,
      className: 'axis',
    });
    const months = utcMonth.range(...(x.domain() as [Date, Date]));
    const monthLabel = (m: Date): TextMark => ({
      kind: 'text',
      key: `month-${m.getUTCMonth()}`,
      x: x(m) + 2,
      y: axisLabelY,
      text: w.month(m.getUTCMonth()),
      fontSize: fs,
      anchor: 'start',
      className: 'axis-label',
    });
    for (const m of months) {
      marks.push({
        kind: 'line',
        key: `tick-${m.getUTCMonth()}`,
        x1: x(m),
        x2: x(m),
        y1: baseline,
        y2: baseline + 5,
        className: 'tick',
      });
    }
    marks.push(...thinLabels(months, [1, 2, 3, 6], monthLabel).map(monthLabel));
    if (undated.length) {
      marks.push({
        kind: 'text',
        key: 'bin-label',
        x: g.plotLeft,
        y: binY + 0.35 * fs,
        text: binLabel,
        fontSize: fs,
        className: 'bin-label',
      });
    }
  }

  const count = w.callout(state, c, year);
  if (count) {
    // The Bagram count stands over its stack with a leader; the others over the whole year.
    const bagram = state === 3 ? placed.filter((p) => isBagramAttack(p.death)) : [];
    const at = bagram[0]?.cx;
    const numberText = String(count.value);
    const numberWidth = textWidth(numberText, bigFs);
    const gap = Math.round(bigFs * 0.3);
    const room = Math.min(g.plotRight - g.plotLeft - numberWidth - gap, 40 * fs);
    const lines = wrapText(count.text, room, fs).slice(0, CALLOUT_LINES);
    const width = numberWidth + gap + Math.max(...lines.map((l) => textWidth(l, fs)));
    const x0 =
      at === undefined ? g.plotLeft : Math.min(Math.max(at - numberWidth / 2, g.plotLeft), g.plotRight - width);
    const top = plotTop + 4;
    marks.push({
      kind: 'text',
      key: 'callout-number',
      x: x0,
      y: top + 0.85 * bigFs,
      text: numberText,
      fontSize: bigFs,
      className: `callout-number callout-${states[state]?.name ?? ''}`,
    });
    const textTop = top + (bigFs - lines.length * lineHeight(fs)) / 2;
    lines.forEach((line, i) =>
      marks.push({
        kind: 'text',
        key: `callout-text-${i}`,
        x: x0 + numberWidth + gap,
        y: textTop + 0.85 * fs + i * lineHeight(fs),
        text: line,
        fontSize: fs,
        className: 'callout-text',
      }),
    );
    if (at !== undefined) {
      const stackTop = Math.min(...bagram.map((p) => p.cy)) - g.r - 4;
      marks.push({
        kind: 'line',
        key: 'callout-leader',
        x1: at,
        x2: at,
        y1: top + bigFs + 4,
        y2: stackTop,
        className: 'leader',
      });
    }
  }
  if (state < 4) {
    // The title shares the bin's row: take the longest wording that stays clear of the bin's marks.
    const binEnd = Math.max(...placed.filter((p) => !isDated(p.death)).map((p) => p.cx + g.r + 4), g.plotLeft);
    const titles = w.axisTitles(year);
    const title =
      titles.find((t) => g.plotRight - textWidth(t, fs) >= binEnd) ?? titles[titles.length - 1] ?? titles[0] ?? '';
    marks.push({
      kind: 'text',
      key: 'axis-title',
      x: g.plotRight,
      y: binY + 0.35 * fs,
      text: title,
      fontSize: fs,
      anchor: 'end',
      className: 'axis-label',
    });
  } else {
    marks.push({
      kind: 'text',
      key: 'axis-title',
      x: g.plotLeft,
      y: plotTop + fs,
      text: w.annualAxisTitle,
      fontSize: fs,
      className: 'axis-label',
    });
  }

  for (const p of placed) {
    const d = p.death;
    const folded = state === 4;
    const mark: CircleMark = {
      ...circle(`death-${d.id}`, folded ? focusX : p.cx, folded ? focusTop : p.cy, g.r, personClass(d, state)),
      label: personLabel(d, w),
      focusable: !folded,
      data: { id: d.id },
    };
    if (folded) mark.opacity = 0;
    else if (state === 3 && !isBagramAttack(d)) mark.opacity = 0.35;
    marks.push(mark);
    if (state === 2 && isHostileOpenCase(d)) marks.push(circle(`ring-${d.id}`, p.cx, p.cy, g.r + 3, 'doubt-ring'));
    if (state === 3 && isBagramAttack(d)) marks.push(circle(`ring-${d.id}`, p.cx, p.cy, g.r + 3, 'highlight-ring'));
  }

  if (state === 4) marks.push(...barMarks(annual, band, y, baseline, fs, year, axisLabelY, w));

  const height = Math.ceil(Math.max(binY + g.r + 12, axisLabelY + 0.25 * fs + 12));
  const defs: PatternDef[] = [
    {
      kind: 'pattern',
      id: PATTERN_ID,
      width: 6,
      height: 6,
      patternTransform: 'rotate(45)',
      marks: [{ kind: 'line', key: 'hatch-line', x1: 0, y1: 0, x2: 0, y2: 6, className: 'hatch-line' }],
    },
  ];
  return {
    width: g.width,
    height,
    title: state === 4 ? w.annualTitle(annual[0]?.year ?? '', annual[annual.length - 1]?.year ?? '') : w.title(year),
    description: w.describe(state, c, annual, year),
    marks,
    defs,
  };
}

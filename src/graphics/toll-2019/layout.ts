import { max } from 'd3-array';
import { scaleBand, scaleLinear, scaleUtc, type ScaleBand, type ScaleLinear } from 'd3-scale';
import { utcMonth } from 'd3-time';
import type { CircleMark, GraphicSpec, Mark, PatternDef, RectMark, TextMark } from '../spec.ts';
import { formatDay, monthShort, utcDay } from '../shared/dates.ts';
import { dodgeLevels } from '../shared/dodge.ts';
import { legend, type LegendEntry } from '../shared/legend.ts';
import { lineHeight, textBox, textWidth, thinLabels, wrapText } from '../shared/text.ts';
import { clampState, clampWidth, type GraphicState } from '../shared/types.ts';
import {
  BAGRAM_ATTACK,
  countToll,
  isBagramAttack,
  isCombat,
  isDated,
  isHostile,
  isHostileInferred,
  isHostileOpenCase,
  type TollCounts,
} from './counts.ts';
import { isNamed } from './parse.ts';
import type { AnnualDeaths, Death2019, Toll2019Data } from './types.ts';

export const states: readonly GraphicState[] = [
  {
    name: 'all-deaths',
    description:
      'Each mark is one US service member who died in Afghanistan in 2019, placed on the day of death; deaths on the same day stack, and deaths whose date was not released sit in their own bin.',
  },
  {
    name: 'killed-in-combat',
    description:
      'Filled marks are the deaths The New York Times and AP counted as killed in combat; hollow marks are the deaths they did not count as combat deaths.',
  },
  {
    name: 'pentagon-hostile',
    description:
      "Marks show the Pentagon's hostile classification: filled marks are hostile in the release wording, hollow marks are not, and a dashed ring marks the open case where one of two deaths is counted otherwise.",
  },
  {
    name: 'bagram-attack',
    description:
      'The car bombing of 8 April 2019 near Bagram Airfield, which reporting in 2020 named as a focus of the bounty intelligence, is highlighted.',
  },
  {
    name: 'annual-context',
    description:
      'The 2019 marks fold into one bar among the annual US military deaths in Afghanistan since 2001; hatched bars come from a secondary source.',
  },
];

export const PATTERN_ID = 'toll-2019-hatch';
const MARGIN = 12;

interface Geometry {
  width: number;
  fontSize: number;
  r: number;
  gap: number;
  plotLeft: number;
  plotRight: number;
}

function geometry(width: number): Geometry {
  const fontSize = width < 600 ? 12 : width < 1000 ? 13 : 14;
  const r = width < 480 ? 5 : width < 900 ? 7 : 9;
  return { width, fontSize, r, gap: 2, plotLeft: MARGIN, plotRight: width - MARGIN };
}

const circle = (key: string, cx: number, cy: number, r: number, className: string): CircleMark => ({
  kind: 'circle',
  key,
  cx,
  cy,
  r,
  className,
});

const sampleRect =
  (className: string, size: number) =>
  (cx: number, cy: number, key: string): Mark[] => [
    { kind: 'rect', key, x: cx - size / 2, y: cy - size / 2, width: size, height: size, className },
  ];

/** Ends a released phrase with one full stop (some already end in an abbreviation such as "Wash."). */
const stop = (text: string) => (text.endsWith('.') ? text : `${text}.`);

function personLabel(d: Death2019): string {
  if (!isNamed(d)) {
    return `Name not released. Date not released: ${d.date}. Cause: ${d.cause}. Not counted as killed in combat by NYT/AP; not hostile.`;
  }
  const day = isDated(d) ? formatDay(utcDay(d.date)) : d.date;
  const combat = isCombat(d) ? 'counted as killed in combat by NYT/AP' : 'not counted as killed in combat by NYT/AP';
  const hostile = isHostileOpenCase(d)
    ? 'hostile in the Pentagon release wording (open case: the Pentagon total counts one such death as non-hostile)'
    : isHostileInferred(d)
      ? 'not hostile (inferred from the Pentagon total)'
      : isHostile(d)
        ? 'hostile in the Pentagon release wording'
        : 'not hostile';
  return `${d.rank} ${d.name}, ${d.branch}, ${stop(d.unit)} Died ${day}, ${d.place} (${d.province}). Cause: ${stop(d.cause)} ${combat}; ${hostile}.`;
}

/** Classes of a person mark: what the reader sees in this state, never colour alone (see styles.css). */
function personClass(d: Death2019, state: number): string {
  const base = 'mark person';
  if (state === 0) return `${base} neutral`;
  if (state === 1 || state === 3) {
    const kind = isCombat(d) ? 'combat' : 'noncombat';
    if (state === 1) return `${base} ${kind}`;
    return `${base} ${kind} ${isBagramAttack(d) ? 'highlight' : 'dimmed'}`;
  }
  if (state === 2) {
    const kind = isHostile(d) ? 'hostile' : 'nonhostile';
    const extra = [
      isHostileOpenCase(d) ? 'hostile-doubt' : '',
      isHostileInferred(d) ? 'hostile-inferred' : '',
      isCombat(d) && !isHostile(d) ? 'differs' : '',
    ].filter(Boolean);
    return [base, kind, ...extra].join(' ');
  }
  return `${base} folded`;
}

function legendEntries(state: number, c: TollCounts, data: Toll2019Data, g: Geometry): LegendEntry[] {
  const dot = (cls: string) => (cx: number, cy: number, key: string) => [circle(key, cx, cy, g.r, `mark ${cls}`)];
  if (state === 0) {
    return [
      { key: 'legend-one', text: `One mark = one death: ${c.total} in all`, symbol: dot('neutral') },
      {
        key: 'legend-names',
        text: `${c.named} named in Pentagon releases; ${c.unidentified} not identified, date not released`,
      },
    ];
  }
  if (state === 1) {
    return [
      { key: 'legend-combat', text: `Killed in combat (NYT/AP count): ${c.combat}`, symbol: dot('combat') },
      { key: 'legend-noncombat', text: `Not combat deaths: ${c.nonCombat}`, symbol: dot('noncombat') },
    ];
  }
  if (state === 2) {
    const notHostile = c.total - c.hostileByRelease;
    const inferred = data.deaths.filter(isHostileInferred).length;
    const counted = c.pentagonHostile === undefined ? '' : `Pentagon total: ${c.pentagonHostile} hostile. `;
    const excess = c.pentagonHostile === undefined ? 0 : c.hostileByRelease - c.pentagonHostile;
    return [
      {
        key: 'legend-hostile',
        text: `Hostile in Pentagon release wording: ${c.hostileByRelease - c.hostileOpenCases}`,
        symbol: dot('hostile'),
      },
      {
        key: 'legend-doubt',
        text: `Open case: ${c.hostileOpenCases} marked hostile, of whom the Pentagon total counts ${excess} as non-hostile; which is unresolved`,
        symbol: (cx, cy, key) => [
          circle(key, cx, cy, g.r, 'mark hostile hostile-doubt'),
          circle(`${key}-ring`, cx, cy, g.r + 3, 'doubt-ring'),
        ],
      },
      {
        key: 'legend-nonhostile',
        text: `Not hostile: ${notHostile}, of them ${c.combatNotHostile} counted as combat by NYT/AP${inferred ? ` (${inferred} inferred)` : ''}`,
        symbol: dot('nonhostile'),
      },
      { key: 'legend-pentagon', text: `${counted}Release wording: ${c.hostileByRelease}.` },
    ];
  }
  if (state === 3) {
    const bagram = data.deaths.filter(isBagramAttack);
    const first = bagram[0];
    const place = bagram.map((d) => d.place).reduce((a, b) => (b.length < a.length ? b : a), first?.place ?? '');
    const day = first ? formatDay(utcDay(first.date)) : '';
    return [
      {
        key: 'legend-bagram',
        text: `${day}, ${place.charAt(0).toLowerCase()}${place.slice(1)}: ${c.bagram} killed. ${first?.cause ?? ''}`,
        symbol: (cx, cy, key) => [
          circle(key, cx, cy, g.r, 'mark combat highlight'),
          circle(`${key}-ring`, cx, cy, g.r + 3, 'highlight-ring'),
        ],
      },
      { key: 'legend-bagram-link', text: 'Reporting in 2020 named this attack as a focus of the bounty intelligence.' },
    ];
  }
  const secondary = data.annual.filter((a) => a.verified === 'no');
  const primary = data.annual.filter((a) => a.verified !== 'no');
  const span = (rows: AnnualDeaths[]) => `${rows[0]?.year ?? ''}–${rows[rows.length - 1]?.year ?? ''}`;
  return [
    {
      key: 'legend-secondary',
      text: `${span(secondary)}: totals from a secondary source, not verified against Pentagon records`,
      symbol: sampleRect('bar secondary', g.fontSize),
    },
    {
      key: 'legend-primary',
      text: `${span(primary)}: Pentagon casualty records (DCAS), as reported`,
      symbol: sampleRect('bar primary', g.fontSize),
    },
  ];
}

/** The count that matters in each state, written large on the chart, with what it counts. */
function callout(state: number, c: TollCounts, year: number): { value: number; text: string } | undefined {
  if (state === 0) return { value: c.total, text: `US service members died in Afghanistan in ${year}` };
  if (state === 1) return { value: c.combat, text: `of ${c.total} killed in combat, as NYT and AP counted` };
  if (state === 2) {
    return c.pentagonHostile === undefined
      ? { value: c.hostileByRelease, text: `of ${c.total} hostile in the Pentagon release wording` }
      : { value: c.pentagonHostile, text: `of ${c.total} hostile in the Pentagon’s own total` };
  }
  if (state === 3)
    return { value: c.bagram, text: `killed near Bagram Airfield, ${formatDay(utcDay(BAGRAM_ATTACK.date))}` };
  return undefined;
}

const CALLOUT_LINES = 2;
const calloutSize = (fs: number) => Math.round(fs * 2.6);

interface Placed {
  death: Death2019;
  cx: number;
  cy: number;
}

/** Vertical space the legend of each state needs; the tallest decides where the plot starts. */
function legendHeight(data: Toll2019Data, c: TollCounts, g: Geometry, state: number): number {
  return legend(legendEntries(state, c, data, g), g.plotLeft, 0, g.plotRight - g.plotLeft, g.fontSize, 2 * g.r + 8)
    .bottom;
}

export function layout(data: Toll2019Data, width: number, stateIndex: number): GraphicSpec {
  const state = clampState(stateIndex, states.length);
  const g = geometry(clampWidth(width));
  const c = countToll(data);
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
  const binLabel = 'Date not released:';
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
      text: monthShort(m.getUTCMonth()),
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

  const count = callout(state, c, year);
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
    marks.push({
      kind: 'text',
      key: 'axis-title',
      x: g.plotRight,
      y: binY + 0.35 * fs,
      text: `Date of death, ${year}`,
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
      text: 'US military deaths per year',
      fontSize: fs,
      className: 'axis-label',
    });
  }

  for (const p of placed) {
    const d = p.death;
    const folded = state === 4;
    const mark: CircleMark = {
      ...circle(`death-${d.id}`, folded ? focusX : p.cx, folded ? focusTop : p.cy, g.r, personClass(d, state)),
      label: personLabel(d),
      focusable: !folded,
      data: { id: d.id },
    };
    if (folded) mark.opacity = 0;
    else if (state === 3 && !isBagramAttack(d)) mark.opacity = 0.35;
    marks.push(mark);
    if (state === 2 && isHostileOpenCase(d)) marks.push(circle(`ring-${d.id}`, p.cx, p.cy, g.r + 3, 'doubt-ring'));
    if (state === 3 && isBagramAttack(d)) marks.push(circle(`ring-${d.id}`, p.cx, p.cy, g.r + 3, 'highlight-ring'));
  }

  if (state === 4) marks.push(...barMarks(annual, band, y, baseline, fs, year, axisLabelY));

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
    title:
      state === 4
        ? `US military deaths in Afghanistan, ${annual[0]?.year ?? ''}–${annual[annual.length - 1]?.year ?? ''}`
        : `US military deaths in Afghanistan, ${year}`,
    description: describe(state, c, annual, year),
    marks,
    defs,
  };
}

function barMarks(
  annual: AnnualDeaths[],
  band: ScaleBand<number>,
  y: ScaleLinear<number, number>,
  baseline: number,
  fs: number,
  focusYear: number,
  labelY: number,
): Mark[] {
  const marks: Mark[] = [];
  const bw = band.bandwidth();
  const bars: RectMark[] = annual.map((a) => ({
    kind: 'rect',
    key: `bar-${a.year}`,
    x: band(a.year) ?? 0,
    y: y(a.total),
    width: bw,
    height: baseline - y(a.total),
    className: `bar ${a.verified === 'no' ? 'secondary hatch' : 'primary'}${a.year === focusYear ? ' focus' : ''}`,
    label: `${a.year}: ${a.total} deaths${a.hostile === undefined ? '' : `, ${a.hostile} hostile`}${a.verified === 'no' ? ' (secondary source, not verified)' : ''}`,
    data: { year: String(a.year) },
  }));
  marks.push(...bars);
  marks.push({
    kind: 'line',
    key: 'axis-year',
    x1: band.range()[0],
    x2: band.range()[1],
    y1: baseline,
    y2: baseline,
    className: 'axis',
  });
  const yearLabel = (a: AnnualDeaths): TextMark => ({
    kind: 'text',
    key: `year-${a.year}`,
    x: (band(a.year) ?? 0) + bw / 2,
    y: labelY,
    text: String(a.year),
    fontSize: fs,
    anchor: 'middle',
    className: 'axis-label',
  });
  marks.push(...thinLabels(annual, [1, 2, 5, 10], yearLabel, 6).map(yearLabel));

  // Value labels only where the reader needs them: the peak and the year in focus.
  const peak = annual.reduce<AnnualDeaths | undefined>((a, b) => (!a || b.total > a.total ? b : a), undefined);
  const focus = annual.find((a) => a.year === focusYear);
  if (peak && peak !== focus) {
    marks.push({
      kind: 'text',
      key: 'value-peak',
      x: (band(peak.year) ?? 0) + bw / 2,
      y: y(peak.total) - 4,
      text: `${peak.year}: ${peak.total}`,
      fontSize: fs,
      anchor: 'middle',
      className: 'value-label',
    });
  }
  if (focus) {
    const right = Math.min((band(focus.year) ?? 0) + bw, band.range()[1]);
    const proto: TextMark = {
      kind: 'text',
      key: 'value-focus',
      x: right,
      y: 0,
      text: `${focus.year}: ${focus.total}`,
      fontSize: fs,
      anchor: 'end',
      className: 'value-label focus',
    };
    const box = textBox(proto);
    // Lift the label above every bar it spans so it never sits on a bar.
    const covered = bars.filter((b) => b.x < box.x1 && b.x + b.width > box.x0);
    const clear = Math.min(...covered.map((b) => b.y), y(focus.total)) - 6 - 0.25 * fs;
    marks.push({ ...proto, y: clear });
    const cx = (band(focus.year) ?? 0) + bw / 2;
    marks.push({
      kind: 'line',
      key: 'value-focus-leader',
      x1: cx,
      x2: cx,
      y1: clear + 0.25 * fs + 1,
      y2: y(focus.total) - 1,
      className: 'leader',
    });
  }
  // Bars and text are centred/anchored so that the peak label stays inside the chart.
  return marks.map((m) =>
    m.kind === 'text' && m.key === 'value-peak' ? keepInside(m, band.range()[0], band.range()[1]) : m,
  );
}

function keepInside(m: TextMark, left: number, right: number): TextMark {
  const b = textBox(m);
  if (b.x0 < left) return { ...m, x: left, anchor: 'start' };
  if (b.x1 > right) return { ...m, x: right, anchor: 'end' };
  return m;
}

function describe(state: number, c: TollCounts, annual: AnnualDeaths[], year: number): string {
  switch (state) {
    case 0:
      return `${c.total} US service members died in Afghanistan in ${year}: ${c.named} named in Pentagon releases and ${c.unidentified} whose identity and date were not released.`;
    case 1:
      return `The New York Times and AP counted ${c.combat} of the ${c.total} as killed in combat; ${c.nonCombat} were not combat deaths.`;
    case 2: {
      const pentagon =
        c.pentagonHostile === undefined ? '' : `The Pentagon counted ${c.pentagonHostile} deaths as hostile. `;
      return `${pentagon}The release wording marks ${c.hostileByRelease} as hostile; ${c.combatNotHostile} deaths counted as combat by NYT/AP were not hostile, and for ${c.hostileOpenCases} marked cases it is unresolved which one the Pentagon counts as non-hostile.`;
    }
    case 3:
      return `${c.bagram} service members were killed in the car bombing near Bagram Airfield on ${formatDay(utcDay(BAGRAM_ATTACK.date))}.`;
    default: {
      const peak = annual.reduce<AnnualDeaths | undefined>((a, b) => (!a || b.total > a.total ? b : a), undefined);
      const focus = annual.find((a) => a.year === year);
      const secondary = annual.filter((a) => a.verified === 'no');
      return `Annual US military deaths in Afghanistan, ${annual[0]?.year ?? ''}–${annual[annual.length - 1]?.year ?? ''}: ${focus?.total ?? '?'} in ${year}, against a peak of ${peak?.total ?? '?'} in ${peak?.year ?? '?'}. Totals for ${secondary[0]?.year ?? ''}–${secondary[secondary.length - 1]?.year ?? ''} come from a secondary source.`;
    }
  }
}

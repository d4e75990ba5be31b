import { max, sum } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { utcDay as d3UtcDay } from 'd3-time';
import type { CircleMark, GraphicSpec, Mark, QuoteCard, TextMark } from '../spec.ts';
import {
  firstDayOf,
  formatDay,
  formatPartialDate,
  isoDay,
  monthShort,
  utcDay,
  wallClock,
  zonedInstant,
} from '../shared/dates.ts';
import { dodgeLevels } from '../shared/dodge.ts';
import { legendRow } from '../shared/legend.ts';
import { labelsFit, lineHeight, textWidth, thinLabels } from '../shared/text.ts';
import { clampState, clampWidth, type GraphicState } from '../shared/types.ts';
import { ACTOR_GROUPS, type ActorGroup, type Channel, type Statement, type StatementsData } from './types.ts';

/** The axis runs on US Eastern wall-clock time, the zone most of the research's part-of-day notes use. */
export const AXIS_ZONE = 'America/New_York';
const DAY_MS = 86_400_000;
const MARGIN = 12;

export const GROUP_LABELS: Record<ActorGroup, string> = {
  'us-press': 'US press',
  'us-government': 'US government',
  'russian-government': 'Russian government',
  taliban: 'Taliban',
  uk: 'UK',
};

export const CHANNEL_LABELS: Record<Channel, string> = {
  newspaper: 'Newspaper',
  twitter: 'Twitter',
  'press-briefing': 'Press briefing',
  'tv-interview': 'TV interview',
  'written-statement': 'Written statement',
  letter: 'Letter',
  hearing: 'Hearing',
  'news-agency': 'News agency',
  facebook: 'Facebook',
  remarks: 'Remarks',
};

/** State 0 and a pattern for the rest: state i (i ≥ 1) activates the i-th statement in date order. */
export const states: readonly GraphicState[] = [
  {
    name: 'all-statements',
    description:
      'Every statement as a node in its lane by actor group, along the days from 26 June 2020, with the later assessments after a break.',
  },
];

/** Statements in reading order: by date, then by time where known, then by id (stable). */
export function orderedStatements(data: StatementsData): Statement[] {
  // A month-only date sorts after every dated statement of that month: it is known to be no earlier.
  const key = (st: Statement) => (st.precision === 'month' ? `${isoDay(st.date)}-99` : isoDay(st.date));
  return [...data.statements].sort(
    (a, b) => key(a).localeCompare(key(b)) || axisTime(a) - axisTime(b) || a.id.localeCompare(b.id),
  );
}

/** The full list of states for this data: one for the overview and one per statement. */
export function statesFor(data: StatementsData): GraphicState[] {
  return [
    ...states,
    ...orderedStatements(data).map((st) => ({
      name: st.id,
      description: `${st.actor}, ${formatPartialDate(st.date)}: the node is highlighted and its quote card shown.`,
    })),
  ];
}

/** Wall-clock ms on the axis zone; day-precision statements sit at midday. */
function axisTime(st: Statement): number {
  const day = isoDay(st.date);
  if (st.time && st.tz) return wallClock(zonedInstant(day, st.time, st.tz), AXIS_ZONE);
  return firstDayOf(day).getTime() + DAY_MS / 2;
}

/** Statements whose day is not known cannot sit on the day axis; they get a slot after the break. */
const offAxis = (st: Statement) => st.phase === 'later-assessment' || st.precision === 'month';

function whenText(st: Statement): string {
  const day = formatPartialDate(st.date);
  return st.time && st.tz ? `${day}, ${st.time} (${st.tz.replace(/_/g, ' ')})` : day;
}

function sourceText(st: Statement, data: StatementsData): string {
  return st.sources
    .map((id) => {
      const src = data.sources?.find((s) => s.id === id);
      if (!src) return id;
      return [src.publisher, `“${src.title}”`, ...(src.date ? [formatPartialDate(src.date)] : [])].join(', ');
    })
    .join('; ');
}

export function card(st: Statement, data: StatementsData): QuoteCard {
  return {
    key: `statement-${st.id}`,
    speaker: st.actor,
    channel: CHANNEL_LABELS[st.channel],
    date: whenText(st),
    quote: st.quotes
      .filter((q) => q.lang === 'en')
      .map((q) => q.text)
      .join(' … '),
    originals: st.quotes.filter((q) => q.lang !== 'en').map((q) => ({ text: q.text, lang: q.lang })),
    summary: st.summary,
    source: sourceText(st, data),
  };
}

function nodeLabel(st: Statement): string {
  const quote = st.quotes.find((q) => q.lang === 'en')?.text;
  return `${st.actor}, ${whenText(st)}, ${CHANNEL_LABELS[st.channel]}: ${quote ? `“${quote}”` : st.summary}`;
}

interface Geometry {
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

function geometry(width: number, compact = false): Geometry {
  const fs = width < 600 ? 12 : 14;
  const r = compact ? 4 : width < 600 ? 6 : width < 1000 ? 7 : 9;
  const narrow = width < 700;
  const labelWidth = narrow ? 0 : Math.ceil(Math.max(...ACTOR_GROUPS.map((g) => textWidth(GROUP_LABELS[g], fs)))) + 12;
  return { width, fs, r, step: 2 * r + 3, narrow, labelWidth };
}

/** On narrow screens the later assessments of one lane share a slot this many dots wide, in rows. */
const NARROW_SLOT = 4;

interface LaterGroup {
  label: string;
  items: Statement[];
  width: number;
}

/** Later assessments are months apart: they get one slot each, grouped under a month label. */
function laterGroups(later: Statement[], g: Geometry): LaterGroup[] {
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

/** The speaker as short as the room asks: "Dmitry Peskov, Kremlin press secretary" → "Dmitry Peskov". */
export function shortSpeaker(actor: string, room: number, fs: number): string {
  const candidates = [actor, actor.split(' (')[0] ?? actor, (actor.split(' (')[0] ?? actor).split(', ')[0] ?? actor];
  return candidates.find((c) => textWidth(c, fs) <= room) ?? candidates[candidates.length - 1] ?? actor;
}

/** Keeps only the statements of the given actor groups (a chapter's filtered timeline). */
export function filterStatements(data: StatementsData, filter: string): StatementsData {
  const groups = filter.split(/\s+/).filter(Boolean);
  const unknown = groups.filter((g) => !(ACTOR_GROUPS as readonly string[]).includes(g));
  if (unknown.length || groups.length === 0)
    throw new Error(
      `statements-timeline › filter "${filter}": not actor groups (fix: some of ${ACTOR_GROUPS.join(', ')})`,
    );
  return { ...data, statements: data.statements.filter((st) => groups.includes(st.group)) };
}

const dot =
  (className: string, r: number) =>
  (cx: number, cy: number, key: string): Mark[] => [{ kind: 'circle', key, cx, cy, r, className }];

export function layout(
  data: StatementsData,
  width: number,
  stateIndex: number,
  options: LayoutOptions = {},
): GraphicSpec {
  const ordered = orderedStatements(data);
  const state = clampState(stateIndex, ordered.length + 1);
  const active = state > 0 ? ordered[state - 1] : undefined;
  const g = geometry(clampWidth(width), options.compact);
  const fs = g.fs;
  const line = lineHeight(fs);

  const initial = ordered.filter((st) => !offAxis(st));
  const later = ordered.filter(offAxis);
  const groups = laterGroups(later, g);
  const breakGap = later.length ? 24 : 0;
  const laterWidth = sum(groups, (grp) => grp.width);

  const axisLeft = MARGIN + g.labelWidth;
  const axisRight = g.width - MARGIN;
  const mainRight = axisRight - laterWidth - breakGap;
  const days = initial.map((st) => utcDay(isoDay(st.date)).getTime());
  const first = Math.min(...days);
  const last = Math.max(...days) + DAY_MS;
  const x = scaleLinear().domain([first, last]).range([axisLeft, mainRight]);

  // x of every node before dodging: true time on the main axis, a slot after the break otherwise.
  const nodeX = new Map<string, number>();
  for (const st of initial) nodeX.set(st.id, Math.min(Math.max(x(axisTime(st)), axisLeft + g.r), mainRight - g.r));
  let cursor = mainRight + breakGap;
  for (const grp of groups) {
    const slots = Math.round((grp.width - 10) / g.step);
    const start = cursor + (grp.width - slots * g.step) / 2 + g.step / 2;
    const inLane = new Map<ActorGroup, number>();
    grp.items.forEach((st, i) => {
      // The shared narrow slot counts per lane, so a lane's later assessments wrap onto rows there.
      const j = g.narrow ? (inLane.get(st.group) ?? 0) : i;
      inLane.set(st.group, j + 1);
      nodeX.set(st.id, start + (j % slots) * g.step);
    });
    cursor += grp.width;
  }

  const marks: Mark[] = [];
  // Heading row, then the legend: every encoding a reader meets on the chart, in words.
  const headingY = 8 + fs;
  const sample = (cls: string) => dot(`node legend-node ${cls}`, Math.min(g.r, 6));
  const key = legendRow(
    [
      { key: 'legend-quoted', text: 'quoted', symbol: sample('quoted') },
      { key: 'legend-unquoted', text: 'reported, no quote', symbol: sample('unquoted') },
      {
        key: 'legend-active',
        text: 'this step',
        symbol: (cx, cy, k) => [
          ...sample('quoted')(cx, cy, k),
          { kind: 'circle', key: `${k}-ring`, cx, cy, r: Math.min(g.r, 6) + 3, className: 'active-ring' },
        ],
      },
      { key: 'legend-future', text: 'later than it', symbol: sample('quoted future') },
    ],
    MARGIN,
    headingY + 6,
    g.width - 2 * MARGIN,
    fs,
    2 * Math.min(g.r, 6) + 8,
  );
  for (const m of key.marks) if (m.key === 'legend-future-symbol') m.opacity = 0.35;
  marks.push(...key.marks);

  // The annotation band: the active statement's speaker and date, named in place over its node.
  const bandTop = key.bottom + 6;
  const bandBottom = bandTop + 2 * line + 2;
  const headerHeight = bandBottom - 8;

  // Lanes: same-day (or close) statements in one lane are dodged onto extra rows.
  let laneTop = 8 + headerHeight;
  const nodes: CircleMark[] = [];
  const lanes = ACTOR_GROUPS.filter((grp) => ordered.some((st) => st.group === grp));
  const order = new Map(ordered.map((st, i) => [st.id, i]));
  const activeX = active ? nodeX.get(active.id) : undefined;
  const activeLane = active ? lanes.indexOf(active.group) : -1;
  for (const group of lanes) {
    const inLane = ordered.filter((st) => st.group === group);
    const levels = dodgeLevels(
      inLane.map((st) => nodeX.get(st.id) ?? 0),
      g.step,
    );
    const rows = (max(levels) ?? 0) + 1;
    const labelRow = g.narrow ? fs + 6 : 0;
    const nodesTop = laneTop + labelRow + 6;
    const laneHeight = labelRow + 12 + rows * g.step;
    // A narrow lane's label row lies across the active statement's leader: the label steps aside.
    const labelEnd = MARGIN + textWidth(GROUP_LABELS[group], fs) + 4;
    const crossed =
      g.narrow &&
      activeX !== undefined &&
      activeLane >= lanes.indexOf(group) &&
      activeX >= MARGIN - g.r - 4 &&
      activeX <= labelEnd;
    marks.push({
      kind: 'text',
      key: `lane-${group}`,
      x: crossed && activeX !== undefined ? activeX + g.r + 6 : MARGIN,
      y: g.narrow ? laneTop + fs + 2 : nodesTop + g.step / 2 + 0.35 * fs,
      text: GROUP_LABELS[group],
      fontSize: fs,
      className: `lane-label group-${group}`,
    });
    marks.push({
      kind: 'line',
      key: `lane-rule-${group}`,
      x1: MARGIN,
      x2: axisRight,
      y1: laneTop + laneHeight,
      y2: laneTop + laneHeight,
      className: 'lane-rule',
    });
    inLane.forEach((st, i) => {
      const isActive = active?.id === st.id;
      // Statements after the active one fade, so each step shows how far the story has got.
      const future = active !== undefined && (order.get(st.id) ?? 0) > state - 1;
      const node: CircleMark = {
        kind: 'circle',
        key: `statement-${st.id}`,
        cx: nodeX.get(st.id) ?? 0,
        cy: nodesTop + g.step / 2 + (levels[i] ?? 0) * g.step,
        r: g.r,
        className: [
          // Only classes the stylesheet uses: every byte repeats once per state and step figure.
          'node',
          `group-${st.group}`,
          st.quotes.length ? 'quoted' : 'unquoted',
          isActive ? 'active' : future ? 'future' : '',
        ]
          .filter(Boolean)
          .join(' '),
        label: nodeLabel(st),
        focusable: true,
        data: { id: st.id },
      };
      if (future) node.opacity = 0.35;
      nodes.push(node);
    });
    laneTop += laneHeight;
  }
  const activeNode = nodes.find((n) => n.data?.['id'] === active?.id);
  if (activeNode && active) {
    const room = g.width - 2 * MARGIN;
    const name = shortSpeaker(active.actor, room, fs);
    const when = [
      `${whenText(active)} · ${state} of ${ordered.length}`,
      whenText(active),
      formatPartialDate(active.date),
    ];
    const date = when.find((t) => textWidth(t, fs) <= room) ?? formatPartialDate(active.date);
    const w = Math.max(textWidth(name, fs), textWidth(date, fs));
    const lx = Math.min(Math.max(activeNode.cx - 6, MARGIN), g.width - MARGIN - w);
    // Drawn before the nodes, so the leader passes behind the dots of the lanes above.
    marks.push(
      {
        kind: 'line',
        key: 'active-leader',
        x1: activeNode.cx,
        x2: activeNode.cx,
        y1: bandBottom - 2,
        y2: activeNode.cy - activeNode.r - 4,
        className: 'active-leader',
      },
      { kind: 'text', key: 'active-name', x: lx, y: bandTop + fs, text: name, fontSize: fs, className: 'active-label' },
      {
        kind: 'text',
        key: 'active-date',
        x: lx,
        y: bandTop + fs + line,
        text: date,
        fontSize: fs,
        className: 'active-date',
      },
    );
  } else {
    marks.push({
      kind: 'text',
      key: 'overview-count',
      x: MARGIN,
      y: bandTop + fs,
      text: `${ordered.length} statements by ${lanes.length === 1 ? 'one group' : `${lanes.length} groups`}`,
      fontSize: fs,
      className: 'active-label',
    });
  }
  marks.push(...nodes);
  if (activeNode) {
    marks.push({
      kind: 'circle',
      key: 'active-ring',
      cx: activeNode.cx,
      cy: activeNode.cy,
      r: g.r + 4,
      className: 'active-ring',
    });
  }

  // Day axis, the break, and the month labels of the later assessments.
  const axisY = laneTop + 4;
  const labelY = axisY + 6 + 0.85 * fs;
  marks.push({ kind: 'line', key: 'axis', x1: axisLeft, x2: mainRight, y1: axisY, y2: axisY, className: 'axis' });
  const dayStarts = d3UtcDay.range(new Date(first), new Date(last));
  // The step figures repeat the chart once per step: there the day labels go without rules.
  for (const d of options.compact ? [] : dayStarts) {
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
      text: full ? formatDay(d, false) : String(d.getUTCDate()),
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
    const months = [...new Set(dayStarts.map((d) => `${monthShort(d.getUTCMonth())}`))];
    const year = dayStarts[0].getUTCFullYear();
    marks.push({
      kind: 'text',
      key: 'axis-months',
      x: axisLeft,
      y: labelY + fs + 6,
      text:
        [`${months.join('–')} ${year}, US Eastern time`, `${months.join('–')} ${year}`].find(
          (t) => textWidth(t, fs) <= monthsRoom,
        ) ?? `${months.join('–')} ${year}`,
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
    const heading = ['Later assessments', 'Later'].find((t) => textWidth(t, fs) <= laterWidth + breakGap / 2 - 2) ?? '';
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
        key: `later-axis-${grp.label}`,
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
        key: `later-${grp.label}`,
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
  const span = firstDay && lastDay ? `${formatDay(firstDay, false)} – ${formatDay(lastDay)}` : '';
  const mainHeading = ['Statements, ' + span, span].find((t) => textWidth(t, fs) <= mainRight - MARGIN) ?? '';
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

  const spec: GraphicSpec = {
    width: g.width,
    height: Math.ceil(bottom + 10),
    title: 'Who said what, when',
    description: active
      ? `${active.actor}, ${whenText(active)} (${CHANNEL_LABELS[active.channel]}): statement ${state} of ${ordered.length}.`
      : `${ordered.length} statements by ${lanes.length} groups of actors: ${initial.length} from ${span}, then ${later.length} later assessments after a break.`,
    marks,
  };
  if (active) spec.card = card(active, data);
  return spec;
}

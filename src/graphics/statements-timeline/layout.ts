import { max, sum } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { CircleMark, GraphicSpec, Mark } from '../spec.ts';
import { isoDay, utcDay } from '../shared/dates.ts';
import { dodgeLevels } from '../shared/dodge.ts';
import { flowLegend } from '../shared/legend.ts';
import { round2 } from '../shared/round.ts';
import { lineHeight, textWidth } from '../shared/text.ts';
import { clampState, clampWidth } from '../shared/types.ts';
import { axisMarks } from './axis.ts';
import { card, nodeLabel, shortSpeaker, whenText } from './card.ts';
import { dot, geometry, laterGroups, MARGIN, type LayoutOptions } from './geometry.ts';
import { orderedStatements } from './states.ts';
import { axisTime, DAY_MS, offAxis } from './time.ts';
import { ACTOR_GROUPS, type ActorGroup, type StatementsData } from './types.ts';
import { wordsFor } from './words.ts';

export { card, shortSpeaker } from './card.ts';
export type { LayoutOptions } from './geometry.ts';
export { CHANNEL_LABELS, GROUP_LABELS } from './labels.ts';
export { filterStatements, orderedStatements, states, statesFor } from './states.ts';
export { AXIS_ZONE } from './time.ts';

export function layout(
  data: StatementsData,
  width: number,
  stateIndex: number,
  options: LayoutOptions = {},
): GraphicSpec {
  const ordered = orderedStatements(data);
  const state = clampState(stateIndex, ordered.length + 1);
  const active = state > 0 ? ordered[state - 1] : undefined;
  const w = wordsFor(data);
  const g = geometry(clampWidth(width), options.compact, w);
  const fs = g.fs;
  const line = lineHeight(fs);

  const initial = ordered.filter((st) => !offAxis(st));
  const later = ordered.filter(offAxis);
  const groups = laterGroups(later, g, w);
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
      // The shared slot counts per lane, so a lane's later assessments wrap onto rows there.
      const j = grp.shared ? (inLane.get(st.group) ?? 0) : i;
      inLane.set(st.group, j + 1);
      nodeX.set(st.id, start + (j % slots) * g.step);
    });
    cursor += grp.width;
  }

  const marks: Mark[] = [];
  // Heading row, then the legend: every encoding a reader meets on the chart, in words.
  const headingY = 8 + fs;
  const sample = (cls: string) => dot(`node legend-node ${cls}`, Math.min(g.r, 6));
  const key = flowLegend(
    [
      { key: 'legend-quoted', text: w.legend.quoted, symbol: sample('quoted') },
      { key: 'legend-unquoted', text: w.legend.unquoted, symbol: sample('unquoted') },
      {
        key: 'legend-active',
        text: w.legend.active,
        symbol: (cx, cy, k) => [
          ...sample('quoted')(cx, cy, k),
          { kind: 'circle', key: `${k}-ring`, cx, cy, r: Math.min(g.r, 6) + 3, className: 'active-ring' },
        ],
      },
      { key: 'legend-future', text: w.legend.future, symbol: sample('quoted future') },
    ],
    MARGIN,
    headingY + 6,
    g.width - MARGIN,
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
    const labelEnd = MARGIN + textWidth(w.groups[group], fs) + 4;
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
      text: w.groups[group],
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
        label: nodeLabel(st, w),
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
    const name = shortSpeaker(active.actor, room, fs, g.width - MARGIN);
    const day = w.date(active.date);
    const when = w.activeDate(whenText(active, w), day, state, ordered.length);
    const date = when.find((t) => textWidth(t, fs) <= room) ?? day;
    const labelW = Math.max(textWidth(name, fs), textWidth(date, fs));
    const lx = Math.min(Math.max(activeNode.cx - 6, MARGIN), g.width - MARGIN - labelW);
    marks.push(
      {
        kind: 'path',
        key: 'active-leader',
        d: leaderPath(activeNode, bandBottom - 2, nodes),
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
      text: w.overviewCount(ordered.length, lanes.length),
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
  const axis = axisMarks({
    x,
    first,
    last,
    axisLeft,
    axisRight,
    mainRight,
    laneTop,
    headerHeight,
    fs,
    compact: options.compact,
    groups,
    later,
    breakGap,
    laterWidth,
    words: w,
  });
  marks.push(...axis.marks);
  const { bottom, span } = axis;

  const spec: GraphicSpec = {
    width: g.width,
    height: Math.ceil(bottom + 10),
    title: w.title,
    description: active
      ? w.activeDescription(active.actor, whenText(active, w), w.channels[active.channel], state, ordered.length)
      : w.overviewDescription(ordered.length, lanes.length, initial.length, span, later.length),
    marks,
  };
  if (active) spec.card = card(active, data);
  return spec;
}

/**
 * The leader from the name over the chart down to the step's dot, broken around every dot of the lanes
 * above that stands in its way: drawn through them, it showed across hollow and faded dots.
 */
export function leaderPath(active: CircleMark, top: number, nodes: readonly CircleMark[]): string {
  const x = active.cx;
  const bottom = active.cy - active.r - 4;
  const gaps = nodes
    .filter((n) => n !== active && Math.abs(n.cx - x) < n.r + 2 && n.cy + n.r > top && n.cy - n.r < bottom)
    .map((n) => [n.cy - n.r - 2, n.cy + n.r + 2] as const)
    .sort((a, b) => a[0] - b[0]);
  // Absolute x,y pairs only, as every layout draws paths: stacked figures move them by their y's.
  const piece = (y0: number, y1: number) => `M${round2(x)},${round2(y0)}L${round2(x)},${round2(y1)}`;
  let d = '';
  let from = top;
  for (const [start, end] of gaps) {
    if (start > from) d += piece(from, start);
    from = Math.max(from, end);
  }
  if (bottom > from) d += piece(from, bottom);
  return d;
}

import type { GraphicSpec, Mark } from '../spec.ts';
import { callout } from '../shared/callout.ts';
import { firstDayOf, isoDay, utcDay } from '../shared/dates.ts';
import { textBox, textWidth, thinLabels, wrapText } from '../shared/text.ts';
import { flowLegend, type FlowEntry } from '../shared/legend.ts';
import { chartMetrics, clampState, type GraphicState } from '../shared/types.ts';
import { KIND_LABELS, STATUS_LABELS } from './labels.ts';
import { WORDS, wordsFor, type Words } from './words.ts';
import { statusSymbol } from './symbols.ts';
import {
  OUTCOME_STATUSES,
  PROPOSAL_KINDS,
  type OutcomeStatus,
  type Proposal,
  type SanctionsPathData,
} from './types.ts';

export { KIND_LABELS, STATUS_LABELS };

/** The states in one edition: the names never change, the descriptions are the edition's words. */
function statesIn(words: Words): readonly GraphicState[] {
  return [
    ...PROPOSAL_KINDS.map((kind) => ({ name: `build-${kind}`, description: words.buildState(kind) })),
    { name: 'kremlin-reply', description: words.replyState },
    { name: 'outcomes', description: words.outcomesState },
  ];
}

export const states: readonly GraphicState[] = statesIn(WORDS.en);
const RU_STATES = statesIn(WORDS.ru);

/** The states for this data, described in its edition. */
export const statesFor = (data: SanctionsPathData): readonly GraphicState[] =>
  (data.locale ?? 'en') === 'ru' ? RU_STATES : states;

const REPLY = PROPOSAL_KINDS.length;
const OUTCOMES = REPLY + 1;
const M = 12;
const DAY = 86_400_000;

/** The status line a reader sees beside the marker. */
export function statusText(p: Proposal, words: Words = WORDS.en): string {
  return words.statusLine(p.outcome.status, p.outcome.date);
}

/**
 * The reply's words: in the Russian edition its Russian original where one exists; otherwise its
 * English words about the plans (TASS), else its first English quote.
 */
export function replyQuote(data: SanctionsPathData): string {
  const russian = (data.locale ?? 'en') === 'ru' ? data.reply.quotes.find((q) => q.lang === 'ru') : undefined;
  if (russian) return russian.text;
  const english = data.reply.quotes.filter((q) => q.lang === 'en');
  return (english.find((q) => /plans/.test(q.text)) ?? english[0] ?? data.reply.quotes[0])?.text ?? '';
}

export const countsByStatus = (data: SanctionsPathData): [OutcomeStatus, number][] =>
  OUTCOME_STATUSES.map((s) => [s, data.proposals.filter((p) => p.outcome.status === s).length]);

export interface PathOptions {
  /**
   * The per-step figures: only what the state shows takes room (rows not yet added, legend entries
   * not yet used and the reply before its step are left out), so no figure has a blank band.
   */
  compact?: boolean;
}

export function layout(
  data: SanctionsPathData,
  width: number,
  stateIndex: number,
  options: PathOptions = {},
): GraphicSpec {
  const state = clampState(stateIndex, states.length);
  const words = wordsFor(data);
  const { w, wide, fs, lh } = chartMetrics(width);
  const r = wide ? 6 : 5;
  const labelW = wide ? Math.min(260, Math.round(w * 0.3)) : w - 2 * M;
  const x0 = wide ? M + labelW + 16 : M + r + 2;
  const x1 = w - M - r - 2;
  const t0 = utcDay(isoDay(data.reportDate)).getTime();
  const t1 = Math.max(utcDay(isoDay(data.asOf)).getTime(), t0 + DAY);
  const x = (t: number) => x0 + ((t - t0) / (t1 - t0)) * (x1 - x0);
  const proposals = [...data.proposals].sort((a, b) => PROPOSAL_KINDS.indexOf(a.kind) - PROPOSAL_KINDS.indexOf(b.kind));
  const shown = (p: Proposal) => state >= REPLY || PROPOSAL_KINDS.indexOf(p.kind) <= state;
  const outcomes = state === OUTCOMES;
  const marks: Mark[] = [];
  const text = (
    key: string,
    tx: number,
    ty: number,
    t: string,
    className: string,
    anchor?: 'start' | 'end' | 'middle',
  ) => marks.push({ kind: 'text', key, x: tx, y: ty, text: t, fontSize: fs, className, ...(anchor ? { anchor } : {}) });

  // Headline count: how many measures are on the chart, or what became of them.
  let y = 4;
  const total = data.proposals.length;
  const outcomeHeadline = words.outcomeHeadline(total, words.day(new Date(t1)));
  const buildHeadline = (n: number) => words.buildHeadline(words.day(new Date(t0)), n, total);
  const headline = outcomes ? outcomeHeadline : buildHeadline(data.proposals.filter(shown).length);
  // Reserve the longer headline's lines in every state, so the chart below never moves.
  const headLines = Math.max(
    ...(options.compact ? [headline] : [outcomeHeadline, buildHeadline(total)]).map(
      (h) => wrapText(h, w - 2 * M, fs).length,
    ),
  );
  wrapText(headline, w - 2 * M, fs).forEach((line, i) =>
    text(`headline-${i}`, M, y + 0.85 * fs + i * lh, line, 'headline'),
  );
  y += headLines * lh + 4;

  // Legend: every encoding, laid out in rows; status entries carry their counts and appear with the outcomes.
  const legendEntries: FlowEntry[] = [
    {
      key: 'legend-proposed',
      text: words.legendProposed,
      symbol: (cx, cy, key) => [{ kind: 'circle', key, cx, cy, r: 3.5, className: 'start-dot' }],
    },
    {
      key: 'legend-reply',
      text: words.legendReply,
      symbol: (cx, cy, key) => [{ kind: 'path', key, d: diamond(cx, cy, r), className: 'reply-marker' }],
      hidden: state < REPLY,
    },
    ...countsByStatus(data)
      .filter(([, n]) => n > 0)
      .map(([status, n]) => ({
        key: `legend-${status}`,
        text: words.legendStatus(status, n),
        symbol: (cx: number, cy: number, key: string) => statusSymbol(status, cx, cy, r, key),
        hidden: !outcomes,
      })),
  ];
  const legend = flowLegend(
    options.compact ? legendEntries.filter((e) => !e.hidden) : legendEntries,
    M,
    y,
    w - M,
    fs,
    2 * r,
  );
  marks.push(...legend.marks);
  y = legend.bottom + 10;

  // Time axis: the report's day and the day of the last check on one line, years under it, gridlines through the rows.
  const startLabel = words.axisStart(words.day(new Date(t0)));
  // The day the sources were last checked, not "today": a reader comes later than the build.
  const endLabel = words.axisEnd(words.day(new Date(t1)));
  text('axis-start', wide ? x0 - 4 : M, y + 0.85 * fs, startLabel, 'axis-label');
  text('axis-end', w - M, y + 0.85 * fs, endLabel, 'axis-label', 'end');
  y += lh;
  const years: number[] = [];
  for (let yr = new Date(t0).getUTCFullYear() + 1; Date.UTC(yr, 0, 1) <= t1; yr++) years.push(yr);
  const yearLabel = (yr: number) => ({
    x: x(Date.UTC(yr, 0, 1)),
    y: y + 0.85 * fs,
    text: String(yr),
    fontSize: fs,
    anchor: 'middle' as const,
  });
  const keptYears = thinLabels(years, [1, 2, 3], yearLabel).filter((yr) => textBox(yearLabel(yr)).x1 <= w - M);
  for (const yr of keptYears)
    text(`axis-year-${yr}`, yearLabel(yr).x, yearLabel(yr).y, String(yr), 'axis-label', 'middle');
  y += lh + 2;
  const gridTop = y;

  // Rows: geometry never depends on the state, so nothing jumps; states reveal and restyle.
  const rows = proposals
    .filter((p) => !options.compact || shown(p))
    .map((p) => {
      const lines = wrapText(p.label, labelW, fs);
      const top = y;
      const trackY = wide ? top + lh / 2 : top + lines.length * lh + r + 2;
      const statusY = trackY + r + 3 + 0.85 * fs;
      const height = wide
        ? Math.max(lines.length * lh, lh / 2 + r + 3 + lh) + 10
        : lines.length * lh + 2 * r + 5 + lh + 10;
      y += height;
      return { p, lines, top, trackY, statusY, height };
    });
  const gridBottom = y - 6;
  marks.push({
    kind: 'line',
    key: 'axis-start-rule',
    x1: x0,
    x2: x0,
    y1: gridTop - lh - 2,
    y2: gridBottom,
    className: 'start-rule',
  });
  for (const yr of years)
    marks.push({
      kind: 'line',
      key: `grid-${yr}`,
      x1: x(Date.UTC(yr, 0, 1)),
      x2: x(Date.UTC(yr, 0, 1)),
      y1: gridTop - 2,
      y2: gridBottom,
      className: 'grid',
    });

  const newest = state < REPLY ? PROPOSAL_KINDS[state] : undefined;
  for (const row of rows) {
    const { p } = row;
    if (!shown(p)) continue;
    const isNew = p.kind === newest;
    const end = p.outcome.date ? firstDayOf(p.outcome.date).getTime() : t1;
    const xe = Math.min(x1, x(end));
    marks.push({
      kind: 'rect',
      key: `measure-${p.id}`,
      x: M / 2,
      y: row.top - 4,
      width: w - M,
      height: row.height - 2,
      className: `row-hit${isNew ? ' new' : ''}`,
      label: words.rowLabel(
        words.kinds[p.kind],
        p.label,
        words.day(new Date(t0)),
        p.wording,
        outcomes ? `${statusText(p, words)}. ${p.outcome.summary}` : undefined,
      ),
      focusable: true,
      data: { id: p.id },
    });
    row.lines.forEach((line, i) =>
      text(`label-${p.id}-${i}`, M, row.top + 0.85 * fs + i * lh, line, `row-label${isNew ? ' new' : ''}`),
    );
    if (outcomes) {
      const dashed = p.outcome.status === 'no-source-found' ? ' dashed' : '';
      marks.push({
        kind: 'line',
        key: `path-${p.id}`,
        x1: x0,
        x2: xe,
        y1: row.trackY,
        y2: row.trackY,
        className: `path status-${p.outcome.status}${dashed}`,
      });
      marks.push(...statusSymbol(p.outcome.status, xe, row.trackY, r, `marker-${p.id}`));
      const st = statusText(p, words);
      const tw = textWidth(st, fs);
      const fitsRight = xe - r + tw <= w - M;
      const tx = fitsRight ? Math.max(M, xe - r) : Math.min(w - M, xe + r);
      text(
        `status-${p.id}`,
        Math.max(tx, fitsRight ? M : M + tw),
        row.statusY,
        st,
        `status-text status-${p.outcome.status}`,
        fitsRight ? 'start' : 'end',
      );
    }
    marks.push({
      kind: 'circle',
      key: `start-${p.id}`,
      cx: x0,
      cy: row.trackY,
      r: 3.5,
      className: `start-dot${isNew ? ' new' : ''}`,
    });
  }

  // The Kremlin's reply of the next day, on its own lane under the measures, named in place.
  y += 4;
  const replyDay = utcDay(isoDay(data.reply.date)).getTime();
  const rx = x(replyDay);
  const replyY = y + r + 2;
  const replyText = `${data.reply.actor}, ${words.day(new Date(replyDay))}: ${words.quote(replyQuote(data))}`;
  const laneLabel = {
    kind: 'text' as const,
    key: 'reply-lane',
    x: wide ? M : rx + r + 6,
    y: replyY + 0.35 * fs,
    text: words.replyLane,
    fontSize: fs,
  };
  const note = callout({
    key: 'reply-note',
    text: replyText,
    at: { x: rx, y: replyY },
    area: { x0: M, x1: w - M, y0: replyY + 2, y1: replyY + 400 },
    avoid: [textBox(laneLabel)],
    fontSize: fs,
    maxWidth: wide ? Math.min(520, w - 2 * M) : w - 2 * M,
  });
  if (state >= REPLY) {
    const fade = outcomes ? { opacity: 0.55 } : {};
    marks.push({ kind: 'path', key: 'reply-marker', d: diamond(rx, replyY, r), className: 'reply-marker', ...fade });
    marks.push({ ...laneLabel, className: 'axis-label', ...fade });
    marks.push(...note.marks.map((m) => ({ ...m, ...fade })));
  }
  const height = Math.ceil((options.compact && state < REPLY ? y - 4 : note.box.y1) + M);

  return {
    width: w,
    height,
    title: words.title,
    description: describe(data, state),
    marks,
  };
}

function diamond(cx: number, cy: number, r: number): string {
  return `M${cx},${cy - r}L${cx + r},${cy}L${cx},${cy + r}L${cx - r},${cy}Z`;
}

function describe(data: SanctionsPathData, state: number): string {
  const words = wordsFor(data);
  const total = data.proposals.length;
  if (state < REPLY) {
    const kind = PROPOSAL_KINDS[state];
    const shown = data.proposals.filter((p) => PROPOSAL_KINDS.indexOf(p.kind) <= state).length;
    const added = data.proposals.filter((p) => p.kind === kind).length;
    return words.describeBuild(shown, total, added, kind);
  }
  if (state === REPLY)
    return words.describeReply(
      total,
      `${data.reply.actor}, ${words.day(utcDay(isoDay(data.reply.date)))}: ${words.quote(replyQuote(data))}`,
    );
  const counts = countsByStatus(data).filter(([, n]) => n > 0);
  return words.describeOutcomes(total, words.day(utcDay(isoDay(data.asOf))), counts);
}

/** The per-step figures: the same states, each sized to what it shows. */
export const inlineLayout = (data: SanctionsPathData, width: number, stateIndex: number): GraphicSpec =>
  layout(data, width, stateIndex, { compact: true });

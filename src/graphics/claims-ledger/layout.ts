import type { GraphicSpec, Mark } from '../spec.ts';
import { lineHeight, paragraph, textWidth, wrapText } from '../shared/text.ts';
import { flowLegend } from '../shared/legend.ts';
import { chartMetrics, clampState, type GraphicState } from '../shared/types.ts';
import { claimSymbol, STATUS_LABELS } from './symbols.ts';
import { CLAIM_STATUSES, type ClaimsLedgerData, type LedgerClaim } from './types.ts';
import { firstClause, WORDS, wordsFor, type Words } from './words.ts';

export { firstClause, STATUS_LABELS };

const M = 12;
const overview = (words: Words): GraphicState => ({ name: 'all-claims', description: words.overviewState });
const OVERVIEW = overview(WORDS.en);

/** Lines break at spaces, never at a no-break space («30 июня 2020», «9 утверждений»). */
const HOLD = '\uE000';
const wrap = (t: string, width: number, fs: number): string[] =>
  wrapText(t.replace(/\u00a0/g, HOLD), width, fs).map((line) => line.replaceAll(HOLD, '\u00a0'));
const wrappedParagraph = (key: string, t: string, x: number, y: number, width: number, fs: number, cls: string) =>
  paragraph(key, t.replace(/\u00a0/g, HOLD), x, y, width, fs, cls).marks.map((m) => ({
    ...m,
    text: m.text.replaceAll(HOLD, '\u00a0'),
  }));

/** Who, without the parenthesised detail or the "citing …" tail (English; each edition's in words.ts). */
export const who = (by: string): string => WORDS.en.who(by);

export const claimLabel = (c: LedgerClaim): string => c.label ?? firstClause(c.claim, /[,;.]/);

interface Assessment {
  claim: LedgerClaim;
  index: number;
}

/** Every later assessment, in ledger order, with the permanent state name it gets. */
export function assessmentsOf(data: ClaimsLedgerData): (Assessment & { name: string })[] {
  const seen = new Set<string>();
  return data.claims.flatMap((claim) =>
    claim.assessments.map((a, index) => {
      let name = `${claim.id}-${a.date}`;
      for (let n = 2; seen.has(name); n++) name = `${claim.id}-${a.date}-${n}`;
      seen.add(name);
      return { claim, index, name };
    }),
  );
}

export const states: readonly GraphicState[] = [OVERVIEW];

/** The overview, then one state per later assessment: it is named on the chart with a leader to its dot. */
export function statesFor(data: ClaimsLedgerData): GraphicState[] {
  const words = wordsFor(data);
  return [
    overview(words),
    ...assessmentsOf(data).map(({ claim, index, name }) => {
      const a = claim.assessments[index];
      return {
        name,
        description: words.assessmentState(
          words.date(a?.date ?? claim.date),
          words.who(a?.by ?? ''),
          claimLabel(claim),
        ),
      };
    }),
  ];
}

/** An assessment named in full. Its `by` and `text` have no Russian field yet: both editions show the English. */
const assessmentText = (words: Words, c: LedgerClaim, i: number): string => {
  const a = c.assessments[i];
  return a ? `${words.date(a.date)} · ${a.by}: ${a.text}` : '';
};

export interface LedgerOptions {
  /**
   * The per-step figures (phones without JS, print, "All steps"): the note takes only the room its
   * own text needs, and a step about one assessment shows only that claim's row.
   */
  compact?: boolean;
}

export function layout(
  data: ClaimsLedgerData,
  width: number,
  stateIndex: number,
  options: LedgerOptions = {},
): GraphicSpec {
  const all = assessmentsOf(data);
  const state = clampState(stateIndex, all.length + 1);
  const active = state > 0 ? all[state - 1] : undefined;
  const words = wordsFor(data);
  const statusName = (s: LedgerClaim['status']) => words.statuses[s];
  const { w, wide } = chartMetrics(width);
  // 12 px up to the 640 px sticky graphic, so the whole ledger fits a laptop screen unscaled.
  const fs = w >= 900 ? 13 : 12;
  const lh = lineHeight(fs);
  const r = 6;
  const marks: Mark[] = [];
  const text = (key: string, x: number, y: number, t: string, className: string, anchor?: 'end') =>
    marks.push({ kind: 'text', key, x, y, text: t, fontSize: fs, className, ...(anchor ? { anchor } : {}) });

  // Headline with the counts a reader needs at a glance.
  let y = 4;
  const total = all.length;
  // One line; a headline too long for a phone wraps (the first line keeps its key).
  const headline = wrap(words.headline(data.claims.length, total), w - 2 * M, fs);
  headline.forEach((line, i) => text(i ? `headline-${i}` : 'headline', M, y + 0.85 * fs + i * lh, line, 'headline'));
  y += headline.length * lh + 4;

  // Legend: each status shape with its count, and the assessment dots.
  const counts = CLAIM_STATUSES.map((s) => [s, data.claims.filter((c) => c.status === s).length] as const).filter(
    ([, n]) => n > 0,
  );
  const legend = flowLegend(
    [
      ...counts.map(([status, n]) => ({
        key: `legend-${status}`,
        text: `${statusName(status)}: ${n}`,
        symbol: (cx: number, cy: number, key: string) => claimSymbol(status, cx, cy, r, key),
      })),
      {
        key: 'legend-assessment',
        text: words.legendAssessment,
        symbol: (cx: number, cy: number, key: string): Mark[] => [
          { kind: 'circle', key, cx, cy, r: 4, className: 'assessment' },
        ],
      },
    ],
    M,
    y,
    w - M,
    fs,
    2 * r,
  );
  marks.push(...legend.marks);
  y = legend.bottom + 6;

  // The note: what a row shows, or the active assessment named in full. On the sticky graphic it
  // keeps the height of its longest text in every state, so the rows never move.
  const panelW = w - 2 * M;
  const intro = words.intro;
  const own = active ? assessmentText(words, active.claim, active.index) : intro;
  const panelTexts = options.compact ? [own] : [intro, ...all.map((a) => assessmentText(words, a.claim, a.index))];
  const panelLines = Math.max(...panelTexts.map((t) => wrap(t, panelW, fs).length));
  const panelTop = y;
  marks.push(...wrappedParagraph('note', own, M, y, panelW, fs, active ? 'note active' : 'note'));
  y += panelLines * lh + 8;

  // Each row: the claim's name, then who made it, when, and the evidence, in one wrapped run. On wide
  // screens the dots and the status have their own columns; on phones they share the row's last line.
  const textX = M + 2 * r + 8;
  const inner = w - 2 * M;
  const side = wide ? { c: M + inner * 0.66, cw: inner * 0.17, d: M + inner * 0.84, dw: inner * 0.16 } : undefined;
  const textW = (side ? side.c - 12 : w - M) - textX;
  if (side) {
    const heads: [string, number, number][] = [
      [words.heads[0], textX, textW],
      [words.heads[1], side.c, side.cw],
      [words.heads[2], side.d, side.dw],
    ];
    const headLines = Math.max(...heads.map(([t, , cw]) => wrap(t, cw, fs).length));
    heads.forEach(([t, x, cw], i) =>
      wrap(t, cw, fs).forEach((line, j) => text(`column-${i}-${j}`, x, y + 0.85 * fs + j * lh, line, 'column-head')),
    );
    y += headLines * lh + 3;
    marks.push({ kind: 'line', key: 'column-rule', x1: M, x2: w - M, y1: y, y2: y, className: 'rule' });
    y += 5;
  }

  const shown = options.compact && active ? data.claims.filter((c) => c.id === active.claim.id) : data.claims;
  for (const claim of shown) {
    const isActive = active?.claim.id === claim.id;
    const top = y;
    const rowMarks: Mark[] = [];
    const put = (key: string, x: number, ty: number, t: string, className: string, anchor?: 'end') =>
      rowMarks.push({ kind: 'text', key, x, y: ty, text: t, fontSize: fs, className, ...(anchor ? { anchor } : {}) });
    const label = wrap(claimLabel(claim), textW, fs);
    label.forEach((l, i) =>
      put(`label-${claim.id}-${i}`, textX, top + 0.85 * fs + i * lh, l, `claim-label${isActive ? ' active' : ''}`),
    );
    let ay = top + label.length * lh;
    const about = wrap(
      words.about(words.who(claim.by), words.date(claim.date), firstClause(claim.evidence)),
      textW,
      fs,
    );
    about.forEach((l, i) => put(`by-${claim.id}-${i}`, textX, ay + 0.85 * fs + i * lh, l, 'claim-by'));
    ay += about.length * lh;

    // The assessment dots, in date order; the count follows as a number.
    const n = claim.assessments.length;
    const status = statusName(claim.status);
    const countText = n === 0 ? words.none : String(n);
    const countW = textWidth(`  ${countText}`, fs) + 4;
    // On phones the status name shares the dots' line when the dots keep 8 px apart, else it takes its own line.
    const sharedW = textW - r - countW - textWidth(status, fs) - 12;
    // A status too long to share even one dot's line takes its own line too.
    const statusOwnLine = !side && ((n > 1 && sharedW / (n - 1) < 8) || sharedW < 0);
    const stripX = side ? side.c + r : textX + r;
    const stripY = side ? top + lh / 2 : ay + lh / 2;
    const stripW = side ? side.cw - r - countW : statusOwnLine ? textW - r - countW : sharedW;
    const step = n > 1 ? Math.min(2 * r + 6, stripW / (n - 1)) : 0;
    const activeIndex = isActive ? (active?.index ?? -1) : -1;
    claim.assessments.forEach((a, i) => {
      const cls = activeIndex < 0 ? '' : i < activeIndex ? ' seen' : i === activeIndex ? ' active' : ' later';
      rowMarks.push({
        kind: 'circle',
        key: `assessment-${claim.id}-${i}`,
        cx: stripX + i * step,
        cy: stripY,
        r: i === activeIndex ? r : 4,
        className: `assessment${cls}`,
        data: { claim: claim.id, date: a.date },
      });
    });
    const countX = n === 0 ? stripX - r : stripX + (n - 1) * step + r + 6;
    put(`count-${claim.id}`, countX, stripY + 0.35 * fs, countText, 'assessment-count');
    claimSymbol(claim.status, M + r, top + lh / 2, r, `status-${claim.id}`).forEach((m) => rowMarks.push(m));
    const statusLines = side ? wrap(status, side.dw, fs) : [status];
    if (side)
      statusLines.forEach((l, i) =>
        put(`status-text-${claim.id}-${i}`, side.d, top + 0.85 * fs + i * lh, l, `status-text status-${claim.status}`),
      );
    else
      put(
        `status-text-${claim.id}`,
        w - M,
        stripY + 0.35 * fs + (statusOwnLine ? lh : 0),
        status,
        `status-text status-${claim.status}`,
        'end',
      );

    const bottom = side
      ? top + Math.max((label.length + about.length) * lh, statusLines.length * lh)
      : ay + lh * (statusOwnLine ? 2 : 1);
    const height = bottom - top + 8;
    marks.push({
      kind: 'rect',
      key: `claim-${claim.id}`,
      x: M / 2,
      y: top - 4,
      width: w - M,
      height: height,
      className: `row-hit${isActive ? ' active' : ''}`,
      label: words.rowLabel({
        label: claimLabel(claim),
        claim: claim.claim,
        by: claim.by,
        date: words.date(claim.date),
        evidence: claim.evidence,
        assessments: n,
        status,
      }),
      focusable: true,
      data: { id: claim.id },
    });
    marks.push(...rowMarks);
    y += height;

    // The active assessment: a leader from the note to its dot that crosses no text.
    if (isActive && activeIndex >= 0) {
      const dx = stripX + activeIndex * step;
      const y0 = panelTop + panelLines * lh + 2;
      // Wide: down the gutter before the assessments column, under its heading, then across to the
      // dot. Phones: down the left margin and across.
      const gutter = side ? side.c - 8 : M / 2 + 1;
      marks.push({
        kind: 'path',
        key: 'note-leader',
        d: `M${gutter},${y0}V${stripY}H${dx - r - 2}`,
        className: 'leader',
      });
    }
  }

  return {
    width: w,
    height: Math.ceil(y + 2),
    title: words.title,
    description: active
      ? `${claimLabel(active.claim)}: ${assessmentText(words, active.claim, active.index)}`
      : words.summary(
          data.claims.length,
          total,
          counts.map(([s, n]) => [statusName(s), n] as const),
        ),
    marks,
  };
}

/** The per-step figures: the same states, sized to their own text, one claim where the step is about one. */
export const inlineLayout = (data: ClaimsLedgerData, width: number, stateIndex: number): GraphicSpec =>
  layout(data, width, stateIndex, { compact: true });

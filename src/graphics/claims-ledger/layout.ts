import type { GraphicSpec, Mark } from '../spec.ts';
import { formatPartialDate } from '../shared/dates.ts';
import { lineHeight, paragraph, textWidth, wrapText } from '../shared/text.ts';
import { flowLegend } from '../shared/legend.ts';
import { chartMetrics, clampState, type GraphicState } from '../shared/types.ts';
import { claimSymbol, STATUS_LABELS } from './symbols.ts';
import { CLAIM_STATUSES, type ClaimsLedgerData, type LedgerClaim } from './types.ts';

export { STATUS_LABELS };

const M = 12;
const OVERVIEW: GraphicState = {
  name: 'all-claims',
  description:
    'Every claim of the ledger as a row: who made it and when, the evidence offered, the later assessments in date order, and its status now.',
};

/** The first clause of a free-text field ("Unnamed officials; later reports…" → "Unnamed officials"). */
export const firstClause = (text: string, stop = /[;.]/): string => text.split(stop)[0]?.trim() ?? text;
/** Who, without the parenthesised detail or the "citing …" tail. */
export const who = (by: string): string => firstClause(by, /[,;(]/);

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
  return [
    OVERVIEW,
    ...assessmentsOf(data).map(({ claim, index, name }) => {
      const a = claim.assessments[index];
      return {
        name,
        description: `The assessment of ${formatPartialDate(a?.date ?? claim.date)} by ${who(a?.by ?? '')} of the claim “${claimLabel(claim)}” is named on the chart.`,
      };
    }),
  ];
}

const assessmentText = (c: LedgerClaim, i: number): string => {
  const a = c.assessments[i];
  return a ? `${formatPartialDate(a.date)} · ${a.by}: ${a.text}` : '';
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
  text('headline', M, y + 0.85 * fs, `${data.claims.length} claims, ${total} later assessments`, 'headline');
  y += lh + 4;

  // Legend: each status shape with its count, and the assessment dots.
  const counts = CLAIM_STATUSES.map((s) => [s, data.claims.filter((c) => c.status === s).length] as const).filter(
    ([, n]) => n > 0,
  );
  const legend = flowLegend(
    [
      ...counts.map(([status, n]) => ({
        key: `legend-${status}`,
        text: `${STATUS_LABELS[status]}: ${n}`,
        symbol: (cx: number, cy: number, key: string) => claimSymbol(status, cx, cy, r, key),
      })),
      {
        key: 'legend-assessment',
        text: 'One later assessment, in date order',
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
  const intro =
    'Each row is one claim: who made it, when, the evidence offered, the later assessments and the status now.';
  const own = active ? assessmentText(active.claim, active.index) : intro;
  const panelTexts = options.compact ? [own] : [intro, ...all.map((a) => assessmentText(a.claim, a.index))];
  const panelLines = Math.max(...panelTexts.map((t) => wrapText(t, panelW, fs).length));
  const panelTop = y;
  marks.push(...paragraph('note', own, M, y, panelW, fs, active ? 'note active' : 'note').marks);
  y += panelLines * lh + 8;

  // Each row: the claim's name, then who made it, when, and the evidence, in one wrapped run. On wide
  // screens the dots and the status have their own columns; on phones they share the row's last line.
  const textX = M + 2 * r + 8;
  const inner = w - 2 * M;
  const side = wide ? { c: M + inner * 0.66, cw: inner * 0.17, d: M + inner * 0.84, dw: inner * 0.16 } : undefined;
  const textW = (side ? side.c - 12 : w - M) - textX;
  if (side) {
    const heads: [string, number, number][] = [
      ['Claim: who made it, when; evidence offered', textX, textW],
      ['Later assessments', side.c, side.cw],
      ['Status now', side.d, side.dw],
    ];
    const headLines = Math.max(...heads.map(([t, , cw]) => wrapText(t, cw, fs).length));
    heads.forEach(([t, x, cw], i) =>
      wrapText(t, cw, fs).forEach((line, j) =>
        text(`column-${i}-${j}`, x, y + 0.85 * fs + j * lh, line, 'column-head'),
      ),
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
    const label = wrapText(claimLabel(claim), textW, fs);
    label.forEach((l, i) =>
      put(`label-${claim.id}-${i}`, textX, top + 0.85 * fs + i * lh, l, `claim-label${isActive ? ' active' : ''}`),
    );
    let ay = top + label.length * lh;
    const about = wrapText(
      `${who(claim.by)}, ${formatPartialDate(claim.date)}. Evidence: ${firstClause(claim.evidence)}`,
      textW,
      fs,
    );
    about.forEach((l, i) => put(`by-${claim.id}-${i}`, textX, ay + 0.85 * fs + i * lh, l, 'claim-by'));
    ay += about.length * lh;

    // The assessment dots, in date order; the count follows as a number.
    const n = claim.assessments.length;
    const statusName = STATUS_LABELS[claim.status];
    const countText = n === 0 ? 'None' : String(n);
    const countW = textWidth(`  ${countText}`, fs) + 4;
    // On phones the status name shares the dots' line when the dots keep 8 px apart, else it takes its own line.
    const sharedW = textW - r - countW - textWidth(statusName, fs) - 12;
    const statusOwnLine = !side && n > 1 && sharedW / (n - 1) < 8;
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
    const statusLines = side ? wrapText(statusName, side.dw, fs) : [statusName];
    if (side)
      statusLines.forEach((l, i) =>
        put(`status-text-${claim.id}-${i}`, side.d, top + 0.85 * fs + i * lh, l, `status-text status-${claim.status}`),
      );
    else
      put(
        `status-text-${claim.id}`,
        w - M,
        stripY + 0.35 * fs + (statusOwnLine ? lh : 0),
        statusName,
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
      label: `${claimLabel(claim)}. ${claim.claim} Said by ${claim.by}, ${formatPartialDate(claim.date)}. Evidence: ${claim.evidence} Later assessments: ${n}. Status: ${statusName}.`,
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
    title: 'The ledger of claims: who made each, the evidence offered, later assessments, status now',
    description: active
      ? `${claimLabel(active.claim)}: ${assessmentText(active.claim, active.index)}`
      : `${data.claims.length} claims and ${total} later assessments. Status now: ${counts.map(([s, n]) => `${STATUS_LABELS[s].toLowerCase()} ${n}`).join(', ')}.`,
    marks,
  };
}

/** The per-step figures: the same states, sized to their own text, one claim where the step is about one. */
export const inlineLayout = (data: ClaimsLedgerData, width: number, stateIndex: number): GraphicSpec =>
  layout(data, width, stateIndex, { compact: true });

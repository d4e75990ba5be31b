import type { GraphicSpec, Mark } from '../spec.ts';
import { formatPartialDate } from '../shared/dates.ts';
import { paragraph, textWidth, wrapText } from '../shared/text.ts';
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

export function layout(data: ClaimsLedgerData, width: number, stateIndex: number): GraphicSpec {
  const all = assessmentsOf(data);
  const state = clampState(stateIndex, all.length + 1);
  const active = state > 0 ? all[state - 1] : undefined;
  const { w, wide, fs, lh } = chartMetrics(width);
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
  y = legend.bottom + 8;

  // The note panel: what a row shows, or the active assessment named in full. Its height is the
  // tallest it gets in any state, so the rows never move.
  const panelW = w - 2 * M;
  const intro = wide
    ? 'Each row is one claim. Columns: who made it and when, the evidence offered, the later assessments, the status now.'
    : 'Each row is one claim: who made it and when, the evidence offered, the later assessments (dots) and the status now.';
  const panelTexts = [intro, ...all.map((a) => assessmentText(a.claim, a.index))];
  const panelLines = Math.max(...panelTexts.map((t) => wrapText(t, panelW, fs).length));
  const panelTop = y;
  const note = paragraph(
    'note',
    active ? assessmentText(active.claim, active.index) : intro,
    M,
    y,
    panelW,
    fs,
    active ? 'note active' : 'note',
  );
  marks.push(...note.marks);
  y += panelLines * lh + 10;

  // Columns on wide screens; one stacked block per claim on phones.
  const inner = w - 2 * M;
  const col = wide
    ? {
        a: M + 2 * r + 8,
        aw: inner * 0.36 - 2 * r - 8,
        b: M + inner * 0.38,
        bw: inner * 0.2,
        c: M + inner * 0.6,
        cw: inner * 0.2,
        d: M + inner * 0.82,
        dw: inner * 0.18,
      }
    : undefined;
  if (col) {
    const heads: [string, number, number][] = [
      ['Claim; who made it, when', col.a, col.aw],
      ['Evidence offered', col.b, col.bw],
      ['Later assessments', col.c, col.cw],
      ['Status now', col.d, col.dw],
    ];
    const headLines = Math.max(...heads.map(([t, , cw]) => wrapText(t, cw, fs).length));
    heads.forEach(([t, x, cw], i) =>
      wrapText(t, cw, fs).forEach((line, j) =>
        text(`column-${i}-${j}`, x, y + 0.85 * fs + j * lh, line, 'column-head'),
      ),
    );
    y += headLines * lh + 4;
    marks.push({ kind: 'line', key: 'column-rule', x1: M, x2: w - M, y1: y, y2: y, className: 'rule' });
    y += 6;
  }

  for (const claim of data.claims) {
    const isActive = active?.claim.id === claim.id;
    const top = y;
    const textX = col ? col.a : M + 2 * r + 8;
    const textW = col ? col.aw : w - M - textX;
    const label = wrapText(claimLabel(claim), textW, fs);
    const byLine = wrapText(`${col ? '' : 'Said by '}${who(claim.by)}, ${formatPartialDate(claim.date)}`, textW, fs);
    const evidence = wrapText(`${col ? '' : 'Evidence: '}${firstClause(claim.evidence)}`, col ? col.bw : textW, fs);
    const rowMarks: Mark[] = [];
    const put = (key: string, x: number, ty: number, t: string, className: string, anchor?: 'end') =>
      rowMarks.push({ kind: 'text', key, x, y: ty, text: t, fontSize: fs, className, ...(anchor ? { anchor } : {}) });
    label.forEach((l, i) =>
      put(`label-${claim.id}-${i}`, textX, top + 0.85 * fs + i * lh, l, `claim-label${isActive ? ' active' : ''}`),
    );
    let ay = top + label.length * lh;
    byLine.forEach((l, i) => put(`by-${claim.id}-${i}`, textX, ay + 0.85 * fs + i * lh, l, 'claim-by'));
    ay += byLine.length * lh;
    const evTop = col ? top : ay;
    evidence.forEach((l, i) =>
      put(`evidence-${claim.id}-${i}`, col ? col.b : textX, evTop + 0.85 * fs + i * lh, l, 'claim-evidence'),
    );
    if (!col) ay += evidence.length * lh;

    // The assessment dots, in date order; the count follows as a number.
    const n = claim.assessments.length;
    const stripX = col ? col.c + r : textX + r;
    const stripY = col ? top + lh / 2 : ay + lh / 2;
    const countText = n === 0 ? 'None' : String(n);
    const statusName = STATUS_LABELS[claim.status];
    const countW = textWidth(`  ${countText}`, fs) + 4;
    // On phones the status name shares the dots' line when the dots keep 8 px apart, else it takes its own line.
    const sharedW = textW - r - countW - textWidth(statusName, fs) - 12;
    const statusOwnLine = !col && n > 1 && sharedW / (n - 1) < 8;
    const stripW = col ? col.cw - r - countW : statusOwnLine ? textW - r - countW : sharedW;
    const step = n > 1 ? Math.min(2 * r + 6, stripW / (n - 1)) : 0;
    const activeIndex = isActive ? (active?.index ?? -1) : -1;
    claim.assessments.forEach((a, i) => {
      const state = activeIndex < 0 ? '' : i < activeIndex ? ' seen' : i === activeIndex ? ' active' : ' later';
      rowMarks.push({
        kind: 'circle',
        key: `assessment-${claim.id}-${i}`,
        cx: stripX + i * step,
        cy: stripY,
        r: i === activeIndex ? r : 4,
        className: `assessment${state}`,
        data: { claim: claim.id, date: a.date },
      });
    });
    const countX = n === 0 ? stripX - r : stripX + (n - 1) * step + r + 6;
    put(`count-${claim.id}`, countX, stripY + 0.35 * fs, countText, 'assessment-count');
    // Status: the shape by the label, and its name in its column (wide) or at the end of the dots line (phone).
    claimSymbol(claim.status, M + r, top + lh / 2, r, `status-${claim.id}`).forEach((m) => rowMarks.push(m));
    if (col)
      wrapText(statusName, col.dw, fs).forEach((l, i) =>
        put(`status-text-${claim.id}-${i}`, col.d, top + 0.85 * fs + i * lh, l, `status-text status-${claim.status}`),
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

    const bottom = col
      ? top +
        Math.max(
          (label.length + byLine.length) * lh,
          evidence.length * lh,
          lh,
          wrapText(statusName, col.dw, fs).length * lh,
        )
      : ay + lh * (statusOwnLine ? 2 : 1);
    const height = bottom - top + 10;
    marks.push({
      kind: 'rect',
      key: `claim-${claim.id}`,
      x: M / 2,
      y: top - 5,
      width: w - M,
      height: height,
      className: `row-hit${isActive ? ' active' : ''}`,
      label: `${claimLabel(claim)}. ${claim.claim} Said by ${claim.by}, ${formatPartialDate(claim.date)}. Evidence: ${claim.evidence} Later assessments: ${n}. Status: ${statusName}.`,
      focusable: true,
      data: { id: claim.id },
    });
    marks.push(...rowMarks);
    y += height;

    // The active assessment: a leader from the note above to its dot.
    if (isActive && activeIndex >= 0) {
      const dx = stripX + activeIndex * step;
      const y0 = panelTop + panelLines * lh + 2;
      // Phones: down the left margin and across to the dot, so the leader crosses no text.
      // Wide: down the gutter before the assessments column, under its heading, then across to the dot.
      const gutter = col ? col.c - 8 : M / 2 + 1;
      const d = `M${gutter},${y0}V${stripY}H${dx - r - 2}`;
      marks.push({ kind: 'path', key: 'note-leader', d, className: 'leader' });
    }
  }

  return {
    width: w,
    height: Math.ceil(y + 4),
    title: 'The ledger of claims: who made each, the evidence offered, later assessments, status now',
    description: active
      ? `${claimLabel(active.claim)}: ${assessmentText(active.claim, active.index)}`
      : `${data.claims.length} claims and ${total} later assessments. Status now: ${counts.map(([s, n]) => `${STATUS_LABELS[s].toLowerCase()} ${n}`).join(', ')}.`,
    marks,
  };
}

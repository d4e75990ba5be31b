import { max } from 'd3-array';
import type { GraphicSpec, Mark, RectMark } from '../spec.ts';
import { formatDay, isoDay, utcDay } from '../shared/dates.ts';
import { lineHeight, paragraph, wrapText } from '../shared/text.ts';
import { clampState, clampWidth, type GraphicState } from '../shared/types.ts';
import { PROPOSAL_KINDS, type OutcomeStatus, type Proposal, type ProposalKind, type SanctionsData } from './types.ts';

export const KIND_LABELS: Record<ProposalKind, string> = {
  designation: 'Designation',
  energy: 'Energy',
  'sovereign-debt': 'Sovereign debt',
  'financial-system': 'Financial system / SWIFT',
  'individuals-and-proxies': 'Individuals and proxies',
  other: 'Other',
};

export const STATUS_LABELS: Record<OutcomeStatus, string> = {
  enacted: 'Enacted',
  'partly-enacted': 'Partly enacted',
  'introduced-not-passed': 'Introduced, not passed',
  'not-enacted': 'Not enacted',
  'no-source-found': 'No source found',
};

export const states: readonly GraphicState[] = [
  ...PROPOSAL_KINDS.map((kind) => ({
    name: `build-${kind}`,
    description: `The proposal's measures on ${KIND_LABELS[kind].toLowerCase()} join the chart as labelled blocks, with the report's wording.`,
  })),
  {
    name: 'kremlin-reply',
    description: "The Kremlin's reply of 11 June 2020, by its spokesman Dmitry Peskov, is shown beside the proposal.",
  },
  {
    name: 'outcomes',
    description:
      'Each measure carries a marker of what became of it as far as sources show, with a date; measures without a source say so.',
  },
];

const REPLY_STATE = PROPOSAL_KINDS.length;
const OUTCOME_STATE = REPLY_STATE + 1;
const MARGIN = 12;
const GUTTER = 16;
const PAD = 8;

export function statusText(p: Proposal): string {
  const label = STATUS_LABELS[p.outcome.status];
  if (!p.outcome.date) return label;
  const day = formatDay(utcDay(isoDay(p.outcome.date)));
  return `${label}${p.outcome.status === 'not-enacted' ? ', as of' : ':'} ${day}`;
}

function replyText(data: SanctionsData): string {
  const quote = data.reply.quotes[0]?.text ?? '';
  return `${data.reply.actor}, ${formatDay(utcDay(isoDay(data.reply.date)))}: “${quote}”`;
}

interface Block {
  proposal: Proposal;
  x: number;
  y: number;
  width: number;
  height: number;
  labelLines: string[];
  statusLines: string[];
}

interface Group {
  kind: ProposalKind;
  x: number;
  y: number;
  heading: string[];
  blocks: Block[];
}

export function layout(data: SanctionsData, width: number, stateIndex: number): GraphicSpec {
  const state = clampState(stateIndex, states.length);
  const w = clampWidth(width);
  const fs = w < 600 ? 12 : 14;
  const lh = lineHeight(fs);
  const cols = w < 600 ? 1 : w < 1000 ? 2 : 3;
  const colWidth = (w - 2 * MARGIN - (cols - 1) * GUTTER) / cols;
  const marker = fs;
  const kinds = PROPOSAL_KINDS.filter((k) => data.proposals.some((p) => p.kind === k));

  // Geometry does not depend on the state, so blocks never jump: states only reveal and restyle.
  const groups: Group[] = kinds.map((kind) => {
    const heading = wrapText(
      `${KIND_LABELS[kind]} (${data.proposals.filter((p) => p.kind === kind).length})`,
      colWidth,
      fs,
    );
    const blocks = data.proposals
      .filter((p) => p.kind === kind)
      .map((proposal) => {
        const labelLines = wrapText(proposal.label, colWidth - 2 * PAD, fs);
        const statusLines = wrapText(statusText(proposal), colWidth - 2 * PAD - marker - 6, fs);
        const height = PAD + labelLines.length * lh + 6 + statusLines.length * lh + PAD;
        return { proposal, x: 0, y: 0, width: colWidth, height, labelLines, statusLines };
      });
    return { kind, x: 0, y: 0, heading, blocks };
  });
  const groupHeight = (grp: Group) => grp.heading.length * lh + 6 + grp.blocks.reduce((s, b) => s + b.height + 8, 0);
  let top = 8;
  for (let row = 0; row * cols < groups.length; row++) {
    const inRow = groups.slice(row * cols, row * cols + cols);
    inRow.forEach((grp, i) => {
      grp.x = MARGIN + i * (colWidth + GUTTER);
      grp.y = top;
      let y = top + grp.heading.length * lh + 6;
      for (const b of grp.blocks) {
        b.x = grp.x;
        b.y = y;
        y += b.height + 8;
      }
    });
    top += (max(inRow, groupHeight) ?? 0) + 12;
  }

  const marks: Mark[] = [];
  groups.forEach((grp) => {
    const step = PROPOSAL_KINDS.indexOf(grp.kind);
    if (state < step) return;
    grp.heading.forEach((line, i) =>
      marks.push({
        kind: 'text',
        key: `heading-${grp.kind}-${i}`,
        x: grp.x,
        y: grp.y + 0.85 * fs + i * lh,
        text: line,
        fontSize: fs,
        className: 'group-heading',
      }),
    );
    for (const b of grp.blocks) marks.push(...blockMarks(b, state, step, fs, lh, marker));
  });

  // The reply sits under the blocks; its space is reserved in every state.
  const reply = paragraph('reply', replyText(data), MARGIN + 10, top + 4, w - 2 * MARGIN - 10, fs, 'reply-text');
  if (state >= REPLY_STATE) {
    const fade = state === OUTCOME_STATE ? 0.6 : undefined;
    marks.push({
      kind: 'line',
      key: 'reply-rule',
      x1: MARGIN + 2,
      x2: MARGIN + 2,
      y1: top,
      y2: reply.bottom + 2,
      className: 'reply-rule',
      ...(fade ? { opacity: fade } : {}),
    });
    marks.push(...reply.marks.map((m) => (fade ? { ...m, opacity: fade } : m)));
  }

  const shown = data.proposals.filter((p) => PROPOSAL_KINDS.indexOf(p.kind) <= state);
  const newest = state < REPLY_STATE ? PROPOSAL_KINDS[state] : undefined;
  const spec: GraphicSpec = {
    width: w,
    height: Math.ceil(reply.bottom + 12),
    title: 'The Republican Study Committee’s Russia measures, 10 June 2020',
    description: describe(data, state, shown.length, newest),
    marks,
  };
  return spec;
}

function blockMarks(b: Block, state: number, step: number, fs: number, lh: number, marker: number): Mark[] {
  const p = b.proposal;
  const outcomes = state === OUTCOME_STATE;
  const rect: RectMark = {
    kind: 'rect',
    key: `proposal-${p.id}`,
    x: b.x,
    y: b.y,
    width: b.width,
    height: b.height,
    rx: 3,
    className: ['block', `kind-${p.kind}`, state === step ? 'new' : '', outcomes ? `status-${p.outcome.status}` : '']
      .filter(Boolean)
      .join(' '),
    label: `${KIND_LABELS[p.kind]}: ${p.label}. Report wording: “${p.wording}”${outcomes ? `. Outcome: ${statusText(p)}. ${p.outcome.summary}` : ''}`,
    focusable: true,
    data: { id: p.id },
  };
  const marks: Mark[] = [rect];
  b.labelLines.forEach((line, i) =>
    marks.push({
      kind: 'text',
      key: `proposal-${p.id}-label-${i}`,
      x: b.x + PAD,
      y: b.y + PAD + 0.85 * fs + i * lh,
      text: line,
      fontSize: fs,
      className: 'block-label',
    }),
  );
  if (outcomes) {
    const sy = b.y + PAD + b.labelLines.length * lh + 6;
    marks.push({
      kind: 'rect',
      key: `status-${p.id}`,
      x: b.x + PAD,
      y: sy + (lh - marker) / 2,
      width: marker,
      height: marker,
      className: `status-marker status-${p.outcome.status}`,
      data: { status: p.outcome.status },
    });
    b.statusLines.forEach((line, i) =>
      marks.push({
        kind: 'text',
        key: `status-${p.id}-text-${i}`,
        x: b.x + PAD + marker + 6,
        y: sy + 0.85 * fs + i * lh,
        text: line,
        fontSize: fs,
        className: `status-text status-${p.outcome.status}`,
      }),
    );
  }
  return marks;
}

function describe(data: SanctionsData, state: number, shown: number, newest: ProposalKind | undefined): string {
  const total = data.proposals.length;
  if (newest) {
    const added = data.proposals.filter((p) => p.kind === newest).length;
    return `${shown} of the ${total} Russia measures shown; this step adds ${added} on ${KIND_LABELS[newest].toLowerCase()}.`;
  }
  if (state === REPLY_STATE) return `All ${total} measures, and the Kremlin's reply: ${replyText(data)}`;
  const counts = Object.entries(STATUS_LABELS)
    .map(([status, label]) => [label, data.proposals.filter((p) => p.outcome.status === status).length] as const)
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${label.toLowerCase()}: ${n}`);
  return `What became of the ${total} measures, as far as sources show: ${counts.join('; ')}.`;
}

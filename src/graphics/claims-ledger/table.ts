import { formatPartialDate } from '../shared/dates.ts';
import type { DataTable } from '../shared/types.ts';
import { claimLabel, STATUS_LABELS } from './layout.ts';
import type { ClaimsLedgerData } from './types.ts';

export const description =
  'The ledger of claims: for each claim, who made it and when, the evidence offered, the later assessments in date order, and its status now.';

export function tableRows(data: ClaimsLedgerData): DataTable[] {
  return [
    {
      caption: `The ledger of claims (${data.claims.length})`,
      header: [
        'Claim',
        'In full (attributed)',
        'Said by',
        'Date',
        'Evidence offered',
        'Later assessments',
        'Status now',
        'Sources',
      ],
      rows: data.claims.map((c) => [
        claimLabel(c),
        c.claim,
        c.by,
        formatPartialDate(c.date),
        c.evidence,
        c.assessments.map((a) => `${formatPartialDate(a.date)}, ${a.by}: ${a.text}`).join(' | ') || 'None',
        STATUS_LABELS[c.status],
        [...c.sources, ...c.assessments.flatMap((a) => a.sources)].join(', '),
      ]),
      rowIds: data.claims.map((c) => c.id),
    },
  ];
}

export function sourceLine(data: ClaimsLedgerData): string {
  const ids = new Set(data.claims.flatMap((c) => [...c.sources, ...c.assessments.flatMap((a) => a.sources)]));
  return `Sources: ${ids.size} reports, statements and documents, one or more for each claim and each assessment (see table). Statuses are the ledger’s summary of those sources.`;
}

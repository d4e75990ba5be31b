import { isoDay } from '../shared/dates.ts';
import type { DataTable } from '../shared/types.ts';
import { KIND_LABELS, STATUS_LABELS } from './layout.ts';
import type { SanctionsData } from './types.ts';

export const description =
  'The Republican Study Committee’s Russia measures of 10 June 2020 by kind, the Kremlin’s reply, and what became of each measure as far as sources show.';

export function tableRows(data: SanctionsData): DataTable[] {
  return [
    {
      caption: `The report’s Russia measures (${data.proposals.length}) and what became of them`,
      header: ['Kind', 'Measure', 'Report wording (as quoted)', 'Status', 'Date', 'What happened', 'Sources'],
      rows: data.proposals.map((p) => [
        KIND_LABELS[p.kind],
        p.label,
        p.wording,
        STATUS_LABELS[p.outcome.status],
        p.outcome.date ? isoDay(p.outcome.date) : '',
        p.outcome.summary,
        [...p.sources, ...p.outcome.sources].join(', '),
      ]),
      rowIds: data.proposals.map((p) => p.id),
    },
  ];
}

export function sourceLine(data: SanctionsData): string {
  const ids = new Set([...data.proposals.flatMap((p) => [...p.sources, ...p.outcome.sources]), ...data.reply.sources]);
  return `Sources: the report as quoted in press reports of 10–12 June 2020, and ${ids.size} sources in all for the measures, their outcomes and the Kremlin’s reply (see table). No source links any later measure to the report.`;
}

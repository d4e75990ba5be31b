import { formatPartialDate } from '../shared/dates.ts';
import type { DataTable } from '../shared/types.ts';
import { KIND_LABELS, STATUS_LABELS } from './layout.ts';
import type { SanctionsPathData } from './types.ts';

export const description =
  'Each of the Republican Study Committee’s Russia measures of 10 June 2020 on a time axis to today: the Kremlin’s reply the next day, and what became of each measure, with its date, as far as sources show.';

export function tableRows(data: SanctionsPathData): DataTable[] {
  return [
    {
      caption: `The report’s Russia measures (${data.proposals.length}): proposed 10 June 2020, and what became of them`,
      header: ['Measure', 'Kind', 'Report wording (as quoted)', 'Status', 'Date', 'What happened', 'Sources'],
      rows: data.proposals.map((p) => [
        p.label,
        KIND_LABELS[p.kind],
        p.wording,
        STATUS_LABELS[p.outcome.status],
        p.outcome.date ? formatPartialDate(p.outcome.date) : '',
        p.outcome.summary,
        [...p.sources, ...p.outcome.sources].join(', '),
      ]),
      rowIds: data.proposals.map((p) => p.id),
    },
  ];
}

export function sourceLine(data: SanctionsPathData): string {
  const ids = new Set([...data.proposals.flatMap((p) => [...p.sources, ...p.outcome.sources]), ...data.reply.sources]);
  return `Sources: the report as quoted in press reports of 10–12 June 2020; ${ids.size} sources in all for the measures, their outcomes and the Kremlin’s reply (see table). No source links any later measure to the report.`;
}

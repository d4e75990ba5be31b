import { isoDay } from '../shared/dates.ts';
import type { DataTable } from '../shared/types.ts';
import { CHANNEL_LABELS, GROUP_LABELS, orderedStatements } from './layout.ts';
import type { StatementsData } from './types.ts';

export const description =
  'Public statements on the bounty report by US press, US government, Russian government, Taliban and UK, 26 June to early July 2020, and the later assessments.';

export function tableRows(data: StatementsData): DataTable[] {
  const ordered = orderedStatements(data);
  return [
    {
      caption: `Statements in date order (${ordered.length})`,
      header: ['Id', 'Date', 'Time', 'Who', 'Group', 'Channel', 'Quote', 'Summary', 'Sources'],
      rows: ordered.map((st) => [
        st.id,
        isoDay(st.date),
        st.time && st.tz ? `${st.time} ${st.tz}` : '',
        st.actor,
        GROUP_LABELS[st.group],
        CHANNEL_LABELS[st.channel],
        st.quotes.map((q) => q.text).join(' … '),
        st.summary,
        st.sources.join(', '),
      ]),
      rowIds: ordered.map((st) => st.id),
    },
  ];
}

export function sourceLine(data: StatementsData): string {
  const ids = new Set(data.statements.flatMap((st) => st.sources));
  return `Sources: ${ids.size} published sources cited per statement (see table); times converted to US Eastern time where a clock time is documented.`;
}

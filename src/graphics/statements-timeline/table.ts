import { isoDay } from '../shared/dates.ts';
import type { DataTable } from '../shared/types.ts';
import { orderedStatements } from './layout.ts';
import type { StatementsData } from './types.ts';
import { WORDS, wordsFor } from './words.ts';

export const description = WORDS.en.description;

/** The description in the data's edition. */
export const descriptionFor = (data: StatementsData): string => wordsFor(data).description;

export function tableRows(data: StatementsData): DataTable[] {
  const ordered = orderedStatements(data);
  const w = wordsFor(data);
  return [
    {
      caption: w.caption(ordered.length),
      header: [...w.header],
      rows: ordered.map((st) => [
        st.id,
        isoDay(st.date),
        w.timeCell(st.time, st.tz),
        st.actor,
        w.groups[st.group],
        w.channelCell(st.channel),
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
  return wordsFor(data).sourceLine(ids.size);
}

import type { DataTable } from '../shared/types.ts';
import type { SanctionsPathData } from './types.ts';
import { WORDS, wordsFor } from './words.ts';

export const description = WORDS.en.description;

/** The description in the data's edition. */
export const descriptionFor = (data: SanctionsPathData): string => wordsFor(data).description;

export function tableRows(data: SanctionsPathData): DataTable[] {
  const words = wordsFor(data);
  return [
    {
      caption: words.tableCaption(data.proposals.length),
      header: words.tableHeader,
      rows: data.proposals.map((p) => [
        p.label,
        words.kinds[p.kind],
        p.wording,
        words.statuses[p.outcome.status],
        p.outcome.date ? words.partialDate(p.outcome.date) : '',
        p.outcome.summary,
        [...p.sources, ...p.outcome.sources].join(', '),
      ]),
      rowIds: data.proposals.map((p) => p.id),
    },
  ];
}

export function sourceLine(data: SanctionsPathData): string {
  const ids = new Set([...data.proposals.flatMap((p) => [...p.sources, ...p.outcome.sources]), ...data.reply.sources]);
  return wordsFor(data).sourceLine(ids.size);
}

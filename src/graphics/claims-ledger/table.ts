import type { DataTable } from '../shared/types.ts';
import { claimLabel } from './layout.ts';
import type { ClaimsLedgerData } from './types.ts';
import { WORDS, wordsFor } from './words.ts';

export const description = WORDS.en.description;

/** The description in the data's edition. */
export const descriptionFor = (data: ClaimsLedgerData): string => wordsFor(data).description;

export function tableRows(data: ClaimsLedgerData): DataTable[] {
  const words = wordsFor(data);
  return [
    {
      caption: words.caption(data.claims.length),
      header: [...words.header],
      rows: data.claims.map((c) => [
        claimLabel(c),
        c.claim,
        c.by,
        words.date(c.date),
        // Evidence and the assessments' `by` and `text` have no Russian field yet: English in both editions.
        c.evidence,
        c.assessments.map((a) => `${words.date(a.date)}, ${a.by}: ${a.text}`).join(' | ') || words.none,
        words.statuses[c.status],
        [...c.sources, ...c.assessments.flatMap((a) => a.sources)].join(', '),
      ]),
      rowIds: data.claims.map((c) => c.id),
    },
  ];
}

export function sourceLine(data: ClaimsLedgerData): string {
  const ids = new Set(data.claims.flatMap((c) => [...c.sources, ...c.assessments.flatMap((a) => a.sources)]));
  return wordsFor(data).sourceLine(ids.size);
}

import type { DataTable } from '../shared/types.ts';
import { REPORT_ELEMENTS, type ReportOutletsData } from './types.ts';
import { WORDS, wordsFor } from './words.ts';

/** The English description; `descriptionFor` gives the data's edition. */
export const description = WORDS.en.description({ reports: [] });

export const descriptionFor = (data: ReportOutletsData): string => wordsFor(data).description(data);

export function tableRows(data: ReportOutletsData): DataTable[] {
  const words = wordsFor(data);
  return [
    {
      caption: words.tableCaption(data.reports.length),
      header: words.tableHeader(REPORT_ELEMENTS.map((e) => words.elements[e])),
      rows: data.reports.map((r) => {
        const cell = (e: (typeof REPORT_ELEMENTS)[number]) => {
          const c = r.elements.find((x) => x.element === e);
          return c ? `${c.summary} (${c.sources.join(', ')})` : '';
        };
        return [
          r.outlet,
          words.day(r.date),
          ...REPORT_ELEMENTS.map(cell),
          words.tableOfficials(r),
          [...new Set([...r.elements.flatMap((e) => e.sources), ...r.officials.sources])].join(', '),
        ];
      }),
      rowIds: data.reports.map((r) => r.id),
    },
  ];
}

export function sourceLine(data: ReportOutletsData): string {
  const ids = new Set(data.reports.flatMap((r) => [...r.elements.flatMap((e) => e.sources), ...r.officials.sources]));
  return wordsFor(data).sourceLine(ids.size);
}

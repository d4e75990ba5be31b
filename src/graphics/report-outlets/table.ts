import { formatDay, utcDay } from '../shared/dates.ts';
import type { DataTable } from '../shared/types.ts';
import { ELEMENT_LABELS } from './layout.ts';
import { REPORT_ELEMENTS, type ReportOutletsData } from './types.ts';

export const description =
  'Who reported what: each press report on the bounty story from 26 June to 3 July 2020, by date, the elements of the story it carried, and how many officials it cited where a source says.';

export function tableRows(data: ReportOutletsData): DataTable[] {
  return [
    {
      caption: `Press reports (${data.reports.length}) and the elements of the story each carried`,
      header: ['Report', 'Date', ...REPORT_ELEMENTS.map((e) => ELEMENT_LABELS[e]), 'Officials cited', 'Sources'],
      rows: data.reports.map((r) => {
        const cell = (e: (typeof REPORT_ELEMENTS)[number]) => {
          const c = r.elements.find((x) => x.element === e);
          return c ? `${c.summary} (${c.sources.join(', ')})` : '';
        };
        return [
          r.outlet,
          formatDay(utcDay(r.date)),
          ...REPORT_ELEMENTS.map(cell),
          `${r.officials.count === 'not-stated' ? 'Not stated' : r.officials.count}: “${r.officials.wording}” (${r.officials.sources.join(', ')})`,
          [...new Set([...r.elements.flatMap((e) => e.sources), ...r.officials.sources])].join(', '),
        ];
      }),
      rowIds: data.reports.map((r) => r.id),
    },
  ];
}

export function sourceLine(data: ReportOutletsData): string {
  const ids = new Set(data.reports.flatMap((r) => [...r.elements.flatMap((e) => e.sources), ...r.officials.sources]));
  return `Sources: ${ids.size} copies and summaries of the reports, one or more for each cell (see table). Most of the reports were read in syndicated copies or in other outlets’ summaries.`;
}

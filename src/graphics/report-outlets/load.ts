import type { LoadedContent } from '../../lib/content/load.ts';
import type { ReportOutletsData } from './types.ts';

/** The graphic's data from the validated content: the press reports, by date. */
export const loadReportOutlets = (content: Pick<LoadedContent, 'reports'>): ReportOutletsData => ({
  reports: content.reports.map((r) => r.value).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
});

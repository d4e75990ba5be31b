import type { Content } from '../../lib/content/content.ts';
import type { ReportOutletsData } from './types.ts';

/** The graphic's data from the validated content: the press reports, by date. */
export const load = (content: Pick<Content, 'reports'>): ReportOutletsData => ({
  reports: [...content.reports].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
});

/** The downloads (/data/<name>.csv and .json) that hold this graphic's data. */
export const datasets = ['reports'] as const;

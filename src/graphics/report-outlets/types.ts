import { REPORT_ELEMENTS, type Report } from '../../lib/content/schemas.ts';
import type { Locale } from '../../lib/i18n/locales.ts';

export { REPORT_ELEMENTS };
export type ReportElement = (typeof REPORT_ELEMENTS)[number];
export type PressReport = Report;

/** Input of the report-outlets graphic: content/data/reports.yaml in file (date) order. */
export interface ReportOutletsData {
  reports: PressReport[];
  /** The edition the data was built for: its words (words.ts). English when absent (test fixtures). */
  locale?: Locale;
}

import { REPORT_ELEMENTS, type Report } from '../../lib/content/schemas.ts';

export { REPORT_ELEMENTS };
export type ReportElement = (typeof REPORT_ELEMENTS)[number];
export type PressReport = Report;

/** Input of the report-outlets graphic: content/data/reports.yaml in file (date) order. */
export interface ReportOutletsData {
  reports: PressReport[];
}

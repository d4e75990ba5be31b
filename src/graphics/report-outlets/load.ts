import type { Content } from '../../lib/content/content.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import type { ReportOutletsData } from './types.ts';

/**
 * The graphic's data from the validated content: the press reports, by date, for one edition. The
 * graphic's own words follow `locale` (words.ts); the Russian edition reads each report's Russian
 * element summaries and our translation of its officials' wording (reports.yaml, `ru`).
 */
export const load = (content: Pick<Content, 'reports'>, locale: Locale = 'en'): ReportOutletsData => ({
  reports: [...content.reports]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((r) =>
      locale === 'ru'
        ? {
            ...r,
            elements: r.elements.map((e, i) => ({ ...e, summary: r.ru.summaries[i] ?? e.summary })),
            officials: { ...r.officials, wording: r.ru.officialsWording },
          }
        : r,
    ),
  locale,
});

/** The downloads (/data/<name>.csv and .json) that hold this graphic's data. */
export const datasets = ['reports'] as const;

import type { Source } from './schemas.ts';

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "26 June 2020", "June 2020" or "2020", from the partial ISO dates sources carry. */
export function formatSourceDate(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const [y, m, d] = date.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  return [d ? String(Number(d)) : undefined, month, y].filter(Boolean).join(' ');
}

export interface CitationParts {
  publisher: string;
  /** Shown in quotation marks: the publication's own title. */
  title?: string;
  /** Our own description when the research records no title: never in quotation marks. */
  description?: string;
  date?: string;
  url?: string;
}

export function citationParts(s: Source): CitationParts {
  return {
    publisher: s.publisher,
    ...(s.title ? { title: s.title } : s.description ? { description: s.description } : {}),
    ...(s.date ? { date: formatSourceDate(s.date) } : {}),
    ...(s.url ? { url: s.url } : {}),
  };
}

/** Plain-text citation for downloads and copy buttons. */
export function citationText(s: Source): string {
  const p = citationParts(s);
  return [p.publisher, p.title ? `“${p.title}”` : p.description, p.date, p.url].filter(Boolean).join(', ');
}

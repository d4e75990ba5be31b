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

/**
 * A source's citation in one edition. The Russian edition names the publisher and describes the source
 * in Russian where sources.yaml gives the Russian words (the title stays as published; a publisher
 * without `ru.publisher` is a foreign outlet, printed in Latin as published) and writes its date the
 * Russian way.
 */
export function citationParts(s: Source, locale: 'en' | 'ru' = 'en'): CitationParts {
  const description = locale === 'ru' ? (s.ru?.description ?? s.description) : s.description;
  const date = s.date ? (locale === 'ru' ? formatRussianSourceDate(s.date) : formatSourceDate(s.date)) : undefined;
  return {
    publisher: publisherIn(s, locale),
    ...(s.title ? { title: s.title } : description ? { description } : {}),
    ...(date ? { date } : {}),
    ...(s.url ? { url: s.url } : {}),
  };
}

/** The publisher's name in one edition: `ru.publisher` in Russian where there is one. */
export function publisherIn(s: Pick<Source, 'publisher' | 'ru'>, locale: 'en' | 'ru' = 'en'): string {
  return locale === 'ru' ? (s.ru?.publisher ?? s.publisher) : s.publisher;
}

/** Russian month names: the genitive of a date («26 июня»), the nominative of a month alone («июнь 2020»). */
export const RU_MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
export const RU_MONTHS = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];

/** «26 июня 2020 года», «июнь 2020 года» or «2020 год», from the partial ISO dates sources carry. */
export function formatRussianSourceDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (d && m) return `${Number(d)}\u00a0${RU_MONTHS_GENITIVE[Number(m) - 1]} ${y}\u00a0года`;
  if (m) return `${RU_MONTHS[Number(m) - 1]} ${y}\u00a0года`;
  return `${y}\u00a0год`;
}

/** Plain-text citation for downloads and copy buttons. */
export function citationText(s: Source): string {
  const p = citationParts(s);
  return [p.publisher, p.title ? `“${p.title}”` : p.description, p.date, p.url].filter(Boolean).join(', ');
}

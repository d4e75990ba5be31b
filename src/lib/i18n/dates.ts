import { formatRussianSourceDate, MONTHS } from '../content/cite.ts';
import type { Locale } from './locales.ts';

/**
 * A calendar day as each edition writes it: "26 June 2020"; "26 июня 2020 года" (Russian news style
 * spells the year out as «года», which Intl's "2020 г." does not).
 */
export function longDate(locale: Locale, iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new Error(`not an ISO day: ${iso}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  return locale === 'ru' ? formatRussianSourceDate(m[0]) : `${d} ${MONTHS[mo]} ${y}`;
}

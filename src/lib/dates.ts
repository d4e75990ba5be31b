import { formatSourceDate, RU_MONTHS } from './content/cite.ts';
import type { Locale } from './i18n/locales.ts';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDay(value: string): boolean {
  return ISO_DAY.test(value);
}

/** Midnight UTC of an ISO day: calendar days are laid out in UTC so no local zone shifts them. */
export function utcDay(iso: string): Date {
  const m = ISO_DAY.exec(iso);
  if (!m) throw new Error(`not an ISO day (YYYY-MM-DD): ${iso}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** Russian chart months: the nominative on an axis ("апр"), the abbreviated genitive in a date ("8 апр."). */
const RU_AXIS = ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];
const RU_DAY = ['янв.', 'февр.', 'марта', 'апр.', 'мая', 'июня', 'июля', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'];

export function monthShort(month: number, locale: Locale = 'en'): string {
  return (locale === 'ru' ? RU_AXIS : MONTHS)[month] ?? '';
}

/** "8 Apr 2019" ("8 апр. 2019"); `withYear: false` gives "8 Apr" ("8 апр."). */
export function formatDay(date: Date, withYear = true, locale: Locale = 'en'): string {
  const month = locale === 'ru' ? RU_DAY[date.getUTCMonth()] : monthShort(date.getUTCMonth());
  const base = `${date.getUTCDate()}${locale === 'ru' ? '\u00a0' : ' '}${month}`;
  return withYear ? `${base} ${date.getUTCFullYear()}` : base;
}

/** Dates from YAML may arrive as Date objects (YAML timestamps) or strings: normalise to "YYYY-MM-DD". */
export function isoDay(value: string | Date): string {
  return typeof value === 'string' ? value : value.toISOString().slice(0, 10);
}

/**
 * Wall-clock time of an instant in a time zone, expressed as if it were UTC (ms). Uses Intl, which
 * needs no DOM, so a 15:42 in Moscow and a 13:25 in Washington land on one US Eastern axis.
 */
export function wallClock(instantMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(instantMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
}

/** The instant of a local date and "HH:MM" time in `timeZone`. */
export function zonedInstant(day: string, time: string, timeZone: string): number {
  const [h, m] = time.split(':').map(Number);
  const guess = utcDay(day).getTime() + ((h ?? 0) * 60 + (m ?? 0)) * 60_000;
  return guess - (wallClock(guess, timeZone) - guess);
}

/**
 * A date as the sources give it: "YYYY-MM-DD", "YYYY-MM" (day not known) or "YYYY". Only the known
 * parts are shown, so a month-only date never reads as the first of the month.
 */
export function formatPartialDate(value: string | Date, locale: Locale = 'en'): string {
  const iso = isoDay(value);
  if (isIsoDay(iso)) return formatDay(utcDay(iso), true, locale);
  if (!/^\d{4}(-\d{2})?$/.test(iso)) throw new Error(`not a date (YYYY, YYYY-MM or YYYY-MM-DD): ${iso}`);
  if (locale === 'ru') {
    const [y, m] = iso.split('-');
    return m ? `${RU_MONTHS[Number(m) - 1]} ${y}` : `${y}`;
  }
  return formatSourceDate(iso)!;
}

/** The first day of a partial date, for placing it; pair with formatPartialDate for display. */
export function firstDayOf(value: string | Date): Date {
  const iso = isoDay(value);
  return utcDay(isIsoDay(iso) ? iso : iso.length === 7 ? `${iso}-01` : `${iso}-01-01`);
}

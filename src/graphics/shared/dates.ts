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

export function monthShort(month: number): string {
  return MONTHS[month] ?? '';
}

/** "8 Apr 2019"; `withYear: false` gives "8 Apr". */
export function formatDay(date: Date, withYear = true): string {
  const base = `${date.getUTCDate()} ${monthShort(date.getUTCMonth())}`;
  return withYear ? `${base} ${date.getUTCFullYear()}` : base;
}

/**
 * The site's two editions. English lives at the root, Russian under /ru/, with the same paths after
 * the prefix and the same ids on every page, so `#<id>` means the same place in both.
 */
export const LOCALES = ['en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

const PREFIX: Record<Locale, string> = { en: '', ru: '/ru' };

/** The edition a site path (after the base) belongs to: "/ru/the-report/" → ru. */
export function localeOfPath(path: string): Locale {
  return /^\/?ru(?:\/|$)/.test(path) ? 'ru' : 'en';
}

/** The path with its edition prefix removed: "/ru/the-report/" → "/the-report/". */
export function unlocalizedPath(path: string): string {
  const p = path.startsWith('/') ? path : `/${path}`;
  return localeOfPath(p) === 'ru' ? p.slice(PREFIX.ru.length) || '/' : p;
}

/** The same page in an edition: ("/the-report/", ru) → "/ru/the-report/". */
export function localizedPath(path: string, locale: Locale): string {
  const bare = unlocalizedPath(path);
  return `${PREFIX[locale]}${bare}`;
}

/** The site path of a request URL under Astro's base ("/sub/ru/x/" with base "/sub/" → "/ru/x/"). */
export function sitePath(pathname: string, base: string): string {
  const b = base.replace(/\/+$/, '');
  return b && pathname.startsWith(b) ? pathname.slice(b.length) || '/' : pathname;
}

export const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', ru: 'Русский' };

import { localeOfPath, localizedPath, sitePath, type Locale } from './locales.ts';
import { translator } from './ui.ts';

/** The edition of the page being rendered, from its URL (every component can ask; nothing is threaded through). */
export function pageLocale(url: URL, base: string = import.meta.env.BASE_URL): Locale {
  return localeOfPath(sitePath(url.pathname, base));
}

/** The edition and its words for the page being rendered: `const { locale, t } = pageWords(Astro.url)`. */
export function pageWords(url: URL, base: string = import.meta.env.BASE_URL) {
  const locale = pageLocale(url, base);
  return { locale, t: translator(locale) };
}

/**
 * The site paths that exist in the Russian edition: every page a reader reads (embeds have their own
 * /ru/embed/ twins). A link from a Russian page to anything else (downloads, feeds) stays as it is.
 */
export function hasRussianTwin(path: string, chapterSlugs: readonly string[]): boolean {
  const bare = path.replace(/[?#].*$/, '');
  return (
    ['/', '/about/', '/search/', '/teachers/', '/data/'].includes(bare) || chapterSlugs.some((s) => bare === `/${s}/`)
  );
}

/** Where a link to `path` goes from a page of `locale`: its twin in that edition when there is one. */
export function editionPath(path: string, locale: Locale, chapterSlugs: readonly string[]): string {
  return locale === 'ru' && hasRussianTwin(path, chapterSlugs) ? localizedPath(path, 'ru') : path;
}

import { getContent } from '../content/content.ts';
import { inEdition } from '../i18n/chapters.ts';
import type { Locale } from '../i18n/locales.ts';
import { chapterReuse, type ChapterReuse } from './chapter-reuse.ts';

/** The first chapter's reuse data in an edition (its title, URL and citations in that edition). */
export function firstChapterReuse(site: URL | string, locale: Locale): ChapterReuse | undefined {
  const c = getContent();
  const first = c.chapters[0];
  if (!first) return undefined;
  const translations = new Map(c.ru.chapters.map((r) => [r.data.slug, r.data]));
  return chapterReuse(inEdition(first, locale === 'ru' ? translations : undefined), site, locale);
}

/**
 * About's example citation: the first chapter as its "Cite this" box gives it, in the edition's own
 * style (APA in English, ГОСТ Р 7.0.100-2018 in Russian).
 */
export function firstChapterCitation(site: URL | string, locale: Locale): string {
  const reuse = firstChapterReuse(site, locale);
  return !reuse ? '' : locale === 'ru' ? reuse.citations.gost : reuse.citations.apa;
}

/** The teachers page's WordPress example: the first chapter's address in the page's own edition. */
export function firstChapterUrl(site: URL | string, locale: Locale): string {
  return firstChapterReuse(site, locale)?.url ?? '';
}

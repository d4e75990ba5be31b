import { getContent } from '../content/content.ts';
import { inEdition } from '../i18n/chapters.ts';
import type { Locale } from '../i18n/locales.ts';
import { chapterReuse } from './chapter-reuse.ts';

/**
 * About's example citation: the first chapter as its "Cite this" box gives it, in the edition's own
 * style (APA in English, ГОСТ Р 7.0.100-2018 in Russian).
 */
export function firstChapterCitation(site: URL | string, locale: Locale): string {
  const c = getContent();
  const first = c.chapters[0];
  if (!first) return '';
  const translations = new Map(c.ru.chapters.map((r) => [r.data.slug, r.data]));
  const chapter = inEdition(first, locale === 'ru' ? translations : undefined);
  const { citations } = chapterReuse(chapter, site, locale);
  return locale === 'ru' ? citations.gost : citations.apa;
}

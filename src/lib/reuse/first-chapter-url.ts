import { getContent } from '../content/content.ts';
import type { Locale } from '../i18n/locales.ts';
import { chapterReuse } from './chapter-reuse.ts';

/**
 * The teachers page's WordPress example: the first chapter's address in the page's own edition
 * (/ru/<slug>/ on the Russian page); empty while there is no chapter.
 */
export function firstChapterUrl(site: URL | string, locale: Locale): string {
  const first = getContent().chapters[0];
  return first ? chapterReuse(first, site, locale).url : '';
}

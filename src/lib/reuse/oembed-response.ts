import { withBase } from '../site.ts';
import { localizedPath, type Locale } from '../i18n/locales.ts';
import { uiText } from '../i18n/ui.ts';
import { chapterReuse, SHARE_SIZE, type ChapterLike } from './chapter-reuse.ts';
import { INITIAL_HEIGHT } from './embed-snippet.ts';
import { oembed } from './oembed.ts';

/** A chapter's static oEmbed response in one edition: its title, its frame, its share image. */
export function oembedResponse(chapter: ChapterLike, origin: URL | string, locale: Locale = 'en'): Response {
  const reuse = chapterReuse(chapter, origin, locale);
  const body = oembed({
    title: reuse.title,
    provider: uiText(locale, 'siteTitle'),
    providerUrl: new URL(withBase(localizedPath('/', locale)), origin).href,
    html: reuse.snippet,
    // oEmbed widths are pixels; the snippet itself is 100% wide, this is the width it was designed for.
    width: 640,
    height: INITIAL_HEIGHT,
    thumbnail: { url: reuse.shareImageUrl, ...SHARE_SIZE },
  });
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

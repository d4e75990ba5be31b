/**
 * Everything a chapter offers for reuse (URLs, embed code, citations), derived once from the
 * chapter's data so the chapter page, the embed page, oEmbed and the teachers page agree.
 */
import { localizedPath, type Locale } from '~/lib/i18n/locales.ts';
import { uiText } from '~/lib/i18n/ui.ts';
import { citations, type Citations } from './citation.ts';
import { embedSnippet, INITIAL_HEIGHT } from './embed-snippet.ts';
import { absoluteUrl, reusePaths } from './urls.ts';

export interface ChapterLike {
  data: { slug: string; title: string; dek: string; summary: string; published: Date; updated: Date };
  body?: string;
}

export interface ChapterReuse {
  slug: string;
  title: string;
  url: string;
  embedUrl: string;
  oembedUrl: string;
  shareImageUrl: string;
  scriptUrl: string;
  snippet: string;
  citations: Citations;
}

/** Size of the share image (Open Graph's recommended 1.91:1). */
export const SHARE_SIZE = { width: 1200, height: 630 } as const;

/** A share image's site path in an edition: /share/<slug>.png, /share/ru/<slug>.png; no slug: the site's. */
export function sharePath(slug: string | undefined, locale: Locale = 'en'): string {
  const path = slug === undefined ? reusePaths.siteShare() : reusePaths.share(slug);
  return locale === 'en' ? path : path.replace(/^\/share\//, `/share/${locale}/`);
}

/**
 * The Russian edition's chapter cites its own URL and title, embeds its own Russian frame and shares
 * its own Russian image (/share/ru/<slug>.png) and its own oEmbed (/ru/oembed/<slug>.json).
 */
export function chapterReuse(chapter: ChapterLike, site: URL | string, locale: Locale = 'en'): ChapterReuse {
  const { slug, title, published, updated } = chapter.data;
  const url = absoluteUrl(localizedPath(reusePaths.chapter(slug), locale), site);
  const siteTitle = uiText(locale, 'siteTitle');
  const embedUrl = absoluteUrl(localizedPath(reusePaths.embed(slug), locale), site);
  const scriptUrl = absoluteUrl(reusePaths.parentScript(), site);
  return {
    slug,
    title,
    url,
    embedUrl,
    oembedUrl: absoluteUrl(localizedPath(reusePaths.oembed(slug), locale), site),
    shareImageUrl: absoluteUrl(sharePath(slug, locale), site),
    scriptUrl,
    snippet: embedSnippet({ src: embedUrl, title: `${title} (${siteTitle})`, scriptUrl, height: INITIAL_HEIGHT }),
    citations: citations({ title, siteTitle, publisher: siteTitle, published, updated, url }),
  };
}

import { withBase } from '~/lib/site.ts';

/** Absolute URL of a site path, honouring the base path. `site` is Astro.site (or the request origin). */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(withBase(path), site).href;
}

/** Site-relative paths of everything a chapter offers for reuse, in one place so links never drift. */
export const reusePaths = {
  chapter: (slug: string) => `/${slug}/`,
  embed: (slug: string) => `/embed/${slug}/`,
  oembed: (slug: string) => `/oembed/${slug}.json`,
  share: (slug: string) => `/share/${slug}.png`,
  /** The site's own share image, for pages that are not chapters. */
  siteShare: () => '/share/site.png',
  parentScript: () => '/embed.js',
} as const;

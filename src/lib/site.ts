/** Site-wide constants shared by layouts, meta tags and citations. */
export const SITE = {
  /** The one name of the site: header, page titles, author and publisher of every citation. */
  title: 'The bounty report, June 2020',
  shortTitle: 'The bounty report, June 2020',
  description:
    'A footnoted, step-by-step explainer of the June 2020 reports on alleged Russian bounties in Afghanistan and the statements that followed.',
  publisher: 'The bounty report, June 2020',
  licence: 'CC BY 4.0',
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** Joins Astro's base path and a site-relative path without doubling slashes. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}

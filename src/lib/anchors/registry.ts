import { load, type CheerioAPI } from 'cheerio';

/**
 * The anchor registry: every public id (page, chapter section, step, statement, footnote, figure,
 * data file) that someone may have linked to. Ids may be added freely; an id that disappears fails
 * the build unless a redirect maps it to one that still exists, and the build then keeps the old id
 * working by placing it right before its new target.
 */
export interface Registry {
  /** Site path ("/the-report/") → public ids on that page. A path with no ids is a file or page. */
  pages: Record<string, string[]>;
  /** "path#old-id" → "new-id" on the same page, or "path" → "new-path" for a page. */
  redirects: Record<string, string>;
}

/** What makes an id public: the elements readers link to, not the page's internal wiring. */
export const PUBLIC_ID_SELECTOR = [
  'section[id]',
  'article[id]',
  'figure[id]',
  'h2[id]:not(#footnote-label)',
  'h3[id]',
  '[data-step][id]',
  '.scrolly-step[id]',
  '[data-statement][id]',
  '[data-footnotes] li[id]',
  '[data-public-id][id]',
].join(', ');

export function publicIds($: CheerioAPI): string[] {
  return [
    ...new Set(
      $(PUBLIC_ID_SELECTOR)
        .map((_, el) => $(el).attr('id'))
        .get(),
    ),
  ].sort();
}

export function publicIdsOfHtml(html: string): string[] {
  return publicIds(load(html));
}

/** Problems with the built site against the registry, one readable line each. */
export function missingAnchors(registry: Registry, built: Record<string, string[]>): string[] {
  const problems: string[] = [];
  for (const [path, ids] of Object.entries(registry.pages)) {
    const here = built[path];
    if (!here) {
      const to = registry.redirects[path];
      if (!to || !built[to]) {
        problems.push(`${path}: the page is gone (add a redirect "${path}": "<new path>" to content/anchors.json)`);
      }
      continue;
    }
    const present = new Set(here);
    for (const id of ids) {
      if (present.has(id)) continue;
      const to = registry.redirects[`${path}#${id}`];
      if (to && present.has(to)) continue;
      problems.push(
        `${path}#${id}: a published anchor disappeared` +
          (to
            ? ` (its redirect target #${to} is missing too)`
            : ` (restore it, or add a redirect "${path}#${id}": "<new id>")`),
      );
    }
  }
  return problems;
}

/** The registry grown by every id now built; nothing is ever removed. */
export function withNewAnchors(registry: Registry, built: Record<string, string[]>): Registry {
  const pages: Record<string, string[]> = { ...registry.pages };
  for (const [path, ids] of Object.entries(built)) {
    pages[path] = [...new Set([...(pages[path] ?? []), ...ids])].sort();
  }
  const sorted = Object.fromEntries(Object.entries(pages).sort(([a], [b]) => a.localeCompare(b)));
  return { pages: sorted, redirects: registry.redirects };
}

/**
 * Inserts an empty element carrying each redirected old id just before its new target. Works on the
 * markup as text so the rest of the page is left byte for byte as Astro wrote it.
 */
export function applyRedirects(html: string, path: string, redirects: Record<string, string>): string {
  let out = html;
  for (const [from, to] of Object.entries(redirects)) {
    const [fromPath, oldId] = from.split('#');
    if (fromPath !== path || !oldId || out.includes(` id="${oldId}"`)) continue;
    const target = new RegExp(`<[a-zA-Z][^>]*\\sid="${to.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`).exec(out);
    if (!target) continue;
    const span = `<span id="${oldId}" data-redirect-to="${to}" aria-hidden="true"></span>`;
    out = out.slice(0, target.index) + span + out.slice(target.index);
  }
  return out;
}

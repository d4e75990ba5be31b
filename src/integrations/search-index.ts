import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { createIndex, close } from 'pagefind';
import { searchRecords } from '../lib/story/search-records.ts';

/**
 * Builds the search index into dist/pagefind/ after the site is built: the chapters' text (their
 * <article data-pagefind-body>, without figures' data tables and reuse boxes; each note is indexed
 * once, from the list: footnote pop-ups are built in the browser), plus one record per statement,
 * death, measure and cited source that points at its exact anchor. The index is self-hosted and
 * loaded only by /search/.
 */
export default function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const dist = fileURLToPath(dir);
        const { index, errors } = await createIndex({
          excludeSelectors: ['.graphic-data', '.reuse-box', 'svg', '.scrolly-controls', '.chapter-pager'],
        });
        if (!index) throw new Error(`search index: ${errors.join('; ')}`);
        // Chapter pages mark their article as the searchable body and carry their reading order.
        const built = pages
          .map((p) => p.pathname.replace(/^\/|\/$/g, ''))
          .filter((p) => p && !p.startsWith('embed/'))
          .map((p) => ({ path: `${base}${p}/`, file: join(dist, p, 'index.html') }))
          .filter(({ file }) => existsSync(file))
          .map(({ path, file }) => ({ path, html: readFileSync(file, 'utf8') }))
          .map((page) => ({ ...page, order: Number(/data-chapter-order="(\d+)"/.exec(page.html)?.[1] ?? NaN) }))
          .filter((page) => !Number.isNaN(page.order))
          .sort((a, b) => a.order - b.order);
        for (const { path, html } of built) await index.addHTMLFile({ url: path, content: html });
        const records = searchRecords(built);
        for (const record of records) await index.addCustomRecord(record);
        await index.writeFiles({ outputPath: join(dist, 'pagefind') });
        await close();
        logger.info(`${built.length} chapters and ${records.length} entries and sources indexed`);
      },
    },
  };
}

import { relative } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentRoot, loadContent, type LoadedContent, type Located } from './lib/content/load.ts';
import {
  annualSchema,
  chapterSchema,
  claimSchema,
  deathSchema,
  proposalSchema,
  reportSchema,
  researchSchema,
  sourceSchema,
  statementSchema,
} from './lib/content/schemas.ts';

// Content lives outside src/ so that editors only ever touch content/. CONTENT_DIR points the build
// elsewhere (the bad-input build test uses it); the check in src/integrations/content-check.ts reads the same root.
const root = contentRoot();

/**
 * Data collections reuse the pure loader, so the build, the cross-reference check and the downloads
 * parse content/ identically (Astro's own YAML loader would turn dates into Date objects).
 */
function dataLoader(pick: (c: LoadedContent) => Located<{ id: string }>[]): Loader {
  return {
    name: 'content-data',
    load: async ({ store, parseData, generateDigest }) => {
      store.clear();
      // Astro returns entries sorted by id; `position` keeps the file's order (statements are chronological).
      for (const [position, { value }] of pick(loadContent(root).content).entries()) {
        const data = await parseData({ id: value.id, data: { ...value, position } });
        store.set({ id: value.id, data, digest: generateDigest(data) });
      }
    },
  };
}

function data<S extends z.ZodType>(pick: (c: LoadedContent) => Located<{ id: string }>[], schema: S) {
  return defineCollection({
    loader: dataLoader(pick),
    schema: z.intersection(schema, z.object({ position: z.number().int() })),
  });
}

// Test builds (SCROLLY_FIXTURES=1) add the fixture chapters the scrolly browser tests read.
const chapterLoader =
  process.env.SCROLLY_FIXTURES === '1'
    ? glob({ pattern: [`${relative('.', root)}/chapters/*.mdx`, 'tests/fixtures/chapters/*.mdx'], base: '.' })
    : glob({ pattern: '*.mdx', base: `${root}/chapters` });

const chapters = defineCollection({
  loader: chapterLoader,
  schema: chapterSchema,
});

export const collections = {
  chapters,
  research: data((c) => c.research, researchSchema),
  sources: data((c) => c.sources, sourceSchema),
  statements: data((c) => c.statements, statementSchema),
  'deaths-2019': data((c) => c.deaths2019, deathSchema),
  'deaths-annual': data((c) => c.deathsAnnual, annualSchema),
  proposals: data((c) => c.proposals, proposalSchema),
  claims: data((c) => c.claims, claimSchema),
  reports: data((c) => c.reports, reportSchema),
};

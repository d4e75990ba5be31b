// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { BASE_CSP } from './src/lib/security/headers.ts';
import contentCheck from './src/integrations/content-check.ts';
import anchorRegistry from './src/integrations/anchor-registry.ts';
import atomicDist from './src/integrations/atomic-dist.ts';
import emittedFiles from './src/integrations/emitted-files.ts';
import searchIndex from './src/integrations/search-index.ts';

// SITE_URL / BASE_PATH let one build be deployed at any origin or sub-path (see README, "Deploy").
const site = process.env.SITE_URL ?? 'https://bounty-report.example.org';
const base = process.env.BASE_PATH ?? '/';
// Test builds with fixture chapters keep their own content cache, so they never leak into dist/.
const fixtures = process.env.SCROLLY_FIXTURES === '1';

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  // Stylesheets inlined: each linked sheet was a request the first paint waited for (six on a chapter,
  // ~600 ms on a slow mobile connection); inline, a page paints once its HTML has arrived. The CSP
  // <meta> names each <style> by its hash (tests/build/csp-inline.test.ts).
  build: { format: 'directory', inlineStylesheets: 'always' },
  // contentCheck first: bad content must stop the build before anything is written. searchIndex indexes the
  // finished pages into the staging folder; atomicDist last: the build is moved into dist/ only after every
  // check, the anchor registry's included, has passed.
  integrations: [
    contentCheck(),
    mdx(),
    anchorRegistry(),
    ...(fixtures ? [] : [searchIndex()]),
    emittedFiles(),
    atomicDist(),
  ],
  // No code blocks in the story; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  ...(fixtures ? { cacheDir: './node_modules/.cache/astro-fixtures' } : {}),
  // A CSP <meta> on every page: Astro hashes the scripts and styles it emits; nothing else may run
  // and no third-party origin may be reached. frame-ancestors cannot live in <meta>: see src/lib/security/headers.ts.
  security: {
    csp: {
      directives: [...BASE_CSP],
    },
  },
  server: { host: '127.0.0.1', port: 4321 },
});

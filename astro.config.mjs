// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

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
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  ...(fixtures ? { cacheDir: './node_modules/.cache/astro-fixtures' } : {}),
  server: { host: '127.0.0.1', port: 4321 },
});

// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// SITE_URL / BASE_PATH let one build be deployed at any origin or sub-path (see README, "Deploy").
const site = process.env.SITE_URL ?? 'https://bounty-report.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
});

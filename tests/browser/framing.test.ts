import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serve } from '../../tools/serve.ts';
import { launch, siteUrl } from './helpers.ts';

/**
 * Clickjacking: another site (127.0.0.2, another origin than the site on 127.0.0.1) puts a chapter
 * and its embed in frames. Through a server that sends dist/_headers (as `npm start` and Netlify or
 * Cloudflare Pages do), the chapter refuses to be framed and the embed shows.
 */
const slug = readdirSync('dist/oembed')[0]!.replace(/\.json$/, '');
let browser: Browser;
let host: { server: Server; url: string };
let root: string;
let page: Page;
const refusals: string[] = [];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'framing-host-'));
  writeFileSync(
    join(root, 'index.html'),
    `<!doctype html><html lang="en"><title>Another site</title>
<iframe id="chapter" title="chapter" src="${siteUrl(`/${slug}/`)}"></iframe>
<iframe id="embed" title="embed" src="${siteUrl(`/embed/${slug}/`)}"></iframe></html>`,
  );
  host = await serve({ root, host: '127.0.0.2', port: 0 });
  browser = await launch();
  page = await browser.newPage();
  page.on('console', (m) => /frame-ancestors/.test(m.text()) && refusals.push(m.text()));
  await page.goto(host.url, { waitUntil: 'load' });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => host?.server.close(done));
  rmSync(root, { recursive: true, force: true });
});

/** The heading the framed document shows, or null when the browser refused to show it. */
async function framedHeading(id: string): Promise<string | null> {
  const frame = await (await page.$(`#${id}`))!.contentFrame();
  return frame!.evaluate(() => document.querySelector('h1')?.textContent?.trim() ?? null).catch(() => null);
}

it('a chapter refuses to be framed by another site', async () => {
  expect(await framedHeading('chapter')).toBeNull();
  expect(refusals.join('\n')).toContain(`/${slug}/`);
});

it('an embed may be framed by any site', async () => {
  expect(await framedHeading('embed')).toBeTruthy();
  expect(refusals.join('\n')).not.toContain(`/embed/${slug}/`);
});

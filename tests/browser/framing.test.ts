import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
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

/** The heading a page has in dist/, and the one its frame shows (Chromium's error page when refused). */
const heading = (html: string) => load(html)('h1').first().text().trim();
async function framedHeading(id: string): Promise<string> {
  const frame = await (await page.$(`#${id}`))!.contentFrame();
  return heading(await frame!.content());
}

it('a chapter refuses to be framed by another site', async () => {
  const own = heading(readFileSync(`dist/${slug}/index.html`, 'utf8'));
  expect(own).toBeTruthy();
  expect(await framedHeading('chapter')).not.toBe(own);
  expect(refusals.join('\n')).toContain("frame-ancestors 'self'");
});

it('an embed may be framed by any site', async () => {
  const own = heading(readFileSync(`dist/embed/${slug}/index.html`, 'utf8'));
  expect(own).toBeTruthy();
  expect(await framedHeading('embed')).toBe(own);
  // The one refusal is the chapter's.
  expect(refusals).toHaveLength(1);
});

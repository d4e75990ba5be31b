import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { VIEWPORTS, baseUrl, launch } from './helpers.ts';
import { serveEmbedHost } from './embed-host.ts';

/**
 * A teacher's course page on another origin (127.0.0.2) embeds every chapter with the copied embed
 * code in a sandboxed frame (allow-scripts allow-same-origin allow-popups).
 */
let browser: Browser;
let host: { server: Server; url: string; slugs: string[] };
let context: BrowserContext;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  browser = await launch();
  host = await serveEmbedHost(baseUrl());
  context = await browser.newContext({ viewport: VIEWPORTS.desktop });
  page = await context.newPage();
  const allowed = new Set([new URL(baseUrl()).host, new URL(host.url).host]);
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on(
    'request',
    (r) => !allowed.has(new URL(r.url()).host) && /^https?:/.test(r.url()) && problems.push(`third-party: ${r.url()}`),
  );
  await page.goto(host.url);
  // The frames are loading="lazy", as the snippet says: bring each into view, as a reader scrolling would.
  // Waits on each frame's own document, not page-wide network quiet, which a busy host may never reach.
  for (const iframe of await page.locator('iframe[data-bounty-embed]').all()) {
    await iframe.scrollIntoViewIfNeeded();
    const handle = (await iframe.elementHandle())!;
    const src = new URL((await handle.getAttribute('src'))!, host.url).href;
    const deadline = Date.now() + 60_000;
    while ((await handle.contentFrame())?.url() !== src) {
      if (Date.now() > deadline) throw new Error(`the embed frame never navigated to ${src}`);
      await page.waitForTimeout(50);
    }
    await (await handle.contentFrame())!.waitForLoadState('load');
  }
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await new Promise((done) => host?.server.close(done));
});

async function embeds(): Promise<{ frame: Frame; box: () => Promise<number>; show: () => Promise<void> }[]> {
  const handles = await page.$$('iframe[data-bounty-embed]');
  return Promise.all(
    handles.map(async (h) => ({
      frame: (await h.contentFrame())!,
      box: async () => (await h.boundingBox())!.height,
      // Chromium pauses rendering in off-screen cross-origin frames, as a reader's browser would.
      show: () => h.scrollIntoViewIfNeeded(),
    })),
  );
}

const contentHeight = (f: Frame) => f.evaluate(() => document.body.getBoundingClientRect().height);

/** Lets the child observe, post and the parent apply (a few frames in both documents, no fixed delay). */
async function settle(f: Frame | Page): Promise<void> {
  await f.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

async function expectTracking(): Promise<void> {
  for (const { frame, box, show } of await embeds()) {
    await show();
    await expect
      .poll(async () => Math.abs((await box()) - (await contentHeight(frame))), {
        message: frame.url(),
        timeout: 60_000,
      })
      .toBeLessThanOrEqual(10);
    // The frame shows the whole chapter: nothing scrolls inside it.
    expect(await frame.evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBeLessThanOrEqual(10);
  }
}

async function expectNoHorizontalOverflow(): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
  for (const { frame } of await embeds()) {
    expect(
      await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      frame.url(),
    ).toBeLessThanOrEqual(0);
  }
}

it('embeds every chapter, one titled frame each', async () => {
  expect(host.slugs.length).toBeGreaterThan(0);
  const frames = page.locator('iframe[data-bounty-embed]');
  expect(await frames.count()).toBe(host.slugs.length);
  for (const f of await frames.all()) expect(await f.getAttribute('title')).toMatch(/\S/);
});

describe('frame height', () => {
  it('tracks the content within 10 px after load, and nothing overflows sideways', async () => {
    await expectTracking();
    await expectNoHorizontalOverflow();
  });

  it('tracks the content within 10 px after the course page is resized to phone width', async () => {
    await (await embeds())[0]!.show();
    const before = await (await embeds())[0]!.box();
    await page.setViewportSize(VIEWPORTS.phone);
    await expect.poll(async () => (await embeds())[0]!.box(), { timeout: 60_000 }).not.toBe(before);
    await expectTracking();
    await expectNoHorizontalOverflow();
  });

  it('tracks the content when it grows inside the frame', async () => {
    const { frame, box, show } = (await embeds())[0]!;
    await show();
    const before = await box();
    await frame.evaluate(() => {
      const p = document.createElement('p');
      p.style.height = '300px';
      document.querySelector('main')!.append(p);
    });
    await expect.poll(box, { timeout: 60_000 }).toBeGreaterThanOrEqual(before + 290);
    await expectTracking();
  });
});

it('sizes a frame that loaded before /embed.js ran (the snippet loads it async, so either may come first)', async () => {
  // A second course page whose copy of /embed.js arrives only once the first frame has loaded and
  // sent its height to a page with no listener yet.
  const late = await context.newPage();
  let release!: () => void;
  const held = new Promise<void>((done) => (release = done));
  await late.route('**/embed.js', async (route) => {
    await held;
    await route.continue();
  });
  // The held script keeps the load event back: wait for the document only.
  await late.goto(host.url, { waitUntil: 'domcontentloaded' });
  const first = late.locator('iframe[data-bounty-embed]').first();
  await first.scrollIntoViewIfNeeded();
  const handle = (await first.elementHandle())!;
  const src = new URL((await handle.getAttribute('src'))!, host.url).href;
  await expect.poll(async () => (await handle.contentFrame())?.url(), { timeout: 60_000 }).toBe(src);
  const frame = (await handle.contentFrame())!;
  await frame.waitForLoadState('load');
  await settle(frame);
  const initial = (await handle.boundingBox())!.height;
  release();
  await expect
    .poll(async () => Math.abs((await handle.boundingBox())!.height - (await contentHeight(frame))), {
      timeout: 60_000,
    })
    .toBeLessThanOrEqual(10);
  // The frame did have to grow: the check above could have failed.
  expect(Math.abs(initial - (await contentHeight(frame)))).toBeGreaterThan(10);
  await late.close();
});

it('opens links in a new tab, never inside the frame', async () => {
  const { frame } = (await embeds())[0]!;
  const before = frame.url();
  const link = frame.locator('footer a', { hasText: 'full story' });
  // The link goes to the chapter's canonical (production) address; answer it locally.
  const href = (await link.getAttribute('href'))!;
  await context.route(href, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Chapter</title>' }));
  const [popup] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await popup.waitForLoadState();
  expect(popup.url()).toBe(href);
  expect(frame.url()).toBe(before);
  await popup.close();
});

describe('messages', () => {
  const forged = 'pymxPYMxbounty-embedxPYMxheightxPYMx40';

  it('ignores a well-formed height message from another frame on the course page', async () => {
    const heights = await Promise.all((await embeds()).map((e) => e.box()));
    const other = page.frame({ url: /other\.html$/ })!;
    await other.evaluate((m: string) => parent.postMessage(m, '*'), forged);
    const sandboxed = page.frames().find((f) => f.url() === 'about:srcdoc')!;
    await sandboxed.evaluate((m: string) => parent.postMessage(m, '*'), forged);
    await settle(page);
    expect(await Promise.all((await embeds()).map((e) => e.box()))).toEqual(heights);
  });

  it('ignores malformed messages even from the embed itself, and acts on a well-formed one', async () => {
    const { frame, box } = (await embeds())[0]!;
    const height = await box();
    for (const bad of [
      { height: 40 },
      'pymxPYMxbounty-embedxPYMxheightxPYMx40px',
      'pymxPYMxbounty-embedxPYMxheightxPYMx0',
      'height:40',
    ]) {
      await frame.evaluate((m: unknown) => parent.postMessage(m, '*'), bad);
    }
    await settle(page);
    expect(await box()).toBe(height);
    // Control: the same channel works, so the checks above could have failed.
    await frame.evaluate((m: string) => parent.postMessage(m, '*'), forged);
    await expect.poll(box, { timeout: 60_000 }).toBe(40);
  });
});

it('caused no errors and no requests to any other host', () => {
  expect(problems).toEqual([]);
});

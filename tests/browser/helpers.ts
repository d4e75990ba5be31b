import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Frame,
  type Page,
  type Locator,
} from 'playwright-core';
import type { AxeResults, run } from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, inject } from 'vitest';
import { CHROME_ARGS, chromePath, testBrowserPath } from '../../tools/chrome.ts';

export { CHROME_ARGS, chromePath };

export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;

/** Waits (navigation, selectors, waitForFunction) give up after this long: only a hang, not a slow machine. */
export const WAIT_MS = 120_000;

/**
 * Chromium for a suite: the headless shell where it is installed (tools/chrome.ts says why), or, with
 * `reader: true`, the full browser a reader runs, for suites that measure its speed.
 */
export async function launch({ reader = false }: { reader?: boolean } = {}): Promise<Browser> {
  const executablePath = reader ? chromePath() : testBrowserPath();
  const browser = await chromium.launch({ executablePath, args: CHROME_ARGS });
  // Every context (browser.newPage makes one too) gets the generous default instead of 30 s.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options?: BrowserContextOptions) => {
    const context = await newContext(options);
    context.setDefaultTimeout(WAIT_MS);
    context.setDefaultNavigationTimeout(WAIT_MS);
    return context;
  };
  return browser;
}

export function baseUrl(): string {
  return inject('baseUrl');
}

/** Absolute URL of a site path on the test server. */
export function siteUrl(path = '/'): string {
  return new URL(path.replace(/^\//, ''), baseUrl()).href;
}

/** What a page left in the browser: cookies and storage of any kind. The site keeps none. */
export async function storedState(page: Page): Promise<string[]> {
  const cookies = (await page.context().cookies()).map((c) => `cookie ${c.name}`);
  const stored = await page.evaluate(async () => [
    ...Object.keys(localStorage).map((k) => `localStorage ${k}`),
    ...Object.keys(sessionStorage).map((k) => `sessionStorage ${k}`),
    ...(await indexedDB.databases()).map((d) => `indexedDB ${d.name}`),
    ...(await caches.keys()).map((k) => `cache ${k}`),
  ]);
  return [...cookies, ...stored];
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** Console errors, page errors, failed requests and requests to any other host. */
  problems: string[];
}

/**
 * Waits until the scripts a chapter or embed page loads after its first paint (src/client/after-paint.ts)
 * have run or failed; at once on other pages. They may start after the load event.
 */
export function scriptsSettled(page: Page | Frame): Promise<unknown> {
  return page.waitForFunction(() => document.documentElement.dataset.scriptsAfterPaint !== '');
}

/**
 * A fresh context whose page records everything a reader would notice going wrong. Its goto() also
 * waits for the page's scripts (scriptsSettled), so a test finds the page as a reader does a moment later.
 */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const goto = page.goto.bind(page);
  page.goto = async (...args) => {
    const response = await goto(...args);
    if (page.url().startsWith('http')) await scriptsSettled(page);
    return response;
  };
  const problems: string[] = [];
  const host = new URL(baseUrl()).host;
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => {
    // The browser's own favicon fetch, the scrolly engine's fetch of a graphic's states and the figure
    // files (images, and the focus figure's labelled drawing, marks-*.svg, which details.ts fetches) are cancelled when the page
    // navigates on before they finish (a test moving from page to page); a reader never sees that.
    // One that fails otherwise counts.
    const cancelled =
      req.failure()?.errorText === 'net::ERR_ABORTED' &&
      /\/(favicon\.[a-z]+|_files\/(scrolly-[^/]+\.json|(figure|marks)-[^/]+\.svg))$/.test(req.url());
    if (!cancelled) problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`);
  });
  page.on('request', (req) => {
    const url = new URL(req.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.host !== host) {
      problems.push(`third-party request: ${req.url()}`);
    }
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return { context, page, problems };
}

/**
 * Pages kept open from test to test, one per set of context options, for suites that load pages and
 * read them. A fresh context per test starts a new renderer, which then compiles the page's scripts
 * (and axe) cold: loading and axe-checking the 28 pages at two sizes took 150 s that way and 64 s
 * with one page per size (probe of 2026-11-30 on a quiet 2-core machine). Each checkout first sends
 * the page to about:blank, which ends whatever the last test left loading, and then empties its
 * problem list. The site keeps nothing between pages (no cookies, no storage: pages.test.ts checks
 * every page for that), so one test's visit cannot change what the next one sees.
 * A test that changes the page itself (its size, routes, handlers) opens its own with openPage.
 */
export class PagePool {
  readonly #pages = new Map<string, WatchedPage>();
  /** `open` makes a pooled page the first time a set of options is asked for (openPage, or a suite's own). */
  constructor(private readonly open: (options: BrowserContextOptions) => Promise<WatchedPage>) {}

  async page(options: BrowserContextOptions = {}): Promise<WatchedPage> {
    const key = JSON.stringify(options);
    let watched = this.#pages.get(key);
    if (watched?.page.isClosed()) watched = undefined;
    if (watched) await watched.page.goto('about:blank');
    else this.#pages.set(key, (watched = await this.open(options)));
    watched.problems.length = 0;
    return watched;
  }
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe with WCAG 2.x A/AA (up to 2.2) and best-practice rules, run by axe-core in the page itself;
 * returns readable violation lines. (@axe-core/playwright finished each run in a second blank page:
 * 4-5 s a page against 2 s, for the same violations.) It checks one document: a page with frames is
 * refused rather than half checked.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (page.frames().length > 1) throw new Error(`axeViolations checks one document; ${page.url()} has frames`);
  await page.evaluate(AXE_SOURCE);
  const violations: AxeResults['violations'] = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: typeof run } }).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((r) => r.violations),
    AXE_TAGS,
  );
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? v.help}`),
  );
}

/**
 * Resolves once every timer the page queued so far with a delay up to `delay` ms has fired: a timer
 * queued now with a longer delay runs after them, however slow the machine (timers fire in deadline
 * order). For "nothing else happens after X" checks, instead of a fixed sleep in the test.
 */
export function pageTimersFired(page: Page | Frame, delay: number): Promise<void> {
  return page.evaluate((ms) => new Promise<void>((done) => setTimeout(done, ms + 1)), delay);
}

/** Resolves once the page has not scrolled for five animation frames (smooth scrolls, wheel momentum). */
export function scrollAtRest(page: Page | Frame): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((done) => {
        let last = scrollY;
        let still = 0;
        const tick = () => {
          still = scrollY === last ? still + 1 : 0;
          last = scrollY;
          if (still >= 5) done();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/**
 * A stacked figure's drawing: the <img> of its SVG file (src/components/scrolly/figure-file.ts), or
 * the focus figure's drawing once the client has put it inline (src/client/graphics/details.ts).
 */
export const FIGURE_DRAWING = '.scrolly-step__figure :is(svg, img)';

/**
 * Resolves once the client has put each section's focus figure (data-labelled-marks) inline, its
 * labelled marks then reachable by keyboard and found by the other drawings' marks. A page where it
 * does not happen fails within 30 s.
 */
export function labelledMarksInline(page: Page | Frame): Promise<unknown> {
  return page.waitForFunction(
    () => [...document.querySelectorAll('[data-labelled-marks]')].every((f) => f.querySelector(':scope > svg')),
    undefined,
    { timeout: 30_000 },
  );
}

/**
 * Whether a stacked figure's drawing is there for the reader: on screen with a size, and, for an
 * image, loaded and decoded (a broken or missing file fails).
 */
export async function drawingShown(drawing: Locator): Promise<boolean> {
  if (!(await drawing.isVisible())) return false;
  return drawing.evaluate((el) =>
    el instanceof HTMLImageElement
      ? el.decode().then(
          () => el.naturalWidth > 0,
          () => false,
        )
      : true,
  );
}

/** The name a stacked figure's drawing gives: the image's text alternative or the SVG's title. */
export const drawingName = (figure: Locator): Promise<string> =>
  figure.evaluate((f) => f.querySelector('img')?.alt ?? f.querySelector('svg > title')?.textContent ?? '');

/**
 * A test file's browser, launched before its tests and closed after them: `open` gives a test a page of
 * its own (openPage), `pool` the file's reused pages (PagePool).
 */
export function fileBrowser(): { open: (options?: BrowserContextOptions) => Promise<WatchedPage>; pool: PagePool } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const open = (options: BrowserContextOptions = {}) => {
    if (!browser) throw new Error('fileBrowser: the browser is not launched yet (open a page inside a test)');
    return openPage(browser, options);
  };
  return { open, pool: new PagePool(open) };
}

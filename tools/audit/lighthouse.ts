/** Lighthouse (mobile preset, simulated throttling) against the built site served on 127.0.0.1. */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, chromePath } from '../chrome.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  path: string;
  scores: Record<Category, number>;
  cls: number;
  lcpMs: number;
  tbtMs: number;
  /** Audits that scored below 1 in a gated category, for the report. */
  failing: string[];
}

const FLAGS = ['--headless=new', ...CHROME_ARGS];

/**
 * Opens each page once in this Chrome before Lighthouse scores it. In a fresh headless Chrome, the
 * first Lighthouse runs of a page often showed nothing until 1-2 s after the load event (blank
 * screenshots; observed first paint 1.2-2.3 s, against 0.2-0.3 s in later runs of the same page and
 * in Playwright), which cost up to 6 points. That is the browser starting up (most likely its first
 * lookup of each script's system fonts), not the page, which is what is measured.
 */
async function warmUp(port: number, urls: string[]): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const context = browser.contexts()[0] ?? (await browser.newContext());
    const page = await context.newPage();
    for (const url of urls) {
      await page.goto(url, { waitUntil: 'load' });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 300))));
    }
    await page.close();
  } finally {
    // Disconnects; the Chrome that chrome-launcher started keeps running for Lighthouse.
    await browser.close();
  }
}

/**
 * How long Lighthouse waits, after first paint, after load and after the last request, before it
 * stops recording: 500 ms instead of 1 s. The site is static and requests nothing after load, so the
 * waits only added 0.7 s a page (navigation 2.5 s to 1.8 s). The wait for the main thread to fall
 * quiet keeps its 1 s: the scrolly start-up runs in tasks after load, and TBT must see them.
 */
const QUIET = { pauseAfterFcpMs: 500, pauseAfterLoadMs: 500, networkQuietThresholdMs: 500 };

export async function runLighthouse(origin: string, paths: string[]): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromePath(),
    chromeFlags: FLAGS,
  });
  const results: LighthouseResult[] = [];
  try {
    await warmUp(
      chrome.port,
      paths.map((path) => new URL(path.replace(/^\//, ''), origin).href),
    );
    for (const path of paths) {
      const runner = await lighthouse(
        new URL(path.replace(/^\//, ''), origin).href,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
          // The full-page screenshot is a picture for Lighthouse's own viewer, which this audit never
          // shows, and it scores nothing; capturing the long chapters took 17 s of the audit's 71.
          disableFullPageScreenshot: true,
        },
        { extends: 'lighthouse:default', settings: QUIET },
      );
      if (!runner) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { lhr } = runner;
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
      ) as Record<Category, number>;
      const failing = CATEGORIES.flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${c}: ${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.title ?? ''})`),
      );
      results.push({
        path,
        scores,
        cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
        lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
        tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
        failing,
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}

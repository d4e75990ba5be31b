import { mkdirSync, readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { parse } from 'yaml';
import { parseCsv } from '~/lib/content/csv.ts';

/** What each story graphic should draw, counted from the data files themselves. */
export interface GraphicCase {
  graphic: string;
  chapter: string;
  section: string;
  /** Marks that stand for one data entry (a person, a statement, a measure). */
  marks: string;
  count: number;
  /** Some step figures show part of the data (a build-up, or one claim): only the fullest shows all. */
  partial?: boolean;
}

const statements = parse(readFileSync('content/data/statements.yaml', 'utf8')) as { phase: string }[];
const proposals = parse(readFileSync('content/data/proposals.yaml', 'utf8')) as unknown[];
const claims = parse(readFileSync('content/data/claims.yaml', 'utf8')) as unknown[];
const reports = parse(readFileSync('content/data/reports.yaml', 'utf8')) as unknown[];
const deaths = parseCsv(readFileSync('content/data/deaths-2019.csv', 'utf8')).records;

export const CASES: GraphicCase[] = [
  {
    graphic: 'toll-2019',
    chapter: 'the-2019-toll',
    section: 'toll-steps',
    marks: 'circle[data-key^="death-"]',
    count: deaths.length,
  },
  {
    graphic: 'statements-timeline',
    chapter: 'who-said-what',
    section: 'statements-steps',
    marks: 'circle[data-key^="statement-"]',
    // The timeline starts on 26 June 2020; the "prelude" (10–11 June) belongs to the sanctions chapter.
    count: statements.filter((s) => s.phase !== 'prelude').length,
  },
  {
    graphic: 'sanctions-path',
    chapter: 'the-sanctions-proposal',
    section: 'sanctions-steps',
    marks: 'rect[data-key^="measure-"]',
    count: proposals.length,
    partial: true,
  },
  {
    graphic: 'claims-ledger',
    chapter: 'known-and-disputed',
    section: 'ledger-steps',
    marks: 'rect[data-key^="claim-"]',
    count: claims.length,
    partial: true,
  },
  {
    graphic: 'report-outlets',
    chapter: 'the-report',
    section: 'report-steps',
    marks: 'rect[data-key^="report-"]',
    count: reports.length,
  },
];

export const SHOTS = 'reports/screenshots';
mkdirSync(SHOTS, { recursive: true });

export interface TextReport {
  /** Smallest rendered font size of visible text, in CSS px. */
  minPx: number;
  /** Pairs of visible text labels whose boxes overlap. */
  overlaps: string[];
  /** The visible texts. */
  shown: string[];
  /** Visible texts that reach outside the drawing's viewBox. */
  outside: string[];
}

/** Reads rendered text sizes and text overlaps of one SVG, as the reader's browser lays them out. */
export function textReport(svg: Locator): Promise<TextReport> {
  return svg.evaluate((el: SVGSVGElement) => {
    const scale = el.getScreenCTM()?.a ?? 1;
    const visible = [...el.querySelectorAll<SVGTextElement>('text')].filter(
      (t) => getComputedStyle(t).opacity !== '0' && t.getAttribute('opacity') !== '0' && t.textContent?.trim(),
    );
    const boxes = visible.map((t) => ({ t: t.textContent ?? '', b: t.getBBox() }));
    const overlaps: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((c) => {
        const x = Math.min(a.b.x + a.b.width, c.b.x + c.b.width) - Math.max(a.b.x, c.b.x);
        const y = Math.min(a.b.y + a.b.height, c.b.y + c.b.height) - Math.max(a.b.y, c.b.y);
        // One pixel of shared ascender/descender space is not an overlap a reader sees.
        if (x > 1 && y > 1) overlaps.push(`“${a.t}” × “${c.t}”`);
      }),
    );
    const sizes = visible.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
    const view = el.viewBox.baseVal;
    // Half a pixel of rounding at the edge is not a label cut off.
    const outside = boxes
      .filter(
        ({ b }) =>
          b.x < view.x - 0.5 ||
          b.y < view.y - 0.5 ||
          b.x + b.width > view.x + view.width + 0.5 ||
          b.y + b.height > view.y + view.height + 0.5,
      )
      .map(({ t }) => t);
    return { minPx: sizes.length ? Math.min(...sizes) : Infinity, overlaps, shown: boxes.map((b) => b.t), outside };
  });
}

/**
 * `npm run screenshots` sets this: every state is then also screenshotted, light and dark, for a person
 * to look at. In `npm test` the same walk asserts what can be asserted and skips the pictures, which
 * were half the browser suites' time and asserted nothing.
 */
export const SCREENSHOTS = process.env.SCREENSHOTS === '1';

/** Screenshots an element into reports/screenshots (git-ignored) for a person to look at. */
export async function shoot(target: Locator, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  await target.screenshot({ path: `${SHOTS}/${name}.png`, animations: 'disabled' });
}

/** The details card's text and whether it is shown. */
export function tip(page: Page): Promise<{ shown: boolean; text: string }> {
  return page.evaluate(() => {
    const t = document.querySelector<HTMLElement>('.mark-tip');
    return { shown: !!t && !t.hidden && t.getBoundingClientRect().height > 0, text: t?.textContent ?? '' };
  });
}

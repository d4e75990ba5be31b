import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { VIEWPORTS, launch, openPage, siteUrl } from './helpers.ts';
import { serveFixtureSite } from './scrolly-site.ts';
import { oembedProblems } from '~/lib/reuse/oembed.ts';

const CHAPTER = '/the-report/';
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A page whose clipboard the test can read back (Chromium grants it per origin). */
async function clipboardPage(
  path: string,
): Promise<{ context: BrowserContext; page: Page; problems: string[]; close: () => Promise<void> }> {
  const { context, page, problems } = await openPage(browser, { viewport: VIEWPORTS.desktop });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl('/')).origin });
  await page.goto(siteUrl(path));
  return { context, page, problems, close: () => context.close() };
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const canonical = (page: Page) => page.locator('link[rel=canonical]').getAttribute('href');

describe('copy link', () => {
  it('shows the chapter link beside its heading on hover, copies it by mouse and confirms it visibly', async () => {
    const { page, problems, close } = await clipboardPage(CHAPTER);
    const link = page.locator('.heading-row > a.permalink');
    expect(await link.evaluate((a) => getComputedStyle(a).opacity)).toBe('0');
    await page.locator('h1').hover();
    await expect.poll(() => link.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
    expect(await page.locator('h1').evaluate((h) => h.textContent?.trim())).toBe('What The New York Times reported');
    await link.click();
    expect(await clipboard(page)).toBe(`${await canonical(page)}#the-report`);
    await expect.poll(() => link.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('" Link copied"');
    expect(await page.locator('[role=status]').textContent()).toContain('#the-report');
    expect(new URL(page.url()).hash).toBe('#the-report');
    expect(problems).toEqual([]);
    await close();
  });

  it('reaches a section link by keyboard, shows it on focus, and Enter copies it', async () => {
    const { page, close } = await clipboardPage(CHAPTER);
    const heading = page.locator('.section-head > h2').first();
    const id = await heading.getAttribute('id');
    await heading.evaluate((h) => {
      h.setAttribute('tabindex', '-1');
      (h as HTMLElement).focus();
    });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(`#${id}`);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).opacity)).toBe('1');
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toBe(`${await canonical(page)}#${id}`);
    await close();
  });

  it('without clipboard access, still puts the link in the address bar, and reports no error', async () => {
    const { context, page, problems } = await openPage(browser, { viewport: VIEWPORTS.desktop });
    await context.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await page.goto(siteUrl(CHAPTER));
    await page.locator('h1').hover();
    await page.locator('.heading-row > a.permalink').click();
    expect(new URL(page.url()).hash).toBe('#the-report');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('cite this', () => {
  it.each(['apa', 'mla', 'chicago', 'bibtex'])('copies the %s citation by mouse', async (style) => {
    const { page, close } = await clipboardPage(CHAPTER);
    const text = await page.locator(`#cite-the-report-${style}`).textContent();
    await page.locator(`button[data-copy-target="cite-the-report-${style}"]`).click();
    expect(await clipboard(page)).toBe(text);
    expect(text).toContain('/the-report/');
    await close();
  });

  it('copies a citation by keyboard (Tab to the button, Space) and confirms it', async () => {
    const { page, close } = await clipboardPage(CHAPTER);
    await page.locator('#cite-the-report-mla-name').evaluate((h) => {
      h.setAttribute('tabindex', '-1');
      (h as HTMLElement).focus();
    });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-copy-target'))).toBe(
      'cite-the-report-mla',
    );
    await page.keyboard.press('Space');
    await expect.poll(() => clipboard(page)).toBe(await page.locator('#cite-the-report-mla').textContent());
    expect(await page.locator('button[data-copy-target="cite-the-report-mla"] [data-label]').textContent()).toBe(
      'Copied',
    );
    await close();
  });

  it('with JS off, shows every citation and the embed code as selectable text, and no dead buttons', async () => {
    const { context, page, problems } = await openPage(browser, {
      javaScriptEnabled: false,
      viewport: VIEWPORTS.phone,
    });
    await page.goto(siteUrl(CHAPTER));
    for (const style of ['apa', 'mla', 'chicago', 'bibtex'])
      expect(await page.locator(`#cite-the-report-${style}`).isVisible()).toBe(true);
    expect(await page.locator('#embed-the-report-code').inputValue()).toContain('<iframe');
    expect(await page.locator('.copy-button:visible').count()).toBe(0);
    expect(await page.locator('a[data-copy-link]').first().isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});

it('the embed box copies its code by mouse', async () => {
  const { page, close } = await clipboardPage(CHAPTER);
  await page.locator('button[data-copy-target="embed-the-report-code"]').click();
  const code = await clipboard(page);
  expect(code).toBe(await page.locator('#embed-the-report-code').inputValue());
  expect(code).toMatch(/^<iframe src="[^"]+\/embed\/the-report\/" title="[^"]+"/);
  await close();
});

it.each(['/oembed/the-report.json'])('%s is served as valid oEmbed JSON', async (path) => {
  const { context, page } = await openPage(browser);
  const res = await page.request.get(siteUrl(path));
  expect(res.headers()['content-type']).toContain('application/json');
  expect(oembedProblems(await res.json())).toEqual([]);
  await context.close();
});

it('the share image is served as a 1200×630 PNG that the browser decodes', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(siteUrl(CHAPTER));
  const src = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
  const local = siteUrl(new URL(src).pathname);
  const size = await page.evaluate(async (url) => {
    const img = new Image();
    img.src = url;
    await img.decode();
    return [img.naturalWidth, img.naturalHeight];
  }, local);
  expect(size).toEqual([1200, 630]);
  await context.close();
});

/**
 * `?step=` needs a chapter with steps: a fixture chapter (tests/fixtures/chapters/embed-steps.mdx) built into a separate copy of
 * the site (SCROLLY_FIXTURES=1), never into dist/.
 */
describe('?step= on an embed', () => {
  let server: Server;
  let origin = '';
  beforeAll(async () => {
    ({ server, origin } = await serveFixtureSite());
  });
  afterAll(() => new Promise<void>((done) => server?.close(() => done())));

  const visibleSteps = (page: Page) =>
    page
      .locator('.scrolly-step')
      .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.id));

  it('starts at that step: earlier content hidden, a notice and a button that brings it back', async () => {
    const { context, page, problems } = await openPage(browser, { viewport: VIEWPORTS.phone });
    // networkidle: leaving a page mid-load would abort its favicon request, which the watcher reports.
    await page.goto(`${origin}/embed/embed-steps/`, { waitUntil: 'networkidle' });
    const all = await visibleSteps(page);
    expect(all.length).toBeGreaterThan(2);
    await page.goto(`${origin}/embed/embed-steps/?step=${all[1]}`, { waitUntil: 'networkidle' });
    expect(await visibleSteps(page)).toEqual(all.slice(1));
    expect(await page.locator('[data-embed-body] > :first-child').isVisible()).toBe(false);
    const notice = page.locator('[data-embed-start]');
    expect(await notice.textContent()).toContain(`step 2 of ${all.length}`);
    await notice.locator('button').click();
    expect(await visibleSteps(page)).toEqual(all);
    expect(await notice.isVisible()).toBe(false);
    expect(problems.filter((p) => !p.includes('third-party'))).toEqual([]);
    await context.close();
  });

  it.each(['nope', 'bars-at-zero"><img src=x onerror=alert(1)>', '__proto__'])(
    'ignores ?step=%s and never writes it into the page',
    async (bad) => {
      const { context, page } = await openPage(browser, { viewport: VIEWPORTS.phone });
      const dialogs: string[] = [];
      page.on('dialog', (d) => (dialogs.push(d.message()), d.dismiss()));
      await page.goto(`${origin}/embed/embed-steps/`, { waitUntil: 'networkidle' });
      const all = await visibleSteps(page);
      await page.goto(`${origin}/embed/embed-steps/?step=${encodeURIComponent(bad)}`);
      expect(await visibleSteps(page)).toEqual(all);
      expect(await page.locator('[data-embed-start]').isVisible()).toBe(false);
      expect(await page.content()).not.toContain(bad.slice(0, 12) === 'bars-at-zero' ? 'onerror' : bad);
      expect(dialogs).toEqual([]);
      await context.close();
    },
  );

  it('the embed box offers the steps and rewrites the snippet with a valid ?step=', async () => {
    const { context, page } = await openPage(browser, { viewport: VIEWPORTS.desktop });
    await page.goto(`${origin}/embed-steps/`);
    const picker = page.locator('#embed-embed-steps-step');
    await expect.poll(() => picker.isVisible()).toBe(true);
    const second = await picker.locator('option').nth(2).getAttribute('value');
    await picker.selectOption(second!);
    expect(await page.locator('#embed-embed-steps-code').inputValue()).toContain(`/embed/embed-steps/?step=${second}"`);
    await picker.selectOption('');
    expect(await page.locator('#embed-embed-steps-code').inputValue()).toContain('/embed/embed-steps/"');
    await context.close();
  });
});

/**
 * The Russian edition in a browser: the language switch keeps the reader's place (same page, same
 * fragment, the same step open), a quote in our translation opens its English original in place,
 * footnote pop-ups speak Russian, and search in Russian lands on the statement it names.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { VIEWPORTS, axeViolations, baseUrl, launch, openPage, siteUrl } from './helpers.ts';
import { popUpProblemsIn } from './footnote-pop-ups.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const activeStep = (page: Page) =>
  page.locator('.scrolly-step[aria-current="step"]').first().getAttribute('id', { timeout: 20_000 });

describe.each(Object.entries(VIEWPORTS))('at %s size', (_name, viewport) => {
  it('the switch takes a reader at a step to the same step in the other language, and back', async () => {
    const { context, page, problems } = await openPage(browser, { viewport });
    await page.goto(siteUrl('/the-2019-toll/#toll-bagram-attack'), { waitUntil: 'load' });
    await page.waitForTimeout(300);
    await page.locator('a[data-edition-switch]').click();
    await page.waitForURL(/\/ru\/the-2019-toll\/#toll-bagram-attack$/);
    await page.waitForLoadState('load');
    await page.waitForTimeout(300);
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    expect(await activeStep(page)).toBe('toll-bagram-attack');
    const top = await page.locator('#toll-bagram-attack').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(viewport.height);
    await page.locator('a[data-edition-switch]').click();
    await page.waitForURL(/\/the-2019-toll\/#toll-bagram-attack$/);
    expect(new URL(page.url()).pathname).toBe('/the-2019-toll/');
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);

  it("the scrolly engine starting changes nothing the reader sees: the stage's title and step count, the first step's mark, Previous", async () => {
    const { context, page, problems } = await openPage(browser, { viewport });
    await page.addInitScript(() => {
      const w = window as unknown as { __rewritten: string[]; __firstMark: string; __previous: string };
      w.__rewritten = [];
      document.addEventListener('DOMContentLoaded', () => {
        const first = document.querySelector('.scrolly-step');
        w.__firstMark = first ? getComputedStyle(first).borderLeftColor : '';
        const previous = document.querySelector('[data-scrolly-prev]');
        w.__previous = previous ? getComputedStyle(previous).color : '';
        new MutationObserver((records) => {
          for (const r of records) w.__rewritten.push((r.target as Element).className);
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      });
    });
    await page.goto(siteUrl('/ru/the-2019-toll/'), { waitUntil: 'load' });
    await expect.poll(() => activeStep(page)).toBe('toll-all-deaths');
    const seen = await page.evaluate(() => {
      const w = window as unknown as { __rewritten: string[]; __firstMark: string; __previous: string };
      return {
        rewritten: w.__rewritten.filter((c) => /scrolly-stage__title|scrolly-controls__status/.test(c)),
        before: w.__firstMark,
        after: getComputedStyle(document.querySelector('.scrolly-step')!).borderLeftColor,
        previousBefore: w.__previous,
        previousAfter: getComputedStyle(document.querySelector('[data-scrolly-prev]')!).color,
      };
    });
    expect(seen.rewritten).toEqual([]);
    expect(seen.after).toBe(seen.before);
    expect(seen.previousAfter).toBe(seen.previousBefore);
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);

  it('a quote in our translation opens its English original in place, and closes on Escape', async () => {
    const { context, page, problems } = await openPage(browser, { viewport });
    await page.goto(siteUrl('/ru/the-report/'), { waitUntil: 'load' });
    const mark = page.locator('button.tr__mark').first();
    await mark.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    await mark.click();
    const original = page.locator('.tr__original:popover-open');
    await original.waitFor();
    expect(await original.locator('q[lang="en"]').textContent()).toMatch(/[A-Za-z]{3}/);
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThanOrEqual(4);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await page.locator('.tr__original:popover-open').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);
});

describe('footnote pop-ups in Russian', () => {
  // The Russian opening page lists the chapters, each item with the chapter's slug as its public id.
  const opening = load(readFileSync('dist/ru/index.html', 'utf8'));
  const chapters = opening('li[data-public-id]')
    .map((_, li) => opening(li).attr('id'))
    .get();
  const words = { note: (n: string) => `Примечание ${n}`, more: (n: string) => `Примечание ${n} в списке примечаний` };

  it('show every reference its note in Russian words, with the link on to it (all six chapters)', async () => {
    expect(chapters).toHaveLength(6);
    const { read, problems } = await popUpProblemsIn(
      browser,
      chapters.map((slug) => `/ru/${slug}/`),
      words,
    );
    expect(read).toBeGreaterThan(150);
    expect(problems).toEqual([]);
  }, 120_000);

  it('opens one on a tap at phone size, reads it in Russian, with no axe violations', async () => {
    const { context, page, problems } = await openPage(browser, { viewport: VIEWPORTS.phone, hasTouch: true });
    await page.goto(siteUrl('/ru/the-report/'), { waitUntil: 'load' });
    const ref = page.locator('.chapter__body p a[data-footnote-ref]').first();
    await ref.evaluate((a) => a.scrollIntoView({ block: 'center', behavior: 'instant' }));
    await ref.tap();
    const pop = page.locator('.fn-pop:popover-open');
    await pop.waitFor();
    const n = (await ref.textContent())!;
    expect(await pop.locator('.fn-pop__label').innerText()).toBe(words.note(n));
    expect(await pop.locator('.fn-pop__more').innerText()).toBe(words.more(n));
    expect(await pop.innerText()).toMatch(/[а-я]{4}/);
    // The toggle event that sets aria-expanded comes as a task after the pop-up opens.
    await expect.poll(() => ref.getAttribute('aria-expanded')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await page.locator('.fn-pop:popover-open').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);
});

it('finds «Муджахид» in Russian and lands on his statement, in Russian', async () => {
  const { context, page, problems } = await openPage(browser, { viewport: VIEWPORTS.desktop });
  await page.goto(siteUrl('/ru/search/'));
  await page.fill('input[type="search"]', 'Муджахид');
  await page.keyboard.press('Enter');
  const first = page.locator('[data-search-results] li a').first();
  await first.waitFor({ timeout: 20_000 });
  const href = new URL((await first.getAttribute('href'))!, baseUrl());
  expect(href.pathname).toBe('/ru/who-said-what/');
  expect(href.hash).toBe('#2020-06-27-taliban');
  expect(await page.locator('[data-search-status]').textContent()).toMatch(/результат/);
  await first.click();
  await page.waitForURL(/\/ru\/who-said-what\/#2020-06-27-taliban$/);
  await page.waitForLoadState('load');
  await page.waitForTimeout(300);
  expect(await activeStep(page)).toBe('statements-taliban');
  expect(problems).toEqual([]);
  await context.close();
}, 90_000);

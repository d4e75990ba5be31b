import type { Frame, Page } from 'playwright-core';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { htmlPages, storyChapters } from '../build/dist.ts';
import { VIEWPORTS, fileBrowser, siteUrl } from './helpers.ts';
import { serve } from '../../tools/serve.ts';
import { liveGraphicShows, settle, triggerLine } from './scrolly-site.ts';

const CHAPTERS = storyChapters();

// One page per set of options for the suites that only load and read chapters (helpers.ts: PagePool).
const { open, pool } = fileBrowser();

it('finds the story chapters', () => {
  expect(CHAPTERS.length).toBeGreaterThanOrEqual(5);
});

/** What a reader sees of the steps: figures on screen, and whether a stepper is offered and works. */
async function readable(page: Page | Frame) {
  return page.evaluate(async () => {
    const shown = (el: Element | null) => !!el && el.getBoundingClientRect().width > 0;
    const figures = [...document.querySelectorAll('.scrolly-step__figure')];
    const next = document.querySelector<HTMLButtonElement>('[data-scrolly-next]');
    const section = next?.closest<HTMLElement>('[data-scrolly]');
    let stepper = 'hidden';
    if (shown(next) && section) {
      const before = section.dataset.activeStep;
      next!.click();
      await new Promise((r) => setTimeout(r, 300));
      stepper = section.dataset.activeStep !== before ? 'works' : 'dead';
    }
    return {
      figures: figures.length,
      hiddenFigures: figures.filter((f) => !shown(f)).map((f) => f.closest('.scrolly-step')?.id),
      stickyShown: [...document.querySelectorAll('.scrolly-graphic')].some(shown),
      stepper,
    };
  });
}

describe('when the scrolly script does not run', () => {
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    it(`blocked: every step figure is shown and no stepper is dead at ${name} size`, async () => {
      const { context, page } = await open({ viewport });
      await page.route('**/_astro/*.js', (route) => route.abort('blockedbyclient'));
      await page.goto(siteUrl('/the-2019-toll/'), { waitUntil: 'load' });
      await settle(page);
      const seen = await readable(page);
      expect(seen.figures).toBeGreaterThan(0);
      expect(seen.hiddenFigures).toEqual([]);
      expect(seen.stickyShown).toBe(false);
      expect(seen.stepper).not.toBe('dead');
      await context.close();
    });
  }

  // Where the host sends _headers a chapter refuses other origins' frames (framing.test.ts); on a host
  // that cannot (GitHub Pages) a teacher may still frame it, sandboxed, and it must stay readable.
  it('in a frame sandboxed without allow-same-origin (the module cannot be fetched): stacked figures', async () => {
    const bare = await serve({ root: 'dist', host: '127.0.0.1', port: 0, headers: false });
    const { context, page } = await open({ viewport: { width: 1300, height: 900 } });
    await page.setContent(
      `<iframe title="Chapter" sandbox="allow-scripts" src="${new URL('the-2019-toll/', bare.url).href}" style="width:1280px;height:800px;border:0"></iframe>`,
      { waitUntil: 'load' },
    );
    const frame = page.frames().find((f) => f.url().includes('/the-2019-toll/'))!;
    await frame.waitForLoadState('load');
    await settle(frame);
    const seen = await readable(frame);
    expect(seen.figures).toBeGreaterThan(0);
    expect(seen.hiddenFigures).toEqual([]);
    expect(seen.stepper).not.toBe('dead');
    await context.close();
    await new Promise((done) => bare.server.close(done));
  });
});

describe('on a phone (390 × 844) with JavaScript on', () => {
  /** A chapter loaded and settled, without motion (no transition to wait for), and its trigger line. */
  const openOnPhone = async (path: string) => {
    const watched = await pool.page({ viewport: VIEWPORTS.phone, reducedMotion: 'reduce' });
    await watched.page.goto(siteUrl(path), { waitUntil: 'load' });
    await settle(watched.page);
    return { ...watched, line: await triggerLine(watched.page) };
  };

  it.each(CHAPTERS)('%s: at every step a graphic with its marks is on screen and shows that step', async (path) => {
    const { page, problems, line } = await openOnPhone(path);
    const steps = await page.$$eval('.scrolly-step', (els) =>
      els.map((el) => {
        const section = el.closest<HTMLElement>('[data-scrolly]')!;
        const payload = JSON.parse(section.querySelector('script[data-scrolly-payload]')!.textContent!);
        const index = [...section.querySelectorAll('.scrolly-step')].indexOf(el);
        return { id: el.id, section: section.id, index, state: payload.steps[index].state as number };
      }),
    );
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      await page.evaluate(
        ([id, at]) => {
          const top = document.getElementById(id as string)!.getBoundingClientRect().top + window.scrollY;
          window.scrollTo({ top: top - (at as number) + 20, behavior: 'instant' });
        },
        [step.id, line] as const,
      );
      await settle(page);
      const seen = await page.evaluate(
        async ([sid, id]) => {
          const section = document.getElementById(sid as string)!;
          const inView = (el: Element) => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && r.height > 40 && r.top >= -1 && r.bottom <= innerHeight + 1;
          };
          const visibleMarks = (svg: Element) =>
            [...svg.querySelectorAll(':scope > :not(title, desc, defs)')].filter((m) => {
              const r = m.getBoundingClientRect();
              return getComputedStyle(m).opacity !== '0' && (r.width > 0 || r.height > 0);
            }).length;
          const live = [...section.querySelectorAll('.scrolly-graphic svg')].find(inView);
          if (live) return { kind: 'sticky', active: Number(section.dataset.activeStep), marks: visibleMarks(live) };
          // A section whose graphic is too tall for half a phone screen keeps the step's own figure.
          const steps = [...section.querySelectorAll('.scrolly-step')];
          const own = steps.slice(0, steps.findIndex((s) => s.id === id) + 1).reverse();
          const figure = own.map((s) => s.querySelector('.scrolly-step__figure :is(svg, img)')).find(Boolean);
          if (!figure) return { kind: 'none', active: -1, marks: 0 };
          figure.scrollIntoView({ block: 'nearest' });
          // A stacked figure taller than the screen (the ledger overview) is read by scrolling through it:
          // its top must be on screen with at least 40 px of it showing.
          const r = figure.getBoundingClientRect();
          const showing = r.width > 0 && r.top >= -1 && r.top <= innerHeight - 40;
          // A figure drawn as a file must load; its marks are counted in the file it shows (below).
          if (figure instanceof HTMLImageElement) {
            const loaded = await figure.decode().then(
              () => true,
              () => false,
            );
            return { kind: showing && loaded ? 'figure' : 'none', active: -1, marks: 0, src: figure.src };
          }
          return { kind: showing ? 'figure' : 'none', active: -1, marks: visibleMarks(figure) };
        },
        [step.section, step.id] as const,
      );
      expect(seen.kind, step.id).not.toBe('none');
      if (seen.src) seen.marks = await marksInFile(seen.src);
      expect(seen.marks, step.id).toBeGreaterThan(0);
      if (seen.kind === 'sticky') {
        expect(seen.active, step.id).toBe(step.index);
        expect(await liveGraphicShows(page, step.section, step.state), step.id).toEqual([]);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(CHAPTERS)(
    '%s: a link to each step lands the step’s first line in view, under the sticky graphic',
    async (path) => {
      const { page, problems, line } = await openOnPhone(path);
      const ids = await page.evaluate(() => [...document.querySelectorAll('.scrolly-step')].map((s) => s.id));
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) {
        // The browser's own scroll to a fragment (with the step's scroll-margin), as a followed link does.
        await page.evaluate((sid) => (location.hash = sid), id);
        await settle(page);
        const seen = await page.evaluate((sid) => {
          const step = document.getElementById(sid)!;
          const stage = step.closest('.scrolly')!.querySelector('.scrolly-stage')!;
          const sticky = getComputedStyle(stage).position === 'sticky';
          return { top: step.getBoundingClientRect().top, under: sticky ? stage.getBoundingClientRect().bottom : 0 };
        }, id);
        expect(seen.top, id).toBeGreaterThanOrEqual(seen.under - 1);
        expect(seen.top, id).toBeLessThan(line);
      }
      expect(problems).toEqual([]);
    },
  );
});

/** The marks a figure's SVG file draws (not hidden ones): what its image shows. */
async function marksInFile(src: string): Promise<number> {
  const $ = load(await (await fetch(src)).text(), { xml: true });
  return $('svg > :not(title, desc, defs, style)').filter((_, m) => $(m).attr('opacity') !== '0').length;
}

/** The tallest band of a drawing with no mark in it, in percent of the drawing's height. */
function widestBlankBand(svg: SVGSVGElement): number {
  const box = svg.viewBox.baseVal;
  // Every drawn mark: a still figure keys only the marks with details.
  const spans = [...svg.querySelectorAll<SVGGraphicsElement>(':scope > :not(title, desc, defs, style)')]
    .filter((m) => m.getAttribute('opacity') !== '0')
    .map((m) => m.getBBox())
    .filter((b) => b.width > 0 || b.height > 0)
    .map((b) => [b.y, b.y + b.height] as const)
    .sort((a, b) => a[0] - b[0]);
  let end = box.y;
  let widest = 0;
  for (const [top, bottom] of spans) {
    widest = Math.max(widest, top - end);
    end = Math.max(end, bottom);
  }
  widest = Math.max(widest, box.y + box.height - end);
  return Math.round((widest / box.height) * 100);
}

describe('stacked figures (JavaScript off, 390 px)', () => {
  it.each(CHAPTERS)('%s: no figure has an empty band over a tenth of its height', async (path) => {
    const { page } = await pool.page({ viewport: VIEWPORTS.phone, javaScriptEnabled: false });
    await page.goto(siteUrl(path));
    // Every figure is an image of its own file, measured in the file itself. The function goes as
    // source text: evaluated as an expression, the page's CSP (no eval) does not apply.
    const measure = `(${widestBlankBand.toString()})`;
    const figures = await page.$$eval('.scrolly-step__figure', (els) =>
      els.map((f) => ({ step: f.closest('.scrolly-step')?.id, src: f.querySelector('img')?.src })),
    );
    const bands = [];
    for (const { step, src } of figures) {
      expect(src, step).toBeTruthy();
      await page.goto(src!);
      bands.push({ step, share: (await page.evaluate(`${measure}(document.documentElement)`)) as number });
    }
    expect(bands.length).toBeGreaterThan(0);
    expect(bands.filter((b) => b.share > 10)).toEqual([]);
  });
});

describe('a fresh visit without a fragment', () => {
  // On a phone the first section can start above the reading line: the engine used to write its id into
  // the address while the page loaded, and the browser then scrolled to it, past the chapter's opening.
  it.each(CHAPTERS)(
    '%s: stays at the top of the page, the address without a fragment, until the reader scrolls',
    async (path) => {
      const { page, problems } = await pool.page({ viewport: VIEWPORTS.phone });
      await page.goto(siteUrl(path), { waitUntil: 'load' });
      await settle(page);
      expect(await page.evaluate(() => [window.scrollY, location.hash])).toEqual([0, '']);
      const line = await triggerLine(page);
      const first = await page.$eval('[data-scrolly]', (s) => ({ id: s.id, top: s.getBoundingClientRect().top }));
      await page.mouse.wheel(0, Math.max(1, first.top - line + 40));
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${first.id}`);
      expect(problems).toEqual([]);
    },
  );
});

describe('the two copies of the sticky graphic', () => {
  // Only the copy on screen moves with the steps; a resize that shows the other copy brings it to the state.
  it('shows the current step in the copy a resize brings on screen, both ways across 1200 px', async () => {
    const { context, page, problems } = await open({
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
    });
    await page.goto(siteUrl('/who-said-what/'), { waitUntil: 'load' });
    const section = await page.$eval('[data-scrolly]', (s) => s.id);
    const ids = await page.$$eval(`#${section} .scrolly-step`, (els) => els.map((e) => e.id));
    await page.goto(siteUrl('/who-said-what/') + `#${ids[3]}`, { waitUntil: 'load' });
    const state = () => page.$eval(`#${section}`, (s) => Number((s as HTMLElement).dataset.activeState));
    await expect.poll(() => page.$eval(`#${section}`, (s) => (s as HTMLElement).dataset.activeStep)).toBe('3');
    expect(await liveGraphicShows(page, section, await state())).toEqual([]);
    for (const width of [1000, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await settle(page);
      await expect.poll(async () => liveGraphicShows(page, section, await state())).toEqual([]);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the sticky graphic’s states file (fetched when the engine starts)', () => {
  const CHAPTER = '/the-2019-toll/';
  const STATES = '**/_files/scrolly-*.json';
  /** The chapter's first section and its fourth step, as the built page describes them. */
  const target = () => {
    const $ = htmlPages().find((p) => p.path === CHAPTER)!.$;
    const section = $('[data-scrolly]').first();
    const payload = JSON.parse(section.find('script[data-scrolly-payload]').text()) as {
      steps: { id: string; state: number }[];
      titles: Record<number, string>;
    };
    const step = payload.steps[3]!;
    return { section: section.attr('id')!, index: 3, ...step, title: payload.titles[step.state]! };
  };
  const stageTitle = (page: Page, section: string) =>
    page.$eval(`#${section} [data-scrolly-stage-title]`, (el) => el.textContent);

  it.each(['scrolled to', 'linked to'])(
    'slow: a step %s before it arrives is what the graphic shows once it does',
    async (how) => {
      const step = target();
      const { context, page, problems } = await open({
        viewport: VIEWPORTS.desktop,
        reducedMotion: 'reduce',
      });
      let requested = 0;
      let release = () => {};
      const released = new Promise<void>((done) => (release = done));
      await page.route(STATES, async (route) => {
        requested += 1;
        await released;
        await route.continue();
      });
      await page.goto(siteUrl(CHAPTER) + (how === 'linked to' ? `#${step.id}` : ''), { waitUntil: 'load' });
      await settle(page);
      if (how === 'scrolled to') {
        const line = await triggerLine(page);
        await page.$eval(
          `#${step.id}`,
          (el, at) => window.scrollTo({ top: el.getBoundingClientRect().top + scrollY - at + 20, behavior: 'instant' }),
          line,
        );
        await settle(page);
      }
      // The engine follows the steps without the file; the graphic waits for it.
      expect(requested).toBeGreaterThan(0);
      await expect.poll(() => page.$eval(`#${step.section}`, (s) => (s as HTMLElement).dataset.activeStep)).toBe('3');
      release();
      expect(await liveGraphicShows(page, step.section, step.state)).toEqual([]);
      expect(await stageTitle(page, step.section)).toBe(step.title);
      expect(problems).toEqual([]);
      await context.close();
    },
  );

  it('failed: the sections fall back to their stacked figures, and nothing throws', async () => {
    const { context, page, problems } = await open({ viewport: VIEWPORTS.desktop });
    let refused = 0;
    await page.route(STATES, (route) => {
      refused += 1;
      return route.abort('failed');
    });
    await page.goto(siteUrl(CHAPTER), { waitUntil: 'load' });
    await settle(page);
    expect(refused).toBeGreaterThan(0);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.scrolly-step__figure')].every((f) => f.getBoundingClientRect().width > 0),
    );
    const seen = await readable(page);
    expect(seen.figures).toBeGreaterThan(0);
    expect(seen.hiddenFigures).toEqual([]);
    expect(seen.stickyShown).toBe(false);
    expect(seen.stepper).not.toBe('dead');
    // The browser reports the refused request (twice: the request, and its console line); nothing else.
    expect(problems.filter((p) => !/\/_files\/scrolly-|Failed to load resource/.test(p))).toEqual([]);
    await context.close();
  });
});

import type { Browser, Frame, Page } from 'playwright-core';
import { VIEWPORTS, openPage, siteUrl } from './helpers.ts';

/** What a reader reads in one reference's pop-up, beside the note it should repeat. */
export interface PopUpReading {
  ref: string;
  number: string;
  href: string;
  label: string;
  body: string;
  note: string;
  more: string;
  moreHref: string | null;
  paragraphs: number;
  noteParagraphs: number;
  ids: number;
}

/**
 * Opens the pop-up of every footnote reference in the chapter's prose, one after another as a reader
 * clicks them, and reads each: its label, its text, its link on, set beside the note in the list
 * (without the list's back-links). A reference that opened nothing reads as an empty label.
 */
export function readEveryPopUp(page: Page | Frame): Promise<PopUpReading[]> {
  return page.evaluate(() => {
    const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    return [...document.querySelectorAll<HTMLAnchorElement>('.chapter__body a[data-footnote-ref]')].map((a) => {
      a.click();
      const pop = document.querySelector<HTMLElement>('.fn-pop:popover-open');
      const note = document.querySelector(`[data-footnotes] li${a.getAttribute('href')}`)!.cloneNode(true) as Element;
      for (const back of note.querySelectorAll('[data-footnote-backref]')) back.remove();
      const reading = {
        ref: a.id,
        number: text(a),
        href: a.getAttribute('href')!,
        label: '',
        body: '',
        note: text(note),
        more: '',
        moreHref: null as string | null,
        paragraphs: 0,
        noteParagraphs: note.querySelectorAll('p').length,
        ids: 0,
      };
      if (!pop || a.getAttribute('aria-controls') !== pop.id) return reading;
      const body = pop.cloneNode(true) as Element;
      for (const extra of body.querySelectorAll('.fn-pop__label, .fn-pop__more')) extra.remove();
      const more = pop.querySelector('.fn-pop__more');
      pop.hidePopover();
      return {
        ...reading,
        label: text(pop.querySelector('.fn-pop__label') ?? body),
        body: text(body),
        more: more ? text(more) : '',
        moreHref: more?.getAttribute('href') ?? null,
        paragraphs: pop.querySelectorAll('.fn-pop__p').length,
        ids: pop.querySelectorAll('[id]').length,
      };
    });
  });
}

/** Where `a` departs from `b`, with a little context. */
function differs(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(Math.max(0, i - 20), i + 40);
}

/** The words of one edition's pop-ups, for a note's number. */
export interface PopUpWords {
  note: (n: string) => string;
  more: (n: string) => string;
}

/**
 * Reads every pop-up on each page as a reader opens them: how many it read, and everything a reader
 * would find wrong (also a pop-up, or a pointer at one, before the reader opened any; axe would flag
 * a pointer at nothing), with the page's own errors.
 */
export async function popUpProblemsIn(
  browser: Browser,
  paths: string[],
  words: PopUpWords,
): Promise<{ read: number; problems: string[] }> {
  const { context, page, problems } = await openPage(browser, { viewport: VIEWPORTS.desktop });
  const found: string[] = [];
  let read = 0;
  for (const path of paths) {
    await page.goto(siteUrl(path));
    const early = await page.locator('a[data-footnote-ref][aria-controls], .fn-pop').count();
    if (early) found.push(`${path}: ${early} pop-ups or pointers at one before the reader opened any`);
    const closed = await page.locator('a[data-footnote-ref][aria-expanded="false"]').count();
    const readings = await readEveryPopUp(page);
    if (closed < readings.length) found.push(`${path}: ${closed} of ${readings.length} references say they open`);
    read += readings.length;
    found.push(...popUpProblems(readings, words).map((p) => `${path} ${p}`));
  }
  await context.close();
  return { read, problems: [...found, ...problems] };
}

/** Each reading that differs from what the edition's words and the note say a reader should see. */
export function popUpProblems(readings: PopUpReading[], words: PopUpWords): string[] {
  return readings.flatMap((r) => {
    const wrong = [
      r.label !== words.note(r.number) && `label «${r.label}»`,
      r.body !== r.note && `text «${differs(r.body, r.note)}» for «${differs(r.note, r.body)}»`,
      r.more !== words.more(r.number) && `link on «${r.more}»`,
      r.moreHref !== r.href && `link on to ${r.moreHref}`,
      r.paragraphs !== r.noteParagraphs && `${r.paragraphs} of ${r.noteParagraphs} paragraphs`,
      r.ids > 0 && `${r.ids} ids copied`,
    ].filter((x) => x !== false);
    return wrong.length ? [`${r.ref}: ${wrong.join('; ')}`] : [];
  });
}

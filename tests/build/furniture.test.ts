import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measurePages } from '../../tools/audit/bytes.ts';
import { editionOf, htmlPages } from './dist.ts';

/**
 * The reading furniture in the built pages: chapter bar and pager, each note once for its pop-ups,
 * one link control per section (never inside a heading, never on a note), the search page.
 */
const pages = htmlPages();
const byEdition = (edition: 'en' | 'ru') =>
  pages
    .filter((p) => p.$('article[data-chapter-order]').length === 1 && editionOf(p.path) === edition)
    .sort(
      (a, b) => Number(a.$('article').attr('data-chapter-order')) - Number(b.$('article').attr('data-chapter-order')),
    );
const chapters = byEdition('en');
const EDITIONS = { en: chapters, ru: byEdition('ru') };
/** The furniture's words in each edition (src/lib/i18n/ui.ts). */
const WORDS = {
  en: { next: (n: number) => `chapter ${n} of 6`, where: (n: number) => `^Chapter ${n} of 6: \\S`, note: 'Note {n}' },
  ru: { next: (n: number) => `глава ${n} из 6`, where: (n: number) => `^Глава ${n} из 6: \\S`, note: 'Примечание {n}' },
};

it('finds the six chapters in each edition', () => {
  expect(chapters.map((c) => c.path)).toHaveLength(6);
  expect(EDITIONS.ru.map((c) => c.path)).toEqual(chapters.map((c) => `/ru${c.path}`));
});

describe.each(
  (['en', 'ru'] as const).flatMap((edition) => EDITIONS[edition].map((c, i) => [c.path, c, i, edition] as const)),
)('chapter %s', (path, { $ }, i, edition) => {
  const chapters = EDITIONS[edition];
  it('ends with a card to the next and the previous chapter', () => {
    const next = $('.chapter-pager a[rel="next"]').attr('href');
    const prev = $('.chapter-pager a[rel="prev"]').attr('href');
    expect(next).toBe(chapters[i + 1]?.path);
    expect(prev).toBe(chapters[i - 1]?.path);
    if (i < chapters.length - 1) expect($('.chapter-pager a[rel="next"]').text()).toContain(WORDS[edition].next(i + 2));
  });

  it('shows where it is in the six chapters as a list, itself marked current', () => {
    const items = $('nav.chapter-bar ol > li');
    expect(items).toHaveLength(6);
    expect($('nav.chapter-bar [aria-current="page"]').attr('href')).toBe(path);
    expect($('nav.chapter-bar summary').text().replace(/\s+/g, ' ').trim()).toMatch(
      new RegExp(WORDS[edition].where(i + 1)),
    );
  });

  it('gives every footnote reference the note its pop-up is built from, once, and links no note separately', () => {
    const refs = $('a[data-footnote-ref]');
    expect(refs.length).toBeGreaterThan(3);
    refs.each((_, a) => {
      const note = $(`[data-footnotes] li${$(a).attr('href')}`);
      expect(note.text().length).toBeGreaterThan(20);
    });
    // The pop-ups' words, for the script to number; no copy of a note, nor a pointer at one not built yet.
    expect($('[data-footnotes]').attr('data-note-label')).toBe(WORDS[edition].note);
    expect($('.fn-pop, a[data-footnote-ref][aria-controls]')).toHaveLength(0);
    expect($('[data-footnotes] .permalink, [data-footnotes] .copy-button')).toHaveLength(0);
  });

  it('names its headings by their text alone: link controls sit beside them', () => {
    expect($('h1 a, h1 button, h2 a, h2 button, h3 a')).toHaveLength(0);
    expect($('h1').text().trim()).toBe($('title').text().split(' · ')[0]);
    $('.chapter__body h2[id]').each((_, h) => {
      if ($(h).closest('summary').length) return;
      expect($(h).next('a.permalink').attr('href'), $(h).text()).toBe(`#${$(h).attr('id')}`);
    });
  });
});

it('builds a search page whose CSP alone allows WebAssembly, and the index it loads', () => {
  const isSearch = (path: string) => path === '/search/' || path === '/ru/search/';
  const csp = (p: (typeof pages)[number]) => p.$('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
  for (const search of pages.filter((p) => isSearch(p.path))) {
    expect(search.$('form[role="search"] input[type="search"]')).toHaveLength(1);
    expect(csp(search)).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
  }
  expect(pages.filter((p) => isSearch(p.path))).toHaveLength(2);
  for (const p of pages.filter((x) => !isSearch(x.path))) expect(csp(p), p.path).not.toContain('wasm');
  expect(existsSync('dist/pagefind/pagefind.js')).toBe(true);
  expect(existsSync('dist/pagefind/pagefind-entry.json')).toBe(true);
});

it('keeps each chapter page’s JavaScript under 10 KB gzipped (reported in reports/chapter-js.md)', () => {
  const measured = new Map(measurePages('dist').map((p) => [p.path, p.js]));
  const lines = ['| page | JS gz (bytes) |', '| --- | --- |'];
  for (const { path } of chapters) {
    const js = measured.get(path) ?? NaN;
    lines.push(`| ${path} | ${js} |`);
    expect(js, path).toBeLessThan(10 * 1024);
  }
  lines.push(`| /search/ (Pagefind loads on demand) | ${measured.get('/search/')} |`);
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/chapter-js.md', lines.join('\n') + '\n');
}, 60_000);

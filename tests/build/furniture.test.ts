import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measurePages } from '../../tools/audit/bytes.ts';
import { htmlPages } from './dist.ts';

/**
 * The reading furniture in the built pages: chapter bar and pager, pop-ups per footnote reference,
 * one link control per section (never inside a heading, never on a note), the search page.
 */
const pages = htmlPages();
const chapters = pages
  .filter((p) => p.$('article[data-chapter-order]').length === 1)
  .sort(
    (a, b) => Number(a.$('article').attr('data-chapter-order')) - Number(b.$('article').attr('data-chapter-order')),
  );

it('finds the six chapters', () => {
  expect(chapters.map((c) => c.path)).toHaveLength(6);
});

describe.each(chapters.map((c, i) => [c.path, c, i] as const))('chapter %s', (path, { $ }, i) => {
  it('ends with a card to the next and the previous chapter', () => {
    const next = $('.chapter-pager a[rel="next"]').attr('href');
    const prev = $('.chapter-pager a[rel="prev"]').attr('href');
    expect(next).toBe(chapters[i + 1]?.path);
    expect(prev).toBe(chapters[i - 1]?.path);
    if (i < chapters.length - 1) expect($('.chapter-pager a[rel="next"]').text()).toContain(`chapter ${i + 2} of 6`);
  });

  it('shows where it is in the six chapters as a list, itself marked current', () => {
    const items = $('nav.chapter-bar ol > li');
    expect(items).toHaveLength(6);
    expect($('nav.chapter-bar [aria-current="page"]').attr('href')).toBe(path);
    expect($('nav.chapter-bar summary').text().replace(/\s+/g, ' ').trim()).toMatch(
      new RegExp(`^Chapter ${i + 1} of 6: \\S`),
    );
  });

  it('gives every footnote reference a pop-up with its note, and links no note separately', () => {
    const refs = $('a[data-footnote-ref]');
    expect(refs.length).toBeGreaterThan(3);
    refs.each((_, a) => {
      const pop = $(`#${$(a).attr('aria-controls')}[popover]`);
      expect(pop.find('.fn-pop__more').attr('href')).toBe($(a).attr('href'));
      expect(pop.text().length).toBeGreaterThan(20);
    });
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
  const search = pages.find((p) => p.path === '/search/');
  expect(search?.$('form[role="search"] input[type="search"]')).toHaveLength(1);
  const csp = (p: (typeof pages)[number]) => p.$('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
  expect(csp(search!)).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
  for (const p of pages.filter((x) => x.path !== '/search/')) expect(csp(p), p.path).not.toContain('wasm');
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

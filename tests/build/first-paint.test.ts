import { expect, it } from 'vitest';
import { htmlPages } from './dist.ts';

/**
 * A chapter or embed page paints once its HTML has arrived: no stylesheet to fetch first, and no
 * script the browser may run before painting (on a slow connection each was a request the paint
 * waited for). Scripts come from the inline loader after the first paint (src/client/after-paint.ts).
 */
const pages = htmlPages().filter((p) => p.$('article.chapter').length > 0);

it('finds the chapter and embed pages in both editions', () => {
  expect(pages.length).toBe(24);
});

it.each(pages.map((p) => [p.path, p] as const))('%s: nothing external before the first paint', (_path, { $ }) => {
  const external = $('link[rel~="stylesheet"], script[src]')
    .map((_, el) => $.html(el))
    .get();
  expect(external).toEqual([]);
  expect($('script[data-modules]').length).toBe(1);
});

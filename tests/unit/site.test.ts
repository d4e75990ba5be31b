import { expect, it } from 'vitest';
import { withBase } from '~/lib/site.ts';

it('joins the base path and a site path with exactly one slash', () => {
  expect(withBase('/about/', '/')).toBe('/about/');
  expect(withBase('about/', '/story')).toBe('/story/about/');
  expect(withBase('/data/deaths.csv', '/story/')).toBe('/story/data/deaths.csv');
});

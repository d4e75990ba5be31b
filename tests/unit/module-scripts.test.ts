import { expect, it } from 'vitest';
import { afterPaintModules, takeModuleScripts } from '../../src/lib/html/module-scripts.ts';

it('takes out the module script tags Astro renders, in order, and leaves every other script', () => {
  const html =
    '<p>a</p><script type="module" src="/_astro/A.js"></script><script type="application/json">{}</script>' +
    '<script type="module">inline()</script><script type="module" src="/_astro/B.js"></script>';
  expect(takeModuleScripts(html)).toEqual({
    html: '<p>a</p><script type="application/json">{}</script><script type="module">inline()</script>',
    urls: ['/_astro/A.js', '/_astro/B.js'],
  });
  expect(afterPaintModules(JSON.stringify(['/_astro/A.js']))).toEqual(['/_astro/A.js']);
  expect(afterPaintModules(undefined)).toEqual([]);
});

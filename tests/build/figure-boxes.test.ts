import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { htmlPages } from './dist.ts';

/**
 * Stacked figures are laid out only when they near the screen (content-visibility in scrolly.css);
 * until then their box comes from an aspect-ratio style attribute. A box of another shape than its
 * drawing changes size as the reader reaches it and moves what follows; a style attribute the page's
 * CSP does not name by its hash is dropped by the browser, with the same effect.
 */
const pages = htmlPages().filter((p) => p.$('.scrolly-step__figure').length > 0);

it('finds pages with stacked figures', () => {
  expect(pages.length).toBeGreaterThanOrEqual(12);
});

it.each(pages.map((p) => [p.path, p] as const))(
  '%s: every stacked figure is reserved at its drawing’s shape, with a style the CSP allows',
  (_path, page) => {
    const csp = page.$('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
    const allowed = /style-src-attr ([^;]*)/.exec(csp)?.[1]?.split(/\s+/) ?? [];
    const problems: string[] = [];
    page.$('.scrolly-step__figure').each((i, el) => {
      const style = page.$(el).attr('style') ?? '';
      const box = page.$(el).children('svg').attr('viewBox')?.split(' ').map(Number) ?? [];
      const ratio = /^aspect-ratio:([\d.]+)\/([\d.]+)$/.exec(style);
      if (!ratio) return void problems.push(`figure ${i}: style "${style}" is not an aspect-ratio`);
      if (Number(ratio[1]) !== box[2] || Number(ratio[2]) !== box[3])
        problems.push(`figure ${i}: aspect-ratio ${ratio[1]}/${ratio[2]} but viewBox ${box.join(' ')}`);
      const hash = `'sha256-${createHash('sha256').update(style).digest('base64')}'`;
      if (!allowed.includes(hash) || !allowed.includes("'unsafe-hashes'"))
        problems.push(`figure ${i}: the CSP's style-src-attr does not allow "${style}"`);
    });
    expect(problems).toEqual([]);
  },
);

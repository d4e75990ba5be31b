import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { figureDrawing, htmlPages } from './dist.ts';

/**
 * A stacked figure's box must have its drawing's shape before the drawing arrives: a figure drawn
 * as its own file is an <img> whose width and height attributes are the file's, so the browser
 * reserves it before it loads (lazily, near the screen); the one inline figure per section (with
 * focusable marks) is laid out only near the screen (content-visibility in scrolly.css), its box
 * coming from an aspect-ratio style attribute meanwhile, which the page's CSP must name by its hash
 * or the browser drops it. A box of another shape changes size as the reader reaches it and moves
 * what follows.
 */
const pages = htmlPages().filter((p) => p.$('.scrolly-step__figure').length > 0);

it('finds pages with stacked figures', () => {
  expect(pages.length).toBeGreaterThanOrEqual(12);
});

it.each(pages.map((p) => [p.path, p] as const))(
  '%s: every stacked figure is reserved at its drawing’s shape',
  (_path, page) => {
    const csp = page.$('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
    const allowed = /style-src-attr ([^;]*)/.exec(csp)?.[1]?.split(/\s+/) ?? [];
    const problems: string[] = [];
    page.$('.scrolly-step__figure').each((i, el) => {
      const drawing = figureDrawing(page.$, el);
      const box = drawing.$('svg').first().attr('viewBox')?.split(' ').map(Number) ?? [];
      const img = page.$(el).find('img');
      if (img.length) {
        const size = [img.attr('width'), img.attr('height')].map(Number);
        if (size[0] !== box[2] || size[1] !== box[3])
          problems.push(`figure ${i}: <img> ${size.join('×')} but its file's viewBox ${box.join(' ')}`);
        if (img.attr('loading') !== 'lazy') problems.push(`figure ${i}: the image is not loaded lazily`);
        if (!img.attr('alt')?.trim()) problems.push(`figure ${i}: the image has no text alternative`);
        return;
      }
      const style = page.$(el).attr('style') ?? '';
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

it('draws most stacked figures as files, so the page stays light', () => {
  for (const page of pages) {
    const files = page.$('.scrolly-step__figure img').length;
    const inline = page.$('.scrolly-step__figure > svg').length;
    expect(inline, page.path).toBeLessThanOrEqual(page.$('section.scrolly').length);
    expect(files, page.path).toBeGreaterThan(0);
  }
});

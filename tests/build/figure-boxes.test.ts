import { expect, it } from 'vitest';
import { figureDrawing, htmlPages } from './dist.ts';

/**
 * A stacked figure's box must have its drawing's shape before the drawing arrives: every figure is
 * drawn as its own file, shown by an <img> whose width and height attributes are the file's, so the
 * browser reserves it before it loads (lazily, near the screen). A box of another shape changes size
 * as the reader reaches it and moves what follows. The one figure per section with labelled marks
 * (data-labelled-marks) is put inline by the client (src/client/graphics/details.ts) in the same box.
 */
const pages = htmlPages().filter((p) => p.$('.scrolly-step__figure').length > 0);

it('finds pages with stacked figures', () => {
  expect(pages.length).toBeGreaterThanOrEqual(12);
});

it.each(pages.map((p) => [p.path, p] as const))(
  '%s: every stacked figure is an image reserved at its drawing’s shape',
  (_path, page) => {
    const problems: string[] = [];
    page.$('.scrolly-step__figure').each((i, el) => {
      const img = page.$(el).children('img');
      if (img.length !== 1 || page.$(el).children().length !== 1)
        return void problems.push(`figure ${i}: not one image (${page.$(el).html()?.slice(0, 60)})`);
      const drawing = figureDrawing(page.$, el);
      const box = drawing.$('svg').first().attr('viewBox')?.split(' ').map(Number) ?? [];
      const size = [img.attr('width'), img.attr('height')].map(Number);
      if (size[0] !== box[2] || size[1] !== box[3])
        problems.push(`figure ${i}: <img> ${size.join('×')} but its file's viewBox ${box.join(' ')}`);
      // Lazily, but for an embed's first figure, near the top of the frame and often its largest
      // paint: fetched at once, first.
      const section = page.$(el).closest('section.scrolly');
      const first = section.attr('data-scrolly-view') === 'all' && section.find('.scrolly-step__figure').first().is(el);
      const when = [img.attr('loading'), img.attr('fetchpriority')];
      if (when.join() !== (first ? ',high' : 'lazy,'))
        problems.push(`figure ${i}: loading=${when[0]} fetchpriority=${when[1]}, want ${first ? 'high' : 'lazy'}`);
      if (!img.attr('alt')?.trim()) problems.push(`figure ${i}: the image has no text alternative`);
    });
    expect(problems).toEqual([]);
  },
);

it.each(pages.map((p) => [p.path, p] as const))(
  '%s: one figure per section has the labelled marks, in a drawing the page can take inline',
  (_path, page) => {
    const ids = new Set(
      page
        .$('[id]')
        .map((_, el) => el.attribs.id)
        .get(),
    );
    page.$('section.scrolly').each((_, section) => {
      const id = section.attribs.id;
      const figures = page.$(section).find('.scrolly-step__figure');
      const labelled = figures.filter('[data-labelled-marks]');
      expect(labelled.length, id).toBe(1);
      const { $ } = figureDrawing(page.$, labelled.get(0)!, true);
      // It is the image's drawing, as light as the others', in the image's box.
      const image = figureDrawing(page.$, labelled.get(0)!).$;
      expect(image('[tabindex], [aria-label]').length, id).toBe(0);
      expect($('svg').attr('viewBox'), id).toBe(image('svg').attr('viewBox'));
      expect($('style').length, id).toBe(0);
      // Its marks can be tabbed to, one stop in the tab order, each with what it stands for.
      const marks = $('[data-key][tabindex]');
      expect(marks.length, id).toBeGreaterThan(0);
      expect(marks.filter('[tabindex="0"]').length, id).toBe(1);
      expect(marks.not('[role="img"][aria-label]').length, id).toBe(0);
      // Inline, it has no patterns of its own (the page must draw those its image has) and its ids become the page's:
      // none may be taken already, by the page or another section's drawing.
      const idsOf = (selector: string) =>
        $(selector)
          .map((_, el) => $(el).attr('id'))
          .get();
      const lacking = image('defs [id]')
        .map((_, el) => image(el).attr('id'))
        .get()
        .filter((p) => !ids.has(p));
      expect(lacking, `${id}: patterns the page lacks`).toEqual([]);
      const own = idsOf('[id]:not(defs [id])');
      expect(
        own.filter((x) => ids.has(x)),
        `${id}: ids taken`,
      ).toEqual([]);
      own.forEach((x) => ids.add(x));
      // The images are single pictures: no tab stops, no labels.
      figures.each((_, f) => {
        expect(figureDrawing(page.$, f).$('[tabindex], [aria-label]').length, id).toBe(0);
      });
    });
  },
);

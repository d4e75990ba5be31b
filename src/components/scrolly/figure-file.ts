import { load } from 'cheerio';
import { emitFile } from '~/lib/build/emitted-files.ts';
import { cssFor } from './graphic-css.ts';
import { withBase } from '~/lib/site.ts';

/**
 * A stacked figure as its own SVG file, shown by an <img>. Those figures are for readers without the
 * sticky graphic (JS off, print, embeds, "All steps"), yet inline they were most of a chapter's HTML,
 * which every reader downloads before the first paint (issue 13: 156 of the longest chapter's 326 KB).
 * An image's SVG sees none of the page's CSS, so each file carries the colour tokens (both schemes:
 * the image follows the reader's preference as the page does) and its graphic's own styles
 * (graphic-css.ts: figureCss).
 */

/**
 * Registers a figure's SVG as a file of the build and returns its URL on this site. A drawing with
 * its own styles keeps only the rules and colour tokens its elements can use (graphic-css.ts: cssFor).
 */
export function emitFigure(stem: string, svg: string): string {
  const $ = load(svg, { xml: true });
  const css = $('svg > style').text();
  const classes = new Set(
    $('[class]')
      .map((_, el) => ($(el).attr('class') ?? '').split(/\s+/))
      .get(),
  );
  const used = css ? svg.replace(css, cssFor(css, classes)) : svg;
  return withBase(emitFile(stem, 'svg', used));
}

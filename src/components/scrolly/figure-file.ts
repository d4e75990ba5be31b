import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss, { type Root } from 'postcss';
import { emitFile } from '~/lib/build/emitted-files.ts';
import { withBase } from '~/lib/site.ts';

/**
 * A stacked figure as its own SVG file, shown by an <img>. Those figures are for readers without the
 * sticky graphic (JS off, print, embeds, "All steps"), yet inline they were most of a chapter's HTML,
 * which every reader downloads before the first paint (issue 13: 156 of the longest chapter's 326 KB).
 * An image's SVG sees none of the page's CSS, so each file carries the colour tokens (both schemes:
 * the image follows the reader's preference as the page does) and its graphic's own styles.
 */
// Read from the sources at build time (as compile-script.ts does): Vite hands CSS to the page, not as text.
const source = (path: string): string => readFileSync(join(process.cwd(), path), 'utf8');

/** Without comments and indentation: the same CSS is in every figure file. */
function compact(root: Root): string {
  root.walkComments((c) => {
    c.remove();
  });
  root.walk((node) => {
    node.raws.before = '';
    if ('after' in node.raws) node.raws.after = '';
    if (node.type === 'decl') node.raws.between = ':';
    if (node.type === 'rule' || node.type === 'atrule') node.raws.between = '';
  });
  return root.toString();
}

/** The page's rules for a graphic's text (scrolly.css `.graphic text`), picked out by selector. */
function graphicTextRules(): Root {
  const root = postcss.root();
  postcss.parse(source('src/components/scrolly/scrolly.css')).walkRules('.graphic text', (rule) => {
    root.append(rule.clone());
  });
  return root;
}

const cache = new Map<string, string>();

/** The CSS a figure file of `graphic` needs, compacted. */
export function figureCss(graphic: string): string {
  const known = cache.get(graphic);
  if (known !== undefined) return known;
  // The engine's test graphics (tests/fixtures/graphics) have no styles of their own.
  const path = `src/graphics/${graphic}/styles.css`;
  const own = existsSync(join(process.cwd(), path)) ? source(path) : '';
  const root = postcss.parse(source('src/styles/tokens.css'));
  root.append(
    postcss.parse(source('src/styles/status-tokens.css')).nodes,
    graphicTextRules().nodes,
    postcss.parse(own).nodes,
  );
  const css = compact(root);
  cache.set(graphic, css);
  return css;
}

/** Registers a figure's SVG as a file of the build and returns its URL on this site. */
export const emitFigure = (stem: string, svg: string): string => withBase(emitFile(stem, 'svg', svg));

/**
 * The stylesheets of the story's graphics as text: for the pages (GraphicStyles.astro inlines the
 * graphics a page draws) and for the stacked figures drawn as files (figure-file.ts), whose images
 * see none of the page's CSS.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss, { type Root } from 'postcss';

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

/**
 * A graphic's own stylesheet, from its folder: the story's in src/graphics/, the engine's test graphic
 * in tests/fixtures/graphics/ (as graphics.ts finds its module), so fixture pages get theirs the same way.
 */
const STYLE_FOLDERS = ['src/graphics', 'tests/fixtures/graphics'];
function ownStyles(graphic: string): Root {
  const path = STYLE_FOLDERS.map((dir) => `${dir}/${graphic}/styles.css`).find((p) =>
    existsSync(join(process.cwd(), p)),
  );
  return path ? postcss.parse(source(path)) : postcss.root();
}

/**
 * A graphic's own styles, compacted, for the pages that draw it (GraphicStyles.astro): inlined in
 * every page's <head>, all five graphics' sheets were 12 KB of each chapter's HTML, four of them unused.
 */
export const graphicStyles = (graphic: string): string => compact(ownStyles(graphic));

const cache = new Map<string, string>();

/** The CSS a figure file of `graphic` needs, compacted: the colour tokens, the text rule and its own styles. */
export function figureCss(graphic: string): string {
  const known = cache.get(graphic);
  if (known !== undefined) return known;
  const root = postcss.parse(source('src/styles/tokens.css'));
  root.append(
    postcss.parse(source('src/styles/status-tokens.css')).nodes,
    graphicTextRules().nodes,
    ownStyles(graphic).nodes,
  );
  const css = compact(root);
  cache.set(graphic, css);
  return css;
}

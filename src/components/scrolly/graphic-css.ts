/**
 * The stylesheets of the story's graphics as text: for the pages (GraphicStyles.astro inlines the
 * graphics a page draws) and for the stacked figures drawn as files (figure-file.ts), whose images
 * see none of the page's CSS.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss, { type Root } from 'postcss';
import selectorParser from 'postcss-selector-parser';

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

const VAR = /var\(\s*(--[\w-]+)/g;
const ANY_OF = new Set([':is', ':where', ':matches', ':-webkit-any']);

/**
 * Whether a selector could match an element of a drawing with these classes: each class it names must
 * be one, but of an :is() list only one of them must match; :not(), :has() and the rest never rule it out.
 */
function possible(selector: selectorParser.Selector, classes: ReadonlySet<string>): boolean {
  return selector.nodes.every((n) => {
    if (n.type === 'class') return classes.has(n.value);
    if (n.type === 'pseudo' && ANY_OF.has(n.value.toLowerCase()) && n.nodes.length)
      return n.nodes.some((s) => possible(s, classes));
    return true;
  });
}

/**
 * What of `css` a drawing whose elements have these classes can use: the rules whose selectors name
 * only classes it has, and the custom properties those rules read (and the ones those read). A figure
 * file carried every colour token and its graphic's whole sheet, 5 KB of each 10-15 KB image; the first
 * figure of an embed is often its largest paint, which waits for the file.
 */
export function cssFor(css: string, classes: ReadonlySet<string>): string {
  const root = postcss.parse(css);
  const applies = (selector: string) =>
    selectorParser()
      .astSync(selector)
      .nodes.some((s) => possible(s, classes));
  root.walkRules((rule) => {
    const kept = rule.selectors.filter(applies);
    if (kept.length) rule.selectors = kept;
    else rule.remove();
  });
  const used = new Set<string>();
  const read = (value: string) => [...value.matchAll(VAR)].map((m) => m[1] ?? '');
  root.walkDecls((d) => {
    if (!d.prop.startsWith('--')) read(d.value).forEach((v) => used.add(v));
  });
  for (let grew = true; grew;) {
    grew = false;
    root.walkDecls((d) => {
      if (!used.has(d.prop)) return;
      for (const v of read(d.value)) if (!used.has(v)) grew = used.add(v).size > 0;
    });
  }
  root.walkDecls((d) => {
    if (d.prop.startsWith('--') && !used.has(d.prop)) d.remove();
  });
  // Emptied blocks go, innermost first (a rule in a media query in a supports block).
  for (let emptied = true; emptied;) {
    emptied = false;
    root.walk((node) => {
      if ((node.type === 'rule' || node.type === 'atrule') && node.nodes?.length === 0) {
        node.remove();
        emptied = true;
      }
    });
  }
  return compact(root);
}

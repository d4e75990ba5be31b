/**
 * Byte budgets per built page: what a reader's browser downloads for it, gzipped, by kind.
 * Reads dist/ only; the audit script turns the rows into a report and a pass/fail.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { afterPaintModules } from '../../src/lib/html/module-scripts.ts';

export const BUDGET = { js: 20 * 1024, css: 15 * 1024 } as const;

export interface PageBytes {
  path: string;
  html: number;
  js: number;
  css: number;
  fonts: number;
  files: string[];
}

export const gz = (data: string | Buffer): number => gzipSync(data, { level: 9 }).length;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** The dist/ file behind a same-site URL (absolute path or relative to the page), if there is one. */
function local(dist: string, pagePath: string, ref: string, base: string): string | undefined {
  if (/^(https?:)?\/\//.test(ref) || ref.startsWith('data:')) return undefined;
  const url = new URL(ref, new URL(pagePath, 'http://x'));
  const rel = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname.slice(1);
  const file = join(dist, decodeURIComponent(rel));
  return existsSync(file) ? file : undefined;
}

/** Every HTML page's gzipped bytes. Module scripts' static imports are followed, so chunks count. */
export function measurePages(dist = 'dist', base = '/'): PageBytes[] {
  const sitePath = (file: string) => '/' + relative(dist, file).split(sep).join('/');
  return walk(dist)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const path = sitePath(file).replace(/index\.html$/, '');
      const html = readFileSync(file, 'utf8');
      const $ = load(html);
      const files = new Set<string>();
      let js = 0;
      let css = 0;
      let fonts = 0;
      const addScript = (f: string) => {
        if (files.has(f)) return;
        files.add(f);
        const text = readFileSync(f, 'utf8');
        js += gz(text);
        for (const m of text.matchAll(/\bimport\s*(?:[\w{}\s,*]+from\s*)?["']([^"']+\.js)["']/g)) {
          const dep = local(dist, sitePath(f), m[1]!, base);
          if (dep) addScript(dep);
        }
      };
      $('script').each((_, el) => {
        const type = $(el).attr('type') ?? '';
        if (type && type !== 'module' && !type.includes('javascript')) return; // JSON data islands are not code
        const src = $(el).attr('src');
        if (src) {
          const f = local(dist, path, src, base);
          if (f) addScript(f);
        } else js += gz($(el).text());
        // The chapter and embed pages' scripts, which their inline loader adds after the first paint.
        for (const url of afterPaintModules($(el).attr('data-modules'))) {
          const f = local(dist, path, url, base);
          if (f) addScript(f);
        }
      });
      // Stylesheets are inlined into the pages (astro.config.mjs); a linked one is counted the same way.
      // Fonts are counted from either: their url()s resolve against the sheet's own address.
      const addCss = (text: string, sheetPath: string) => {
        css += gz(text);
        for (const m of text.matchAll(/url\(\s*['"]?([^'")]+\.woff2?)/g)) {
          const font = local(dist, sheetPath, m[1]!, base);
          if (font && !files.has(font)) {
            files.add(font);
            fonts += readFileSync(font).length;
          }
        }
      };
      $('link[rel~="stylesheet"][href]').each((_, el) => {
        const f = local(dist, path, $(el).attr('href')!, base);
        if (!f || files.has(f)) return;
        files.add(f);
        addCss(readFileSync(f, 'utf8'), sitePath(f));
      });
      $('style').each((_, el) => addCss($(el).text(), path));
      return { path, html: gz(html), js, css, fonts, files: [...files].map((f) => relative(dist, f)) };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

export function overBudget(pages: PageBytes[]): string[] {
  return pages.flatMap((p) => [
    ...(p.js > BUDGET.js ? [`${p.path}: ${p.js} B of gzipped JS (budget ${BUDGET.js} B)`] : []),
    ...(p.css > BUDGET.css ? [`${p.path}: ${p.css} B of gzipped CSS (budget ${BUDGET.css} B)`] : []),
  ]);
}

/**
 * What a usual scrollytelling page would ship for the same charts: the D3 modules our layouts use
 * (drawn in the browser instead of at build time) + scrollama, minified, gzipped.
 */
export function canonicalJs(): number {
  return [
    'd3-array/dist/d3-array.min.js',
    'd3-scale/dist/d3-scale.min.js',
    'd3-time/dist/d3-time.min.js',
    'scrollama/build/scrollama.min.js',
  ]
    .map((file) => gz(readFileSync(`node_modules/${file}`)))
    .reduce((a, b) => a + b, 0);
}

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

export const DIST = 'dist';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

export interface HtmlPage {
  path: string;
  file: string;
  $: CheerioAPI;
}

let parsed: HtmlPage[] | undefined;

/**
 * Every HTML page in dist/, as its site path ("/", "/about/") and parsed document. Parsed once per
 * worker: the build project shares its modules between files (`isolate: false`), and parsing the 34
 * pages took each of its 20 files about half a second. A test that changes a document works on a clone.
 */
export function htmlPages(): HtmlPage[] {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does it for you).');
  }
  return (parsed ??= walk(DIST)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const rel = relative(DIST, file).split(sep).join('/');
      const path = '/' + rel.replace(/index\.html$/, '').replace(/\.html$/, '');
      return { path, file, $: load(readFileSync(file, 'utf8')) };
    }));
}

/** Chapter pages with scroll steps (not embeds): the story a reader scrolls through. */
export function storyChapters(): string[] {
  return htmlPages()
    .filter((p) => p.path.split('/').length === 3 && p.$('.scrolly-step').length > 0)
    .map((p) => p.path);
}

/** The edition a site path belongs to: the Russian one lives under /ru/. */
export const editionOf = (path: string): 'en' | 'ru' => (path.startsWith('/ru/') || path === '/ru' ? 'ru' : 'en');

/**
 * The drawing of a stacked figure, as the reader gets it: inline, or the SVG file its <img> shows
 * (src/components/scrolly/figure-file.ts), read from dist/ and parsed as XML. `labelled`: the focus
 * figure's labelled drawing (data-labelled-marks), which the client puts inline in place of the image.
 */
export function figureDrawing(
  $: CheerioAPI,
  figure: Parameters<CheerioAPI>[0],
  labelled = false,
): { $: CheerioAPI; file?: string } {
  const src = labelled ? $(figure).attr('data-labelled-marks') : $(figure).find('img').attr('src');
  if (!src) return { $: load($(figure).html() ?? '', { xml: true }) };
  const file = join(DIST, decodeURIComponent(src.replace(/^\/+/, '')));
  if (!existsSync(file)) throw new Error(`figure file ${src} is missing from dist/`);
  return { $: load(readFileSync(file, 'utf8'), { xml: true }), file };
}

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import type { CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { parse } from 'yaml';
import { htmlPages } from './dist.ts';
import { normalise, passages } from '../quote-passages.ts';
import { researchNotes } from '../research.ts';

/**
 * Shared by the editorial checks over dist/. The rules (see content/pages/README.md):
 * - A "factual block" is a <p> or <li> of prose. Blocks inside a non-factual wrapper are exempt:
 *   `.reader-note` (reader guidance, chapter lists), `[data-nonfactual]` (teaching boxes, source
 *   lists, navigation), the footnotes section itself, figures and graphics (their own source lines).
 * - Prose lives in `.chapter__body` on chapter pages and in `main` on the opening and About pages.
 */
export const NON_FACTUAL =
  '.reader-note, [data-nonfactual], .teaching-box, [data-footnotes], figure, svg, nav, .scrolly-stage, .scrolly-step__alt';

export const CHAPTER_SLUGS = readdirSync('content/chapters')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));

/**
 * Chapter pages come from the engine's src/pages/[slug].astro. Until that route is on this branch the
 * chapter checks have no pages to read; they say so instead of passing on nothing.
 */
export const CHAPTER_ROUTE = existsSync('src/pages/[slug].astro');

export interface ProsePage {
  path: string;
  $: CheerioAPI;
  root: ReturnType<CheerioAPI>;
}

/** The chapter pages, the opening and About, each with the element that holds its prose. */
export function prosePages(): ProsePage[] {
  const wanted = new Set(['/', '/about/', ...CHAPTER_SLUGS.map((s) => `/${s}/`)]);
  return htmlPages()
    .filter((p) => wanted.has(p.path))
    .map((p) => {
      const body = p.$('.chapter__body');
      return { path: p.path, $: p.$, root: body.length ? body : p.$('main') };
    });
}

export function isExempt($: CheerioAPI, el: AnyNode): boolean {
  return $(el).closest(NON_FACTUAL).length > 0;
}

/** How a rendered <Src id> marks its citation: data-source-id (the content helper's Src). */
export const CITATION = '[data-source-id]';
export function citedId($: CheerioAPI, el: AnyNode): string {
  return $(el).attr('data-source-id') ?? '';
}

export function sourceIds(): Set<string> {
  const list = parse(readFileSync('content/data/sources.yaml', 'utf8')) as { id: string }[];
  return new Set(list.map((s) => s.id));
}

export { normalise };

/** Every passage a quote may be taken from: statements.yaml quotes and originals, and the research notes. */
export function quotePassages(): string[] {
  const texts: string[] = [];
  const statements = parse(readFileSync('content/data/statements.yaml', 'utf8')) as {
    quotes?: { text: string; original?: string }[];
  }[];
  for (const s of statements) for (const q of s.quotes ?? []) texts.push(q.text, q.original ?? '');
  return passages([...texts, ...researchNotes()]);
}

/**
 * The one way in: content/ parsed and validated once per build into a typed `Content` value that the
 * collections, pages, <Count>, downloads, graphic loaders and share images all read. Astro loads this
 * module more than once (config, content layer, page bundle) in one process, so the value is kept on
 * globalThis, keyed by the content root and the files' modification times (dev edits re-read).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, type CheckOptions } from './crossref.ts';
import { contentRoot, loadContent, type LoadedContent, type MdxDoc, type MdxFile } from './load.ts';
import { ContentError } from './problems.ts';
import type {
  AnnualDeaths,
  Chapter,
  ChapterTranslation,
  Claim,
  Death,
  Deaths2019Ru,
  Proposal,
  Report,
  ResearchEntry,
  Source,
  Statement,
} from './schemas.ts';

export interface ChapterDoc extends MdxFile {
  data: Chapter;
}
/** A chapter's Russian twin, with the English chapter it translates. */
export interface TranslatedChapterDoc extends MdxDoc<ChapterTranslation> {
  data: ChapterTranslation;
  english: ChapterDoc;
}
/** Every entry kind in one shape, in file order. */
export interface Content {
  root: string;
  research: ResearchEntry[];
  sources: Source[];
  statements: Statement[];
  proposals: Proposal[];
  claims: Claim[];
  reports: Report[];
  deaths2019: Death[];
  deathsAnnual: AnnualDeaths[];
  /** In reading order. */
  chapters: ChapterDoc[];
  pages: MdxFile[];
  /**
   * The Russian edition: every chapter's and page's twin, in the English reading order, and the Russian
   * words of the 2019 deaths' rows (content/data/deaths-2019-ru.yaml: a glossary per column, names by row id).
   */
  ru: { chapters: TranslatedChapterDoc[]; pages: MdxFile[]; deaths2019: Deaths2019Ru };
  /** The parsed entries with their file and entry names, for checks and messages. */
  located: LoadedContent;
}

const CACHE = Symbol.for('bounty-report.content');
type Cached = { key: string; content: Content };
type Global = typeof globalThis & { [CACHE]?: Map<string, Cached> };

function signature(root: string): string {
  const stamp = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? stamp(join(dir, e.name)) : [`${join(dir, e.name)}:${statSync(join(dir, e.name)).mtimeMs}`],
    );
  return stamp(root).join('|');
}

/** The Russian chapters in the English reading order, each with its English chapter (the check requires one per chapter). */
function twins(chapters: ChapterDoc[], translated: LoadedContent['chaptersRu']): TranslatedChapterDoc[] {
  return chapters.flatMap((english) => {
    const ru = translated.find((t) => t.data?.slug === english.data.slug);
    return ru?.data ? [{ ...ru, data: ru.data, english }] : [];
  });
}

const NO_DEATH_TERMS: Deaths2019Ru = { rank: {}, branch: {}, unit: {}, place: {}, province: {}, cause: {}, names: {} };

/** Turns parsed, checked entries into the plain Content value. */
export function toContent(root: string, located: LoadedContent): Content {
  const values = <T>(list: { value: T }[]) => list.map((e) => e.value);
  const chapters = located.chapters
    .filter((c): c is ChapterDoc => c.data !== undefined)
    .sort((a, b) => a.data.order - b.data.order);
  return {
    root,
    research: values(located.research),
    sources: values(located.sources),
    statements: values(located.statements),
    proposals: values(located.proposals),
    claims: values(located.claims),
    reports: values(located.reports),
    deaths2019: values(located.deaths2019),
    deathsAnnual: values(located.deathsAnnual),
    chapters,
    pages: located.pages,
    ru: {
      chapters: twins(chapters, located.chaptersRu),
      pages: located.pagesRu,
      // Only checked content becomes a Content value, so the file parsed: the fallback never shows.
      deaths2019: located.deaths2019Ru?.value ?? NO_DEATH_TERMS,
    },
    located,
  };
}

/** Parses and validates `root` (once per process while the files are unchanged); throws ContentError listing every problem. */
export function getContent(root: string = contentRoot(), options: CheckOptions = {}): Content {
  const cache = ((globalThis as Global)[CACHE] ??= new Map());
  const key = signature(root);
  const hit = cache.get(root);
  if (hit && hit.key === key) return hit.content;
  const { content: located, problems } = loadContent(root);
  const all = [...problems, ...checkContent(located, options)];
  if (all.length > 0) throw new ContentError(all);
  const content = toContent(root, located);
  cache.set(root, { key, content });
  return content;
}

/** Stores a Content value that was validated elsewhere (the build integration, which also knows the graphics). */
export function primeContent(content: Content): void {
  ((globalThis as Global)[CACHE] ??= new Map()).set(content.root, { key: signature(content.root), content });
}

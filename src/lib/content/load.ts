/**
 * Parses content/ without Astro: YAML and CSV into schema-checked entries that remember their file
 * and entry (for messages), MDX into frontmatter plus its syntax tree. Only read.ts touches the disk.
 */
import { readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { mdxToMdast } from 'satteri';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'astro/zod';
import { parseCsv } from './csv.ts';
import type { MdastRoot } from './mdast.ts';
import { problemsFromZod, type Problem } from './problems.ts';
import { NOT_UTF8, readContent, shown } from './read.ts';
import {
  annualRowSchema,
  chapterSchema,
  chapterTranslationSchema,
  claimSchema,
  death2019RowSchema,
  deaths2019RuSchema,
  proposalSchema,
  reportSchema,
  researchSchema,
  sourceSchema,
  statementSchema,
  type AnnualDeaths,
  type Chapter,
  type ChapterTranslation,
  type Claim,
  type Death,
  type Deaths2019Ru,
  type Proposal,
  type Report,
  type ResearchEntry,
  type Source,
  type Statement,
} from './schemas.ts';

export { shown };

/** Where content lives; CONTENT_DIR lets tests and the bad-input build point elsewhere. */
export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  return resolve(env.CONTENT_DIR ?? 'content');
}

export const FILES = {
  research: 'data/research.yaml',
  sources: 'data/sources.yaml',
  statements: 'data/statements.yaml',
  proposals: 'data/proposals.yaml',
  claims: 'data/claims.yaml',
  reports: 'data/reports.yaml',
  deaths2019: 'data/deaths-2019.csv',
  deaths2019Ru: 'data/deaths-2019-ru.yaml',
  deathsAnnual: 'data/deaths-annual.csv',
  chapters: 'chapters',
  pages: 'pages',
  chaptersRu: 'chapters/ru',
  pagesRu: 'pages/ru',
} as const;

export interface Located<T> {
  file: string;
  entry: string;
  value: T;
}
/** An MDX file: chapters have schema-checked frontmatter; pages (opening, About) have none. */
export interface MdxDoc<D> {
  file: string;
  /** Path relative to the content root, e.g. chapters/the-report.mdx. */
  rel: string;
  entry: string;
  /** Undefined when the frontmatter failed validation (the problem is already reported), and for pages. */
  data?: D;
  body: string;
  tree: MdastRoot;
}
export type MdxFile = MdxDoc<Chapter>;
/** A chapter's Russian twin: its translated frontmatter; the rest (order, dates, graphic) is the English file's. */
export type TranslationFile = MdxDoc<ChapterTranslation>;
export interface LoadedContent {
  research: Located<ResearchEntry>[];
  sources: Located<Source>[];
  statements: Located<Statement>[];
  proposals: Located<Proposal>[];
  claims: Located<Claim>[];
  reports: Located<Report>[];
  deaths2019: Located<Death>[];
  deathsAnnual: Located<AnnualDeaths>[];
  chapters: MdxFile[];
  pages: MdxFile[];
  /** The Russian edition's twins of the chapters and pages (content/chapters/ru, content/pages/ru). */
  chaptersRu: TranslationFile[];
  pagesRu: MdxFile[];
  /** The Russian words of deaths-2019.csv's rows; undefined when the file failed its schema (already reported). */
  deaths2019Ru: Located<Deaths2019Ru> | undefined;
  /** Ids (and source URLs) of entries that failed their schema: already reported, so references to them are not. */
  rejected: Set<string>;
  /** Data files with at least one rejected row (named as <Count of>): their totals are not what the editor meant. */
  incomplete: Set<string>;
}

function parseYamlText(text: string, file: string, problems: Problem[], lineOffset = 0): unknown {
  try {
    return parseYaml(text, { uniqueKeys: true });
  } catch (e) {
    const line = e instanceof YAMLParseError ? (e.linePos?.[0]?.line ?? 0) + lineOffset : '?';
    problems.push({
      file,
      entry: `line ${line}`,
      field: '(yaml)',
      message: `is not valid YAML: ${(e as Error).message.split('\n')[0]}`,
      fix: 'check indentation and quote any value that contains ": " or starts with a symbol',
    });
    return undefined;
  }
}

function entryName(raw: unknown, index: number): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id !== '' ? id : `#${index + 1}`;
}

function notUtf8(file: string, lines: number[], problems: Problem[]) {
  for (const line of lines) problems.push({ file, entry: `line ${line}`, field: '(encoding)', ...NOT_UTF8 });
}

function loadList<S extends z.ZodType>(
  root: string,
  rel: string,
  schema: S,
  problems: Problem[],
  rejected: Set<string>,
): Located<z.infer<S>>[] {
  const file = shown(rel);
  const read = readContent(root, rel, problems);
  if (read === undefined) return [];
  if (read.badLines.length) return (notUtf8(file, read.badLines, problems), []);
  const data = parseYamlText(read.text, file, problems);
  if (data === undefined) return [];
  if (!Array.isArray(data)) {
    problems.push({
      file,
      entry: '(file)',
      field: '(file)',
      message: 'must be a YAML list of entries',
      fix: 'start each entry with "- id: …"',
    });
    return [];
  }
  const out: Located<z.infer<S>>[] = [];
  data.forEach((raw, i) => {
    const entry = entryName(raw, i);
    const parsed = schema.safeParse(raw);
    if (parsed.success) out.push({ file, entry, value: parsed.data });
    else {
      rejected.add(entry);
      // A row that names a rejected source by its URL must not be reported a second time.
      const url = (raw as { url?: unknown } | null)?.url;
      if (typeof url === 'string') rejected.add(url);
      problems.push(...problemsFromZod(parsed.error, file, entry));
    }
  });
  return out;
}

/**
 * A YAML file that is one mapping (not a list of entries). A problem names the mapping's top-level key as
 * its entry and the rest of the path as its field: content/data/deaths-2019-ru.yaml › cause › <term>.
 */
function loadMapping<S extends z.ZodType>(
  root: string,
  rel: string,
  schema: S,
  problems: Problem[],
): Located<z.infer<S>> | undefined {
  const file = shown(rel);
  const read = readContent(root, rel, problems);
  if (read === undefined) return undefined;
  if (read.badLines.length) return (notUtf8(file, read.badLines, problems), undefined);
  const data = parseYamlText(read.text, file, problems);
  if (data === undefined) return undefined;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    problems.push({
      file,
      entry: '(file)',
      field: '(file)',
      message: 'must be a YAML mapping of fields, not a list or a single value',
      fix: 'start each field at the beginning of a line, as in "rank:", with its entries indented below it',
    });
    return undefined;
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return { file, entry: '(file)', value: parsed.data };
  for (const issue of parsed.error.issues) {
    // A missing or unknown top-level key is a field of the file; anything deeper is a field of its key.
    const [top, ...rest] = issue.path;
    const nested = top !== undefined && (rest.length > 0 || issue.code === 'unrecognized_keys');
    const entry = nested ? String(top) : '(file)';
    // One path segment: a key that holds dots ("Sgt.") is not split.
    const path = nested ? [rest.map(String).join('.')].filter(Boolean) : issue.path;
    problems.push(...problemsFromZod(new z.ZodError([{ ...issue, path }]), file, entry));
  }
  return undefined;
}

const UNIDENTIFIED = /^unidentified\b/i;
/** Rows for deaths whose identity was not released carry a placeholder name. */
export const isNamed = (death: { name: string }): boolean => !UNIDENTIFIED.test(death.name);

/** The one id builder for a 2019 death: date + name, or unidentified-<n> for the placeholder rows. */
export function deathId(date: string, name: string, unidentifiedIndex: number): string {
  if (!isNamed({ name })) return `unidentified-${unidentifiedIndex}`;
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${date}-${slug}`;
}

type Row<S extends z.ZodType> = z.infer<S> & { id: string; row: number; sources: string[] };

/** Parses CSV text into schema-checked rows; exported for graphic test fixtures that hold research copies. */
export function parseCsvRows<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  problems: Problem[],
  idFor: (values: Record<string, string>, line: number) => string,
): Located<Row<S>>[] {
  const table = parseCsv(text);
  for (const p of table.problems)
    problems.push({
      file,
      entry: `row at line ${p.line}`,
      field: p.column ?? '(row)',
      message: p.message,
      fix: 'give every row one value per header column; wrap values containing commas or quotes in double quotes',
    });
  const out: Located<Row<S>>[] = [];
  for (const record of table.records) {
    const entry = idFor(record.values, record.line);
    const broken = Object.entries(record.values).filter(([, v]) => v.includes('\uFFFD'));
    for (const [column] of broken) problems.push({ file, entry, field: column, ...NOT_UTF8 });
    if (broken.length) continue;
    const parsed = schema.safeParse(record.values);
    if (parsed.success)
      out.push({
        file,
        entry,
        value: Object.assign({}, parsed.data as z.infer<S>, { id: entry, row: record.line, sources: [] as string[] }),
      });
    else problems.push(...problemsFromZod(parsed.error, file, entry));
  }
  return out;
}

/** Ids for rows of deaths-2019.csv, in file order (the unidentified placeholders are numbered). */
export function deathIds(): (values: Record<string, string>) => string {
  let unidentified = 0;
  return (v) => deathId(v.date ?? '', v.name ?? '', isNamed({ name: v.name ?? '' }) ? 0 : ++unidentified);
}
export const annualId = (v: Record<string, string>, line: number) =>
  /^\d{4}$/.test(v.year ?? '') ? `year-${v.year}` : `row at line ${line}`;

function loadCsv<S extends z.ZodType>(
  root: string,
  rel: string,
  schema: S,
  problems: Problem[],
  idFor: (values: Record<string, string>, line: number) => string,
): Located<Row<S>>[] {
  const read = readContent(root, rel, problems);
  return read === undefined ? [] : parseCsvRows(read.text, shown(rel), schema, problems, idFor);
}

/** Parses one MDX file: frontmatter (checked against `schema` when given) and the syntax tree. */
export function parseMdx<S extends z.ZodType = typeof chapterSchema>(
  text: string,
  file: string,
  rel: string,
  problems: Problem[],
  schema?: S,
): MdxDoc<z.infer<S>> {
  const fallback = rel.replace(/^.*\//, '').replace(/\.mdx$/, '');
  let tree: MdastRoot;
  try {
    tree = mdxToMdast(text) as MdastRoot;
  } catch (e) {
    problems.push({
      file,
      entry: fallback,
      field: '(mdx)',
      message: `is not valid MDX: ${(e as Error).message.split('\n')[0]}`,
      fix: 'close every tag, and escape a literal { or < with a backslash',
    });
    return { file, rel, entry: fallback, body: text, tree: { type: 'root', children: [] } };
  }
  const front = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  const bodyStart = front?.position?.end.offset ?? 0;
  const body = text.slice(bodyStart).replace(/^\r?\n/, '');
  if (!schema) return { file, rel, entry: fallback, body, tree };
  if (!front) {
    problems.push({
      file,
      entry: fallback,
      field: '(frontmatter)',
      message: 'has no frontmatter',
      fix: 'start the file with a --- block holding slug, order, title, …',
    });
    return { file, rel, entry: fallback, body, tree };
  }
  const raw = (parseYamlText(front.value ?? '', file, problems, 1) ?? {}) as Record<string, unknown>;
  const entry = typeof raw.slug === 'string' && raw.slug !== '' ? raw.slug : fallback;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) problems.push(...problemsFromZod(parsed.error, file, entry));
  return { file, rel, entry, data: parsed.success ? parsed.data : undefined, body, tree };
}

function loadMdxDir<S extends z.ZodType = typeof chapterSchema>(
  root: string,
  dir: string,
  problems: Problem[],
  schema?: S,
): MdxDoc<z.infer<S>>[] {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .flatMap((name) => {
      const rel = `${dir}/${name}`;
      const read = readContent(root, rel, problems);
      if (!read) return [];
      if (read.badLines.length) return (notUtf8(shown(rel), read.badLines, problems), []);
      return [parseMdx<S>(read.text, shown(rel), rel, problems, schema)];
    });
}

/** Parses every file under `root` once; problems are schema and syntax problems (cross-references: crossref.ts). */
export function loadContent(root: string): { content: LoadedContent; problems: Problem[] } {
  const problems: Problem[] = [];
  const rejected = new Set<string>();
  const before = problems.length;
  const deaths2019 = loadCsv(root, FILES.deaths2019, death2019RowSchema, problems, deathIds());
  const deathsRejected = problems.length > before;
  const content: LoadedContent = {
    research: loadList(root, FILES.research, researchSchema, problems, rejected),
    sources: loadList(root, FILES.sources, sourceSchema, problems, rejected),
    statements: loadList(root, FILES.statements, statementSchema, problems, rejected),
    proposals: loadList(root, FILES.proposals, proposalSchema, problems, rejected),
    claims: loadList(root, FILES.claims, claimSchema, problems, rejected),
    reports: loadList(root, FILES.reports, reportSchema, problems, rejected),
    deaths2019,
    deathsAnnual: loadCsv(root, FILES.deathsAnnual, annualRowSchema, problems, annualId),
    chapters: loadMdxDir(root, FILES.chapters, problems, chapterSchema),
    pages: loadMdxDir(root, FILES.pages, problems),
    chaptersRu: loadMdxDir(root, FILES.chaptersRu, problems, chapterTranslationSchema),
    pagesRu: loadMdxDir(root, FILES.pagesRu, problems),
    deaths2019Ru: loadMapping(root, FILES.deaths2019Ru, deaths2019RuSchema, problems),
    rejected,
    incomplete: new Set(deathsRejected ? ['deaths-2019'] : []),
  };
  linkRowSources(content);
  return { content, problems };
}

/** Rows name their source by URL (the CSVs are verbatim research copies); link them to source ids. */
export function linkRowSources(content: Pick<LoadedContent, 'sources' | 'deaths2019' | 'deathsAnnual'>) {
  const byUrl = new Map(content.sources.flatMap((s) => (s.value.url ? [[s.value.url, s.value.id] as const] : [])));
  for (const row of [...content.deaths2019, ...content.deathsAnnual]) {
    const id = byUrl.get(row.value.source_url.replace(/^http:/, 'https:'));
    row.value.sources = id ? [id] : [];
  }
}

/**
 * Reads content/ without Astro, so the same parsing serves the build's collections,
 * the cross-reference check and the unit tests.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'astro/zod';
import { parseCsv } from './csv.ts';
import { problemsFromZod, type Problem } from './problems.ts';
import {
  annualRowSchema,
  chapterSchema,
  claimSchema,
  death2019RowSchema,
  proposalSchema,
  reportSchema,
  researchSchema,
  sourceSchema,
  statementSchema,
  type AnnualDeaths,
  type Chapter,
  type Claim,
  type Death,
  type Proposal,
  type Report,
  type ResearchEntry,
  type Source,
  type Statement,
} from './schemas.ts';

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
  deathsAnnual: 'data/deaths-annual.csv',
  chapters: 'chapters',
} as const;

/** The name an editor sees in messages, whatever directory the content was read from. */
export const shown = (rel: string) => `content/${rel}`;

export interface Located<T> {
  file: string;
  entry: string;
  value: T;
}
export interface ChapterFile {
  file: string;
  entry: string;
  /** Undefined when the frontmatter failed validation (the problem is already reported). */
  data?: Chapter;
  raw: Record<string, unknown>;
  body: string;
  /** 1-based line of the body's first line in the file, for messages. */
  bodyLine: number;
}
export interface LoadedContent {
  research: Located<ResearchEntry>[];
  sources: Located<Source>[];
  statements: Located<Statement>[];
  proposals: Located<Proposal>[];
  claims: Located<Claim>[];
  reports: Located<Report>[];
  deaths2019: Located<Omit<Death, 'sources'> & { sources: string[] }>[];
  deathsAnnual: Located<Omit<AnnualDeaths, 'sources'> & { sources: string[] }>[];
  chapters: ChapterFile[];
}

function readText(root: string, rel: string, problems: Problem[]): string | undefined {
  const path = join(root, rel);
  if (!existsSync(path)) {
    problems.push({
      file: shown(rel),
      entry: '(file)',
      field: '(file)',
      message: 'is missing',
      fix: `create ${shown(rel)}`,
    });
    return undefined;
  }
  return readFileSync(path, 'utf8');
}

function parseYamlText(text: string, file: string, problems: Problem[]): unknown {
  try {
    return parseYaml(text);
  } catch (e) {
    const line = e instanceof YAMLParseError ? (e.linePos?.[0]?.line ?? '?') : '?';
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

function loadList<S extends z.ZodType>(
  root: string,
  rel: string,
  schema: S,
  problems: Problem[],
): Located<z.infer<S>>[] {
  const file = shown(rel);
  const text = readText(root, rel, problems);
  if (text === undefined) return [];
  const data = parseYamlText(text, file, problems);
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
    else problems.push(...problemsFromZod(parsed.error, file, entry));
  });
  return out;
}

/** Stable, readable id for a death: date + name, or unidentified-<n> for the placeholder rows. */
export function deathId(date: string, name: string, unidentifiedIndex: number): string {
  if (/^unidentified/i.test(name)) return `unidentified-${unidentifiedIndex}`;
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${date}-${slug}`;
}

function loadCsv<S extends z.ZodType>(
  root: string,
  rel: string,
  schema: S,
  problems: Problem[],
  idFor: (values: Record<string, string>, line: number) => string,
): Located<z.infer<S> & { id: string; row: number; sources: string[] }>[] {
  const file = shown(rel);
  const text = readText(root, rel, problems);
  if (text === undefined) return [];
  const table = parseCsv(text);
  for (const p of table.problems)
    problems.push({
      file,
      entry: `row at line ${p.line}`,
      field: p.column ?? '(row)',
      message: p.message,
      fix: 'give every row one value per header column; wrap values containing commas or quotes in double quotes',
    });
  const out: Located<z.infer<S> & { id: string; row: number; sources: string[] }>[] = [];
  for (const record of table.records) {
    const entry = idFor(record.values, record.line);
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

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function loadChapters(root: string, problems: Problem[]): ChapterFile[] {
  const dir = join(root, FILES.chapters);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const rel = `${FILES.chapters}/${name}`;
      const file = shown(rel);
      const text = readFileSync(join(root, rel), 'utf8');
      const m = FRONTMATTER.exec(text);
      const fallback = name.replace(/\.mdx$/, '');
      if (!m) {
        problems.push({
          file,
          entry: fallback,
          field: '(frontmatter)',
          message: 'has no frontmatter',
          fix: 'start the file with a --- block holding slug, order, title, …',
        });
        return { file, entry: fallback, raw: {}, body: text, bodyLine: 1 };
      }
      const raw = (parseYamlText(m[1] ?? '', file, problems) ?? {}) as Record<string, unknown>;
      const entry = typeof raw.slug === 'string' && raw.slug !== '' ? raw.slug : fallback;
      const parsed = chapterSchema.safeParse(raw);
      if (!parsed.success) problems.push(...problemsFromZod(parsed.error, file, entry));
      const bodyLine = m[0].split('\n').length;
      return {
        file,
        entry,
        data: parsed.success ? parsed.data : undefined,
        raw,
        body: text.slice(m[0].length),
        bodyLine,
      };
    });
}

export function loadContent(root: string): { content: LoadedContent; problems: Problem[] } {
  const problems: Problem[] = [];
  let unidentified = 0;
  const content: LoadedContent = {
    research: loadList(root, FILES.research, researchSchema, problems),
    sources: loadList(root, FILES.sources, sourceSchema, problems),
    statements: loadList(root, FILES.statements, statementSchema, problems),
    proposals: loadList(root, FILES.proposals, proposalSchema, problems),
    claims: loadList(root, FILES.claims, claimSchema, problems),
    reports: loadList(root, FILES.reports, reportSchema, problems),
    deaths2019: loadCsv(root, FILES.deaths2019, death2019RowSchema, problems, (v) =>
      deathId(v.date ?? '', v.name ?? '', /^unidentified/i.test(v.name ?? '') ? ++unidentified : 0),
    ),
    deathsAnnual: loadCsv(root, FILES.deathsAnnual, annualRowSchema, problems, (v, line) =>
      /^\d{4}$/.test(v.year ?? '') ? `year-${v.year}` : `row at line ${line}`,
    ),
    chapters: loadChapters(root, problems),
  };
  // Rows name their source by URL (the CSVs are verbatim research copies); link them to source ids.
  const byUrl = new Map(content.sources.flatMap((s) => (s.value.url ? [[s.value.url, s.value.id] as const] : [])));
  for (const row of [...content.deaths2019, ...content.deathsAnnual]) {
    const id = byUrl.get(row.value.source_url);
    row.value.sources = id ? [id] : [];
  }
  return { content, problems };
}

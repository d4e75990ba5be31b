/**
 * The one place content/ files are read. Bytes are decoded as strict UTF-8 (a stray Latin-1 byte
 * would otherwise be published as U+FFFD), and every read is counted so a test or a build run with
 * CONTENT_READS=1 can show that each file is read exactly once per build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from './problems.ts';

/** Where the Content value and the read counter live: shared by every module copy Astro's bundles load in one process. */
const COUNTS = Symbol.for('bounty-report.content-reads');
type Global = typeof globalThis & { [COUNTS]?: Map<string, number> };

/** File (as the editor names it) → times read in this process. */
export function contentReads(): Map<string, number> {
  const g = globalThis as Global;
  return (g[COUNTS] ??= new Map());
}

/** The name an editor sees in messages, whatever directory the content was read from. */
export const shown = (rel: string) => `content/${rel}`;

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

export interface ReadResult {
  text: string;
  /** 1-based lines holding a byte sequence that is not UTF-8 (the text then carries U+FFFD there). */
  badLines: number[];
}

/** Reads content/<rel>; a missing file is a problem, not an exception. */
export function readContent(root: string, rel: string, problems: Problem[]): ReadResult | undefined {
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
  const bytes = readFileSync(path);
  const reads = contentReads();
  reads.set(shown(rel), (reads.get(shown(rel)) ?? 0) + 1);
  if (process.env.CONTENT_READS === '1') console.info(`[content] read ${shown(rel)} (${reads.get(shown(rel))})`);
  try {
    return { text: strict.decode(bytes), badLines: [] };
  } catch {
    const text = lenient.decode(bytes);
    const badLines = [...new Set(text.split('\n').flatMap((line, i) => (line.includes('\uFFFD') ? [i + 1] : [])))];
    return { text, badLines };
  }
}

export const NOT_UTF8 = {
  message: 'contains a byte that is not UTF-8 (it would be published as �)',
  fix: 'save the file as UTF-8 and retype the character',
};

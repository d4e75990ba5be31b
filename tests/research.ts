import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The research notes the content is checked against travel with the repo (content/research/), so a clone
 * alone can run every test. A missing file throws: a check must never quietly shrink to nothing.
 */
export const RESEARCH_DIR = resolve('content/research');

export const RESEARCH_NOTES = [
  'statements-and-sources.md',
  'sanctions-and-times.md',
  'troop-deaths-notes.md',
  'standards-review-evidence.md',
  'standards-review-excerpts.md',
] as const;

export function readResearch(name: string): string {
  const path = resolve(RESEARCH_DIR, name);
  if (!existsSync(path))
    throw new Error(
      `research file missing: ${path}. The content checks need it; restore it from git (content/research/ is part of the repo).`,
    );
  return readFileSync(path, 'utf8');
}

/** Every research note, one text per file (quotes must come from one of them, in one piece). */
export function researchNotes(): string[] {
  return RESEARCH_NOTES.map(readResearch);
}

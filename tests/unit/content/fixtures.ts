import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const GOOD = resolve('tests/fixtures/good-content');
export const BAD = resolve('tests/fixtures/bad-content');

export interface Expected {
  file: string;
  entry: string;
  field: string;
  message: string;
}

export const badKinds = (): string[] => readdirSync(BAD).sort();
export const expectedFor = (kind: string): Expected =>
  JSON.parse(readFileSync(join(BAD, kind, 'expected.json'), 'utf8')) as Expected;

/** A temporary copy of `base` with the bad fixture's files swapped in; returns the content root. */
export function withFixture(kind: string, base: string = GOOD): string {
  const root = join(mkdtempSync(join(tmpdir(), `bad-${kind}-`)), 'content');
  cpSync(base, root, { recursive: true });
  cpSync(join(BAD, kind, 'content'), root, { recursive: true });
  return root;
}

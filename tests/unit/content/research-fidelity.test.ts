import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '~/lib/content/load.ts';
import { readResearch, researchNotes } from '../../research.ts';
import { inOnePassage } from '../../quote-passages.ts';

const notes = researchNotes();
const { content } = loadContent(resolve('content'));

describe('content stays faithful to the research files', () => {
  it('fails loudly when a research file is missing', () => {
    expect(() => readResearch('no-such-notes.md')).toThrow(/research file missing: .*no-such-notes\.md/);
  });

  it('quotes every statement verbatim from a research excerpt', () => {
    const missing = content.statements.flatMap(({ value: s }) =>
      s.quotes.filter((q) => !inOnePassage(q.text, notes)).map((q) => `${s.id}: ${q.text}`),
    );
    expect(missing).toEqual([]);
  });

  it('takes every proposal wording verbatim from the research', () => {
    expect(content.proposals.filter(({ value: p }) => !inOnePassage(p.wording, notes)).map((p) => p.value.id)).toEqual(
      [],
    );
  });

  it('keeps the deaths CSVs byte-for-byte copies of the research files', () => {
    for (const name of ['2019', 'annual'])
      expect(readFileSync(resolve('content/data', `deaths-${name}.csv`), 'utf8')).toBe(
        readResearch(`troop-deaths-${name}.csv`),
      );
  });

  it('has every research entry the story needs (S01–S30, R01–R05, V01–V04, T01–T05, E01–E10, N03–N12)', () => {
    const ids = new Set(content.research.map((r) => r.value.id));
    const range = (p: string, from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => `${p}${String(from + i).padStart(2, '0')}`);
    const needed = [
      ...range('S', 1, 30),
      ...range('R', 1, 5),
      ...range('V', 1, 4),
      ...range('T', 1, 5),
      ...range('E', 1, 10),
      ...range('N', 3, 12),
    ];
    expect(needed.filter((id) => !ids.has(id))).toEqual([]);
    const cited = new Set(
      [...content.statements, ...content.claims, ...content.proposals, ...content.sources].flatMap(
        ({ value }) => value.research,
      ),
    );
    expect(needed.filter((id) => !cited.has(id))).toEqual([]);
  });

  it('cites every S-entry the research verifies or partly verifies in a statement', () => {
    const cited = new Set(content.statements.flatMap(({ value }) => value.research));
    const sEntries = content.research
      .filter((r) => /^S\d+$/.test(r.value.id) && r.value.status !== 'unverified')
      .map((r) => r.value.id);
    expect(sEntries.filter((id) => !cited.has(id))).toEqual([]);
  });
});

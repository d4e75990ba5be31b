import { cpSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateForBuild } from '~/integrations/validate.ts';
import { getContent } from '~/lib/content/content.ts';
import { formatProblem, orphanSources } from '~/lib/content/crossref.ts';
import { loadContent } from '~/lib/content/load.ts';
import { contentReads } from '~/lib/content/read.ts';
import { GOOD } from './fixtures.ts';

function copyOfGood(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'content-once-')), 'content');
  cpSync(GOOD, root, { recursive: true });
  return root;
}

describe('one validated way in', () => {
  it('reads each content file once however many times the build asks for the Content value', () => {
    const root = copyOfGood();
    contentReads().clear();
    const first = getContent(root);
    for (let i = 0; i < 5; i++) expect(getContent(root)).toBe(first);
    const reads = [...contentReads().values()];
    expect(reads.length).toBeGreaterThanOrEqual(8);
    expect(reads.every((n) => n === 1)).toBe(true);
  });

  it('re-reads after an editor changes a file (dev server), and only then', () => {
    const root = copyOfGood();
    const first = getContent(root);
    expect(getContent(root)).toBe(first);
    const path = join(root, 'chapters/base.mdx');
    writeFileSync(path, loadBase(root).replace('Base chapter', 'Base chapter, edited'));
    utimesSync(path, new Date(), new Date(Date.now() + 5_000));
    expect(getContent(root).chapters[0]?.data.title).toBe('Base chapter, edited');
  });

  it('accepts a footnote whose <Src> sits on the next line', () => {
    const root = copyOfGood();
    const path = join(root, 'chapters/base.mdx');
    writeFileSync(
      path,
      loadBase(root).replace(
        '[^nyt-report]: <Src id="nyt-2020-06-26-bounties" />',
        '[^nyt-report]:\n    <Src id="nyt-2020-06-26-bounties" />',
      ),
    );
    expect(validateForBuild(root).problems.map(formatProblem)).toEqual([]);
  });

  it('warns about a source cited nowhere, without failing', () => {
    const root = copyOfGood();
    const sources = join(root, 'data/sources.yaml');
    const { content } = loadContent(root);
    const cited = orphanSources(content).map((p) => p.entry);
    writeFileSync(
      sources,
      `${loadText(sources)}- id: never-cited\n  publisher: Nobody\n  title: Unused\n  kind: news-report\n  language: en\n  research: [S01]\n`,
    );
    const after = loadContent(root).content;
    expect(orphanSources(after).map((p) => p.entry)).toEqual([...cited, 'never-cited']);
    expect(validateForBuild(root).problems).toEqual([]);
  });
});

const loadText = (path: string) => readFileSync(path, 'utf8');
const loadBase = (root: string) => loadText(join(root, 'chapters/base.mdx'));

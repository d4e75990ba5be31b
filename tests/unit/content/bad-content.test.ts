import { describe, expect, it } from 'vitest';
import { validateForBuild } from '~/integrations/validate.ts';
import { formatProblem } from '~/lib/content/crossref.ts';
import { badKinds, expectedFor, GOOD, withFixture } from './fixtures.ts';

// The same function the build's content-check integration calls, before anything renders.
const messages = (root: string) => validateForBuild(root).problems.map(formatProblem);

describe('content check on good content', () => {
  // Parses the whole project: seconds on a loaded 2-core machine, so the time limit is generous.
  it('accepts the project content', { timeout: 30_000 }, () => {
    expect(messages('content')).toEqual([]);
  });
  it('accepts the small base the bad fixtures are swapped into', () => {
    expect(messages(GOOD)).toEqual([]);
  });
});

describe('content check on bad content', () => {
  it('has a fixture for at least forty kinds of malformed content', () => {
    expect(badKinds().length).toBeGreaterThanOrEqual(40);
  });

  it.each(badKinds())('%s fails; the first message names file, entry and field, with a fix', (kind) => {
    const want = expectedFor(kind);
    const [first, ...rest] = messages(withFixture(kind));
    expect(first).toContain(`${want.file} › ${want.entry} › ${want.field}: `);
    expect(first).toContain(want.message);
    expect(first).toMatch(/\(fix: .+\)$/);
    // One slip, one message: no cascade of follow-on errors (e.g. "unknown source" after a bad URL).
    expect(rest).toEqual([]);
  });
});

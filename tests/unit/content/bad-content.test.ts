import { describe, expect, it } from 'vitest';
import { formatProblem, validateContentDir } from '~/lib/content/crossref.ts';
import { badKinds, expectedFor, GOOD, withFixture } from './fixtures.ts';

describe('content check on good content', () => {
  // Parses the whole project: seconds on a loaded 2-core machine, so the time limit is generous.
  it('accepts the project content', { timeout: 30_000 }, () => {
    expect(validateContentDir('content').map(formatProblem)).toEqual([]);
  });
  it('accepts the small base the bad fixtures are swapped into', () => {
    expect(validateContentDir(GOOD).map(formatProblem)).toEqual([]);
  });
});

describe('content check on bad content', () => {
  it('has a fixture for at least twelve kinds of malformed content', () => {
    expect(badKinds().length).toBeGreaterThanOrEqual(12);
  });

  it.each(badKinds())('%s fails with one message naming file, entry and field, with a fix', (kind) => {
    const want = expectedFor(kind);
    const messages = validateContentDir(withFixture(kind)).map(formatProblem);
    expect(messages).toHaveLength(1);
    const [message] = messages;
    expect(message).toContain(`${want.file} › ${want.entry} › ${want.field}: `);
    expect(message).toContain(want.message);
    expect(message).toMatch(/\(fix: .+\)$/);
  });
});

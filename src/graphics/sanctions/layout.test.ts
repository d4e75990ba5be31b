import { describe, expect, it } from 'vitest';
import type { GraphicSpec } from '../spec.ts';
import { byClass, byKeyPrefix, expectReadable, TEST_WIDTHS, visibleText } from '../shared/test-helpers.ts';
import { fixture } from './fixtures/data.ts';
import { layout, states } from './layout.ts';
import { sourceLine, tableRows } from './table.ts';
import { PROPOSAL_KINDS, type SanctionsData } from './types.ts';

const blocks = (spec: GraphicSpec) => byKeyPrefix(spec, 'proposal-').filter((m) => m.kind === 'rect');
const REPLY = PROPOSAL_KINDS.length;
const OUTCOMES = REPLY + 1;

describe('sanctions layout', () => {
  it('has one build state per kind, then the reply, then the outcomes', () => {
    expect(states.map((s) => s.name)).toEqual([
      ...PROPOSAL_KINDS.map((k) => `build-${k}`),
      'kremlin-reply',
      'outcomes',
    ]);
  });

  it.each(TEST_WIDTHS)('keeps every state readable at %i px', (width) => {
    states.forEach((_, i) => expectReadable(layout(fixture, width, i)));
  });

  it('builds up one kind per step, counting blocks from the data', () => {
    let expected = 0;
    PROPOSAL_KINDS.forEach((kind, i) => {
      expected += fixture.proposals.filter((p) => p.kind === kind).length;
      const spec = layout(fixture, 768, i);
      expect(blocks(spec)).toHaveLength(expected);
      expect(byClass(spec, 'new').every((m) => m.className?.includes(`kind-${kind}`))).toBe(true);
    });
    expect(blocks(layout(fixture, 768, REPLY))).toHaveLength(fixture.proposals.length);
  });

  it('blocks are focusable, keyed by id, carry the report wording, and never move between states', () => {
    const last = blocks(layout(fixture, 1280, OUTCOMES));
    expect(last.every((m) => m.focusable && m.data?.['id'])).toBe(true);
    const swift = last.find((m) => m.data?.['id'] === 'swift');
    expect(swift?.label).toMatch(/authorizing sanctions on SWIFT itself if it does not expel Russia/);
    const pos = (i: number) =>
      blocks(layout(fixture, 1280, i)).map((m) => (m.kind === 'rect' ? `${m.key}@${m.x},${m.y},${m.height}` : ''));
    expect(pos(OUTCOMES).slice(0, pos(0).length)).toEqual(pos(0));
    expect(pos(REPLY)).toEqual(pos(OUTCOMES));
  });

  it('shows the Kremlin reply from the reply state on, and not before', () => {
    expect(visibleText(layout(fixture, 768, REPLY - 1))).not.toMatch(/impulses/);
    const text = visibleText(layout(fixture, 320, REPLY));
    expect(text).toMatch(/Dmitry Peskov, Kremlin press secretary, 11 Jun 2020/);
    expect(text).toMatch(/new impulses/);
    expect(visibleText(layout(fixture, 320, OUTCOMES))).toMatch(/new impulses/);
  });

  it('shows a status marker and text for every measure in the last state, "no source found" included', () => {
    const spec = layout(fixture, 768, OUTCOMES);
    expect(byKeyPrefix(spec, 'status-').filter((m) => m.kind === 'rect')).toHaveLength(fixture.proposals.length);
    const noSource = fixture.proposals.filter((p) => p.outcome.status === 'no-source-found').length;
    expect(byClass(spec, 'status-marker').filter((m) => m.className?.includes('status-no-source-found'))).toHaveLength(
      noSource,
    );
    const text = visibleText(spec);
    expect(text.match(/No source found/g)).toHaveLength(noSource);
    expect(text).toMatch(/Enacted: 22 Feb 2022/);
    expect(text).toMatch(/Not enacted, as of 7 May 2026/);
    expect(visibleText(layout(fixture, 768, REPLY))).not.toMatch(/No source found/);
  });

  it('follows the data: an extra measure adds a block, and a changed status changes the count', () => {
    const first = fixture.proposals[0];
    if (!first) throw new Error('empty fixture');
    const changed: SanctionsData = {
      ...fixture,
      proposals: [
        ...fixture.proposals.slice(1),
        { ...first, id: 'extra', outcome: { status: 'no-source-found', summary: 'x', sources: [] } },
        { ...first, id: 'extra-2', kind: 'other' },
      ],
    };
    const spec = layout(changed, 320, OUTCOMES);
    expect(blocks(spec)).toHaveLength(fixture.proposals.length + 1);
    const noSource = changed.proposals.filter((p) => p.outcome.status === 'no-source-found').length;
    expect(visibleText(spec).match(/No source found/g)).toHaveLength(noSource);
    expect(spec.description).toMatch(new RegExp(`no source found: ${noSource}`));
    expectReadable(spec);
  });
});

describe('sanctions table', () => {
  it('lists every measure with wording and status', () => {
    const [t] = tableRows(fixture);
    expect(t?.rows).toHaveLength(fixture.proposals.length);
    expect(t?.rows.every((r) => r[2] && r[3])).toBe(true);
    expect(sourceLine(fixture)).toMatch(/No source links any later measure to the report/);
  });
});

import { describe, expect, it } from 'vitest';
import type { GraphicSpec } from '../spec.ts';
import { byClass, byKeyPrefix, expectReadable, TEST_WIDTHS, visibleText } from '../shared/test-helpers.ts';
import { fixture } from './fixtures/data.ts';
import { inlineLayout, layout, states } from './layout.ts';
import { sourceLine, tableRows } from './table.ts';
import { PROPOSAL_KINDS, type SanctionsPathData } from './types.ts';

const rows = (spec: GraphicSpec) => byKeyPrefix(spec, 'measure-');
const REPLY = PROPOSAL_KINDS.length;
const OUTCOMES = REPLY + 1;
const signature = (spec: GraphicSpec) => JSON.stringify(spec.marks.filter((m) => m.opacity !== 0));

describe('sanctions-path layout', () => {
  it('keeps the sanctions states by meaning: one build state per kind, the reply, the outcomes', () => {
    expect(states.map((s) => s.name)).toEqual([
      ...PROPOSAL_KINDS.map((k) => `build-${k}`),
      'kremlin-reply',
      'outcomes',
    ]);
  });

  it.each(TEST_WIDTHS)('keeps every state readable at %i px (no clipped, tiny or colliding text)', (width) => {
    states.forEach((_, i) => expectReadable(layout(fixture, width, i)));
  });

  it('adds one row per measure of the step’s kind, counted from the data, and says so in numbers', () => {
    let expected = 0;
    PROPOSAL_KINDS.forEach((kind, i) => {
      expected += fixture.proposals.filter((p) => p.kind === kind).length;
      const spec = layout(fixture, 320, i);
      expect(rows(spec)).toHaveLength(expected);
      expect(visibleText(spec)).toContain(`${expected} of ${fixture.proposals.length} measures`);
    });
  });

  it('every state differs from the one before it', () => {
    for (const width of TEST_WIDTHS)
      states.forEach((_, i) => {
        if (i > 0) expect(signature(layout(fixture, width, i))).not.toBe(signature(layout(fixture, width, i - 1)));
      });
  });

  it('names the Kremlin reply in place with a leader line from the reply state on', () => {
    expect(visibleText(layout(fixture, 768, REPLY - 1))).not.toMatch(/plans will not translate/);
    for (const width of TEST_WIDTHS) {
      const spec = layout(fixture, width, REPLY);
      expect(visibleText(spec)).toMatch(/Dmitry Peskov, Kremlin press secretary, 11 Jun 2020: “We are hoping/);
      expect(byKeyPrefix(spec, 'reply-note-leader')).toHaveLength(1);
    }
  });

  it('draws a path, a marker and a dated status for every measure in the outcomes, and counts by status', () => {
    const spec = layout(fixture, 320, OUTCOMES);
    const n = fixture.proposals.length;
    expect(byKeyPrefix(spec, 'path-')).toHaveLength(n);
    expect(
      byClass(spec, 'status-symbol').filter((m) => m.key.startsWith('marker-') && !/-(half|cross)$/.test(m.key)),
    ).toHaveLength(n);
    const text = visibleText(spec);
    expect(text).toMatch(/Enacted: 22 Feb 2022/);
    expect(text).toMatch(/Not enacted, as of 7 May 2026/);
    const noSource = fixture.proposals.filter((p) => p.outcome.status === 'no-source-found').length;
    expect(text.match(/No source found/g)).toHaveLength(noSource + 1); // rows + legend
    expect(text).toContain(`No source found: ${noSource}`);
    expect(byKeyPrefix(layout(fixture, 320, REPLY), 'path-')).toHaveLength(0);
  });

  it('places outcomes on the time axis: later dates further right, no source runs to today', () => {
    const spec = layout(fixture, 1280, OUTCOMES);
    const end = (id: string) => {
      const m = spec.marks.find((k) => k.key === `path-${id}`);
      return m?.kind === 'line' ? m.x2 : NaN;
    };
    expect(end('veb-sdn')).toBeGreaterThan(end('sovereign-debt'));
    expect(end('designate-state-sponsor')).toBeGreaterThan(end('veb-sdn'));
    expect(end('proxies-abroad')).toBeGreaterThan(end('designate-state-sponsor'));
    expect(visibleText(spec)).toMatch(/As of 26 Nov 2026/);
    expect(visibleText(spec)).not.toMatch(/Today/);
    for (const yr of [2021, 2022, 2023, 2024, 2025, 2026]) expect(visibleText(spec)).toContain(String(yr));
  });

  it('draws the per-step figures without reserved blank rows: each grows with its own state', () => {
    for (const width of TEST_WIDTHS) {
      const heights = states.map((_, i) => inlineLayout(fixture, width, i).height);
      states.forEach((_, i) => expectReadable(inlineLayout(fixture, width, i)));
      for (let i = 1; i < PROPOSAL_KINDS.length; i++) expect(heights[i]).toBeGreaterThan(heights[i - 1] ?? 0);
      expect(heights[0]).toBeLessThan(layout(fixture, width, 0).height / 2);
      expect(rows(inlineLayout(fixture, width, 0))).toHaveLength(rows(layout(fixture, width, 0)).length);
    }
  });

  it('follows the data: an extra measure adds a row and changes the counts', () => {
    const first = fixture.proposals[0];
    if (!first) throw new Error('empty fixture');
    const changed: SanctionsPathData = {
      ...fixture,
      proposals: [
        ...fixture.proposals,
        {
          ...first,
          id: 'extra',
          kind: 'other',
          outcome: { status: 'enacted', date: '2023-03', summary: 'x', sources: ['s'] },
        },
      ],
    };
    const spec = layout(changed, 320, OUTCOMES);
    expect(rows(spec)).toHaveLength(fixture.proposals.length + 1);
    expect(visibleText(spec)).toContain('Enacted: 2');
    expect(visibleText(spec)).toContain('Enacted: March 2023');
    expectReadable(spec);
  });
});

describe('sanctions-path table', () => {
  it('lists every measure with its wording, status and sources, keyed by the measure id', () => {
    const [t] = tableRows(fixture);
    expect(t?.rows).toHaveLength(fixture.proposals.length);
    expect(t?.rowIds).toEqual(fixture.proposals.map((p) => p.id));
    expect(sourceLine(fixture)).toMatch(/No source links any later measure to the report/);
  });
});

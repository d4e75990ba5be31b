import { describe, expect, it } from 'vitest';
import type { GraphicSpec } from '../spec.ts';
import { byKeyPrefix, expectReadable, TEST_WIDTHS, visibleText } from '../shared/test-helpers.ts';
import { fixture } from './fixtures/data.ts';
import { assessmentsOf, inlineLayout, layout, statesFor } from './layout.ts';
import { sourceLine, tableRows } from './table.ts';
import type { ClaimsLedgerData } from './types.ts';

const all = statesFor(fixture);
const assessments = fixture.claims.reduce((n, c) => n + c.assessments.length, 0);
const stateOf = (name: string) => all.findIndex((s) => s.name === name);
const signature = (spec: GraphicSpec) => JSON.stringify(spec.marks.filter((m) => m.opacity !== 0));

describe('claims-ledger layout', () => {
  it('has the overview, then one state per later assessment, with permanent unique names', () => {
    expect(all).toHaveLength(1 + assessments);
    expect(all[0]?.name).toBe('all-claims');
    expect(new Set(all.map((s) => s.name)).size).toBe(all.length);
    for (const name of [
      'gru-offered-bounties-2020-06-30',
      'gru-offered-bounties-2020-09-14',
      'gru-offered-bounties-2021-04-15',
    ])
      expect(stateOf(name)).toBeGreaterThan(0);
  });

  it.each(TEST_WIDTHS)('keeps every state readable at %i px', (width) => {
    all.forEach((_, i) => expectReadable(layout(fixture, width, i)));
  });

  it('draws one row per claim and one dot per assessment, and writes the counts as numbers', () => {
    for (const width of TEST_WIDTHS) {
      const spec = layout(fixture, width, 0);
      expect(byKeyPrefix(spec, 'claim-')).toHaveLength(fixture.claims.length);
      expect(byKeyPrefix(spec, 'assessment-').filter((m) => m.kind === 'circle')).toHaveLength(assessments);
      const text = visibleText(spec);
      expect(text).toContain(`${fixture.claims.length} claims, ${assessments} later assessments`);
      const denied = fixture.claims.filter((c) => c.status === 'denied').length;
      expect(text).toContain(`Denied: ${denied}`);
    }
  });

  it('names the active assessment in place, with a leader to its dot, and every state differs', () => {
    for (const width of TEST_WIDTHS) {
      const spec = layout(fixture, width, stateOf('gru-offered-bounties-2020-06-30-2'));
      expect(visibleText(spec)).toMatch(/30 Jun 2020 · The Wall Street Journal/);
      expect(visibleText(spec)).toMatch(/strongly dissented/);
      expect(byKeyPrefix(spec, 'note-leader')).toHaveLength(1);
      expect(spec.marks.filter((m) => m.className?.includes('active') && m.kind === 'circle')).toHaveLength(1);
      all.forEach((_, i) => {
        if (i > 0) expect(signature(layout(fixture, width, i))).not.toBe(signature(layout(fixture, width, i - 1)));
      });
    }
    expect(visibleText(layout(fixture, 320, stateOf('gru-offered-bounties-2021-04-15')))).toMatch(
      /low to moderate confidence/,
    );
  });

  it('draws the per-step figures sized to their own state: one claim when the step is about one', () => {
    for (const width of TEST_WIDTHS) {
      all.forEach((_, i) => expectReadable(inlineLayout(fixture, width, i)));
      expect(byKeyPrefix(inlineLayout(fixture, width, 0), 'claim-')).toHaveLength(fixture.claims.length);
      const i = stateOf('gru-offered-bounties-2020-06-30-2');
      const one = inlineLayout(fixture, width, i);
      expect(byKeyPrefix(one, 'claim-').map((m) => m.key)).toEqual(['claim-gru-offered-bounties']);
      expect(visibleText(one)).toMatch(/strongly dissented/);
      expect(one.height).toBeLessThan(layout(fixture, width, i).height / 2);
      expect(inlineLayout(fixture, width, 0).height).toBeLessThanOrEqual(layout(fixture, width, 0).height);
    }
  });

  it('follows the data: a new assessment adds a state and a dot', () => {
    const [first, ...rest] = fixture.claims;
    if (!first) throw new Error('empty fixture');
    const more: ClaimsLedgerData = {
      claims: [
        {
          ...first,
          assessments: [
            ...first.assessments,
            { date: '2025-06', by: 'X', text: 'Y.', sources: ['s'], research: ['S01'] },
          ],
        },
        ...rest,
      ],
    };
    expect(statesFor(more)).toHaveLength(all.length + 1);
    expect(assessmentsOf(more).at(0)?.name).toBe(`${first.id}-${first.assessments[0]?.date}`);
    const spec = layout(more, 320, 0);
    expect(byKeyPrefix(spec, 'assessment-').filter((m) => m.kind === 'circle')).toHaveLength(assessments + 1);
    expectReadable(layout(more, 320, first.assessments.length + 1));
  });
});

describe('claims-ledger table', () => {
  it('has one row per claim, keyed by claim id, with evidence, assessments and sources', () => {
    const [t] = tableRows(fixture);
    expect(t?.rows).toHaveLength(fixture.claims.length);
    expect(t?.rowIds).toEqual(fixture.claims.map((c) => c.id));
    expect(t?.rows.every((r) => r.every((cell) => cell.length > 0))).toBe(true);
    expect(sourceLine(fixture)).toMatch(/^Sources: \d+ /);
  });
});

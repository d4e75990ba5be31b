import { describe, expect, it } from 'vitest';
import type { GraphicSpec } from '../spec.ts';
import { byKeyPrefix, expectReadable, TEST_WIDTHS, visibleText } from '../shared/test-helpers.ts';
import { fixture } from './fixtures/data.ts';
import { inlineLayout, layout, statesFor } from './layout.ts';
import { sourceLine, tableRows } from './table.ts';
import type { ReportOutletsData } from './types.ts';

const all = statesFor(fixture);
const cells = fixture.reports.reduce((n, r) => n + r.elements.length, 0);
const stateOf = (name: string) => all.findIndex((s) => s.name === name);
const signature = (spec: GraphicSpec) =>
  JSON.stringify(spec.marks.map((m) => [m.key, m.opacity, m.className, m.kind === 'text' ? m.text : '']));
const cellMarks = (spec: GraphicSpec) => byKeyPrefix(spec, 'cell-');

describe('report-outlets layout', () => {
  it('has the overview, one state per report and one per quoted reply', () => {
    const replies = fixture.reports.filter((r) => r.elements.some((e) => e.element === 'reply')).length;
    expect(all).toHaveLength(1 + fixture.reports.length + replies);
    expect(stateOf('nyt-2020-06-26-first-report')).toBe(1);
    expect(stateOf('nyt-2020-06-26-first-report-reply')).toBeGreaterThan(fixture.reports.length);
  });

  it.each(TEST_WIDTHS)('keeps every state readable at %i px', (width) => {
    all.forEach((_, i) => expectReadable(layout(fixture, width, i)));
  });

  it('draws one mark per element a report carried and one officials count per report, from the data', () => {
    for (const width of TEST_WIDTHS) {
      const spec = layout(fixture, width, 0);
      expect(cellMarks(spec)).toHaveLength(cells);
      expect(byKeyPrefix(spec, 'report-')).toHaveLength(fixture.reports.length);
      const counts = byKeyPrefix(spec, 'officials-').map((m) => (m.kind === 'text' ? m.text : ''));
      expect(counts).toEqual(
        fixture.reports.map((r) => (r.officials.count === 'not-stated' ? '–' : String(r.officials.count))),
      );
      const stated = fixture.reports.filter((r) => r.officials.count !== 'not-stated').length;
      expect(visibleText(spec)).toContain(`${stated} say how many officials`);
      for (const lane of ['Bounties offered', 'Who was told', 'US deaths', 'Officials cited'])
        expect(visibleText(spec)).toContain(lane);
    }
  });

  it('names the focused report in place with a leader, fades the others, and every state differs', () => {
    for (const width of TEST_WIDTHS) {
      const spec = layout(fixture, width, stateOf('nyt-2020-06-26-first-report'));
      expect(visibleText(spec)).toMatch(/The New York Times, 26 Jun 2020: 6 elements/);
      expect(visibleText(spec)).toMatch(/officials briefed on the matter”, number not/);
      expect(byKeyPrefix(spec, 'note-leader')).toHaveLength(1);
      const faded = cellMarks(spec).filter((m) => m.opacity === 0.3).length;
      expect(faded).toBe(cells - (fixture.reports[0]?.elements.length ?? 0));
      all.forEach((_, i) => {
        if (i > 0) expect(signature(layout(fixture, width, i))).not.toBe(signature(layout(fixture, width, i - 1)));
      });
    }
    const reply = layout(fixture, 320, stateOf('nyt-2020-06-26-first-report-reply'));
    expect(visibleText(reply)).toMatch(/Reply quoted: It quoted the Kremlin's spokesman, Dmitry Peskov/);
    expect(cellMarks(reply).filter((m) => m.className?.includes('active'))).toHaveLength(1);
  });

  it('draws the per-step figures with the note sized to its own text', () => {
    for (const width of TEST_WIDTHS)
      all.forEach((_, i) => {
        const spec = inlineLayout(fixture, width, i);
        expectReadable(spec);
        expect(spec.height).toBeLessThanOrEqual(layout(fixture, width, i).height);
        expect(cellMarks(spec)).toHaveLength(cells);
      });
    expect(inlineLayout(fixture, 320, 0).height).toBeLessThan(layout(fixture, 320, 0).height);
  });

  it('follows the data: a new report adds a column, its marks and a state', () => {
    const [first] = fixture.reports;
    if (!first) throw new Error('empty fixture');
    const more: ReportOutletsData = {
      reports: [
        ...fixture.reports,
        { ...first, id: 'extra', outlet: 'Reuters', date: '2020-07-04', officials: { ...first.officials, count: 3 } },
      ],
    };
    expect(statesFor(more)).toHaveLength(all.length + 2);
    const spec = layout(more, 320, 0);
    expect(cellMarks(spec)).toHaveLength(cells + first.elements.length);
    expect(visibleText(spec)).toContain('Reuters: 1');
    expectReadable(spec);
  });
});

describe('report-outlets table', () => {
  it('has one row per report, keyed by id, each carried element citing its sources', () => {
    const [t] = tableRows(fixture);
    expect(t?.rows).toHaveLength(fixture.reports.length);
    expect(t?.rowIds).toEqual(fixture.reports.map((r) => r.id));
    const filled = t?.rows.flatMap((row) => row.slice(2, -2).filter(Boolean)) ?? [];
    expect(filled).toHaveLength(cells);
    expect(filled.every((c) => /\([a-z0-9-]+(, [a-z0-9-]+)*\)$/.test(c))).toBe(true);
    expect(sourceLine(fixture)).toMatch(/^Sources: \d+ /);
  });
});

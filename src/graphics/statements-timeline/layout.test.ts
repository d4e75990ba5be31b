import { describe, expect, it } from 'vitest';
import type { CircleMark, GraphicSpec } from '../spec.ts';
import { byClass, byKeyPrefix, expectReadable, TEST_WIDTHS, visibleText } from '../shared/test-helpers.ts';
import { fixture } from './fixtures/data.ts';
import { layout, orderedStatements, statesFor } from './layout.ts';
import { sourceLine, tableRows } from './table.ts';
import type { StatementsData } from './types.ts';

const nodes = (spec: GraphicSpec) => byKeyPrefix(spec, 'statement-') as CircleMark[];
const all = statesFor(fixture);

describe('statements-timeline layout', () => {
  it('has at least 15 statements and one state per statement after the overview', () => {
    expect(fixture.statements.length).toBeGreaterThanOrEqual(15);
    expect(all).toHaveLength(fixture.statements.length + 1);
    expect(all.slice(1).map((s) => s.name)).toEqual(orderedStatements(fixture).map((s) => s.id));
  });

  it.each(TEST_WIDTHS)('keeps every state readable at %i px', (width) => {
    all.forEach((_, i) => expectReadable(layout(fixture, width, i)));
  });

  it('draws one focusable node per statement, keyed by its permanent id', () => {
    const spec = layout(fixture, 768, 0);
    const n = nodes(spec);
    expect(n).toHaveLength(fixture.statements.length);
    expect(n.map((m) => m.data?.['id']).sort()).toEqual(fixture.statements.map((s) => s.id).sort());
    expect(n.every((m) => m.focusable && m.label?.includes(', '))).toBe(true);
    const embassy = n.find((m) => m.data?.['id'] === '2020-06-27-russian-embassy-us-tweets');
    expect(embassy?.label).toMatch(/Russian Embassy in the United States, 27 Jun 2020, Twitter: “Stop producing/);
  });

  it('puts each group in its own lane, in the agreed order', () => {
    const spec = layout(fixture, 1280, 0);
    const laneY = (group: string) => {
      const ys = nodes(spec)
        .filter((m) => m.className?.includes(`group-${group}`))
        .map((m) => m.cy);
      return [Math.min(...ys), Math.max(...ys)];
    };
    const order = ['us-press', 'us-government', 'russian-government', 'taliban', 'uk'].map(laneY);
    order.slice(1).forEach((lane, i) => expect(lane[0]).toBeGreaterThan(order[i]?.[1] ?? Infinity));
  });

  it('dodges same-day statements in a lane instead of overlapping them', () => {
    for (const width of TEST_WIDTHS) {
      const n = nodes(layout(fixture, width, 0));
      n.forEach((a, i) =>
        n.slice(i + 1).forEach((b) => expect(Math.hypot(a.cx - b.cx, a.cy - b.cy)).toBeGreaterThanOrEqual(a.r + b.r)),
      );
    }
  });

  it('orders time along the axis, hours included, and puts later assessments after the break', () => {
    const spec = layout(fixture, 1280, 0);
    const cx = (id: string) => nodes(spec).find((m) => m.data?.['id'] === id)?.cx ?? NaN;
    // 15:42 Moscow = 08:42 Eastern; 17:20 London = 12:20 Eastern; the briefing is 13:25 Eastern.
    expect(cx('2020-06-29-kremlin-peskov-lies')).toBeLessThan(cx('2020-06-29-russian-embassy-uk'));
    expect(cx('2020-06-29-russian-embassy-uk')).toBeLessThan(cx('2020-06-29-white-house-briefing'));
    const breakLine = spec.marks.find((m) => m.key === 'break-line');
    if (breakLine?.kind !== 'line') throw new Error('no break');
    for (const st of fixture.statements) {
      const side = cx(st.id) > breakLine.x1;
      expect(side, st.id).toBe(st.phase === 'later-assessment');
    }
    expect(visibleText(spec)).toMatch(/Later assessments/);
    expect(visibleText(spec)).toMatch(/Apr 2021/);
  });

  it('leaves the days most of the width when later assessments span many months, at every width', () => {
    const later = fixture.statements.find((st) => st.phase === 'later-assessment')!;
    const months = ['2020-08-01', '2020-09-01', '2020-11-01', '2021-01-01', '2021-02-01', '2021-06-01'];
    const many: StatementsData = {
      ...fixture,
      statements: [...fixture.statements, ...months.map((date) => ({ ...later, id: `${date}-later`, date }))],
    };
    for (const width of TEST_WIDTHS) {
      const spec = layout(many, width, 0);
      const breakLine = spec.marks.find((m) => m.key === 'break-line');
      if (breakLine?.kind !== 'line') throw new Error('no break');
      const days = nodes(spec).filter((m) => m.cx < breakLine.x1);
      const spread = Math.max(...days.map((m) => m.cx)) - Math.min(...days.map((m) => m.cx));
      expect(spread, `${width} px`).toBeGreaterThan(0.45 * width);
      expectReadable(spec);
    }
  });

  it('state i activates statement i-1 with a quote card; state 0 has none', () => {
    expect(layout(fixture, 768, 0).card).toBeUndefined();
    const ordered = orderedStatements(fixture);
    ordered.forEach((st, i) => {
      const spec = layout(fixture, 768, i + 1);
      expect(byClass(spec, 'active').map((m) => m.data?.['id'])).toEqual([st.id]);
      expect(spec.card?.key).toBe(`statement-${st.id}`);
      expect(spec.card?.quote).toBe(st.quotes.map((q) => q.text).join(' … '));
      const ring = spec.marks.find((m) => m.key === 'active-ring');
      const node = nodes(spec).find((m) => m.data?.['id'] === st.id);
      expect(ring?.kind === 'circle' && ring.cx === node?.cx && ring.cy === node?.cy).toBe(true);
    });
    const peskov = layout(fixture, 768, ordered.findIndex((s) => s.id === '2020-06-26-kremlin-peskov-nyt') + 1).card;
    expect(peskov).toMatchObject({
      speaker: 'Dmitry Peskov, Kremlin press secretary',
      channel: 'Newspaper',
      date: '26 Jun 2020',
    });
    expect(peskov?.source).toMatch(/The Mercury News \(NYT syndication\), “U\.S\.: Russia secretly offered/);
  });

  it('keeps nodes in place across states so only emphasis changes', () => {
    const pos = (i: number) => nodes(layout(fixture, 1280, i)).map((m) => `${m.key}@${m.cx},${m.cy}`);
    expect(pos(5)).toEqual(pos(0));
    expect(pos(all.length - 1)).toEqual(pos(0));
  });

  it('follows the data: more statements, more nodes and states; a new same-day one is dodged', () => {
    const extra = { ...fixture.statements[5]!, id: '2020-06-27-extra', summary: 'x' };
    const more: StatementsData = { ...fixture, statements: [...fixture.statements, extra] };
    expect(nodes(layout(more, 320, 0))).toHaveLength(fixture.statements.length + 1);
    expect(statesFor(more)).toHaveLength(all.length + 1);
    expect(layout(more, 320, 0).description).toMatch(new RegExp(`^${fixture.statements.length + 1} statements`));
    expectReadable(layout(more, 320, 0));
  });

  it('accepts YAML dates as Date objects', () => {
    const asDates: StatementsData = {
      statements: fixture.statements.map((s) => ({ ...s, date: new Date(`${String(s.date)}T00:00:00Z`) })),
    };
    expect(nodes(layout(asDates, 768, 0)).map((m) => m.cx)).toEqual(nodes(layout(fixture, 768, 0)).map((m) => m.cx));
  });
});

describe('statements-timeline table', () => {
  it('has one row per statement in the order of the states', () => {
    const [t] = tableRows(fixture);
    expect(t?.rows.map((r) => r[0])).toEqual(orderedStatements(fixture).map((s) => s.id));
    expect(sourceLine(fixture)).toMatch(/^Sources: \d+ published sources/);
  });
});

import { describe, expect, it } from 'vitest';
import type { CircleMark, GraphicSpec, LineMark, TextMark } from '../spec.ts';
import { textBox } from '../shared/text.ts';
import { byClass, byKeyPrefix, expectReadable, TEST_WIDTHS, visibleText } from '../shared/test-helpers.ts';
import { getContent } from '~/lib/content/content.ts';
import { countToll } from './counts.ts';
import { loadTollFixture } from './fixtures/load.ts';
import toll2019 from './index.ts';
import { layout, PATTERN_ID, states } from './layout.ts';
import { load } from './load.ts';
import { sourceLine, tableRows } from './table.ts';
import type { Toll2019Data } from './types.ts';
import { words } from './words.ts';

const data = loadTollFixture();
const people = (spec: GraphicSpec) => byKeyPrefix(spec, 'death-') as CircleMark[];

describe('toll-2019 data as the research gives it', () => {
  it('reproduces the counts the chapter talks about, from the rows', () => {
    const c = countToll(data);
    expect([c.total, c.named, c.unidentified, c.combat, c.nonCombat]).toEqual([23, 21, 2, 20, 3]);
    expect(c.pentagonHostile).toBe(17);
    // The CSV keeps release wording (18 hostile): one of the two flagged cases is the open one.
    expect([c.hostileByRelease, c.hostileOpenCases, c.combatNotHostile, c.bagram]).toEqual([18, 2, 2, 3]);
  });

  it('derives stable ids and never a name for the unidentified', () => {
    const ids = data.deaths.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('2019-04-08-christopher-k-a-slutman');
    expect(ids.filter((id) => id.startsWith('unidentified-'))).toEqual(['unidentified-1', 'unidentified-2']);
  });
});

describe('toll-2019 layout', () => {
  it.each(TEST_WIDTHS)('keeps every state readable at %i px', (width) => {
    states.forEach((_, i) => {
      const spec = layout(data, width, i);
      expect(spec.width).toBe(width);
      expectReadable(spec);
    });
  });

  it('draws one focusable mark per death in the 2019 states, labelled and keyed by id', () => {
    for (let i = 0; i < 4; i++) {
      const marks = people(layout(data, 768, i));
      expect(marks).toHaveLength(data.deaths.length);
      expect(marks.every((m) => m.focusable && m.label && m.data?.['id'])).toBe(true);
    }
    const slutman = people(layout(data, 768, 0)).find((m) => m.data?.['id'] === '2019-04-08-christopher-k-a-slutman');
    expect(slutman?.label).toMatch(/Staff Sgt\. Christopher K\.A\. Slutman.*8 Apr 2019.*Bagram.*car bomb/);
  });

  it('puts the undated deaths in a labelled bin, without names', () => {
    const spec = layout(data, 320, 0);
    expect(visibleText(spec)).toContain('Date not released');
    const undated = people(spec).filter((m) => m.data?.['id']?.startsWith('unidentified'));
    expect(undated).toHaveLength(2);
    expect(new Set(undated.map((m) => m.cy)).size).toBe(1);
    for (const m of undated) expect(m.label).not.toMatch(/UNIDENTIFIED/);
    const dated = people(spec).filter((m) => !m.data?.['id']?.startsWith('unidentified'));
    expect(Math.min(...undated.map((m) => m.cy))).toBeGreaterThan(Math.max(...dated.map((m) => m.cy)));
  });

  it('stacks deaths on the same day and keeps marks from overlapping', () => {
    for (const width of TEST_WIDTHS) {
      const marks = people(layout(data, width, 0));
      const bagram = marks.filter((m) => m.data?.['id']?.startsWith('2019-04-08'));
      expect(new Set(bagram.map((m) => m.cx)).size).toBe(1);
      expect(new Set(bagram.map((m) => m.cy)).size).toBe(3);
      marks.forEach((a, i) =>
        marks
          .slice(i + 1)
          .forEach((b) => expect(Math.hypot(a.cx - b.cx, a.cy - b.cy)).toBeGreaterThanOrEqual(a.r + b.r)),
      );
    }
  });

  it('state 1 splits combat from non-combat by shape class and counts from the data', () => {
    const spec = layout(data, 1280, 1);
    expect(byClass(spec, 'combat').filter((m) => m.key.startsWith('death-'))).toHaveLength(20);
    expect(byClass(spec, 'noncombat').filter((m) => m.key.startsWith('death-'))).toHaveLength(3);
    expect(visibleText(spec)).toMatch(/NYT\/AP count\): 20/);
    expect(spec.description).toMatch(/20 of the 23/);
  });

  it('state 2 marks the open hostile case with a dashed ring and the combat/hostile difference', () => {
    const spec = layout(data, 1280, 2);
    const doubt = byClass(spec, 'hostile-doubt').filter((m) => m.key.startsWith('death-'));
    expect(doubt.map((m) => m.data?.['id'])).toEqual(['2019-08-29-dustin-b-ard', '2019-12-23-michael-j-goble']);
    expect(byKeyPrefix(spec, 'ring-')).toHaveLength(2);
    expect(byClass(spec, 'differs').map((m) => m.data?.['id'])).toEqual([
      '2019-11-20-david-c-knadle',
      '2019-11-20-kirk-t-fuchigami-jr',
    ]);
    expect(visibleText(spec)).toMatch(/Pentagon total: 17 hostile/);
    expect(spec.description).toMatch(/counted 17 deaths as hostile/);
  });

  it('state 3 highlights exactly the Bagram attack and dims the rest', () => {
    const spec = layout(data, 768, 3);
    const hi = byClass(spec, 'highlight').filter((m) => m.key.startsWith('death-'));
    expect(hi.map((m) => m.data?.['id']?.slice(0, 10))).toEqual(['2019-04-08', '2019-04-08', '2019-04-08']);
    expect(people(spec).filter((m) => m.opacity === 0.35)).toHaveLength(20);
    expect(visibleText(spec)).toMatch(/8 Apr 2019, near Bagram Airfield: 3 killed/);
  });

  it('state 4 folds the marks into the 2019 bar among hatched secondary-source years', () => {
    const spec = layout(data, 768, 4);
    const bars = byKeyPrefix(spec, 'bar-');
    expect(bars).toHaveLength(data.annual.length);
    expect(byClass(spec, 'hatch')).toHaveLength(data.annual.filter((a) => a.verified === 'no').length);
    expect(spec.defs?.[0]?.id).toBe(PATTERN_ID);
    const bar2019 = bars.find((b) => b.key === 'bar-2019');
    const marks = people(spec);
    expect(marks.every((m) => m.opacity === 0 && !m.focusable)).toBe(true);
    if (bar2019?.kind !== 'rect') throw new Error('no 2019 bar');
    expect(marks.every((m) => m.cx > bar2019.x && m.cx < bar2019.x + bar2019.width)).toBe(true);
    expect(visibleText(spec)).toMatch(/2001–2018: totals from a secondary source/);
    expect(visibleText(spec)).toMatch(/2019: 23/);
  });

  it('keeps person marks in place between the first four states (only class and opacity change)', () => {
    const pos = (i: number) => people(layout(data, 768, i)).map((m) => `${m.key}@${m.cx},${m.cy}`);
    expect(pos(1)).toEqual(pos(0));
    expect(pos(2)).toEqual(pos(0));
    expect(pos(3)).toEqual(pos(0));
  });

  it('follows the data, not constants: a changed fixture changes marks and counts', () => {
    const first = data.deaths[0];
    if (!first) throw new Error('empty fixture');
    const changed: Toll2019Data = {
      deaths: [
        ...data.deaths.slice(1),
        { ...first, id: 'x', counted_in_nyt_ap_20_combat: 'no' },
        { ...first, id: 'y' },
      ],
      annual: data.annual.map((a) => (a.year === 2019 ? { ...a, hostile: 16 } : a)),
    };
    const s1 = layout(changed, 768, 1);
    expect(people(s1)).toHaveLength(24);
    expect(byClass(s1, 'noncombat').filter((m) => m.key.startsWith('death-'))).toHaveLength(4);
    expect(visibleText(s1)).toMatch(/Not combat deaths: 4/);
    expect(visibleText(layout(changed, 768, 2))).toMatch(/Pentagon total: 16 hostile/);
    expect(byKeyPrefix(layout({ ...data, annual: data.annual.slice(5) }, 768, 4), 'bar-')).toHaveLength(
      data.annual.length - 5,
    );
  });

  it('clamps out-of-range states and widths instead of failing', () => {
    expect(layout(data, 100, 99).width).toBe(320);
    expect(layout(data, 5000, -3).title).toMatch(/2019$/);
  });

  it('states differ from each other', () => {
    const sig = (i: number) => JSON.stringify(layout(data, 768, i).marks.map((m) => [m.key, m.className, m.opacity]));
    const sigs = states.map((_, i) => sig(i));
    expect(new Set(sigs).size).toBe(states.length);
  });
});

describe('toll-2019 annotations on the chart', () => {
  const text = (spec: GraphicSpec, key: string) =>
    spec.marks.find((m): m is TextMark => m.kind === 'text' && m.key === key && m.opacity !== 0);

  it.each(TEST_WIDTHS)('writes the count that matters large at %i px: 23, 20, 17, then the 3 at Bagram', (width) => {
    const c = countToll(data);
    const numbers = states.map((_, i) => text(layout(data, width, i), 'callout-number')?.text);
    expect(numbers).toEqual([c.total, c.combat, c.pentagonHostile, c.bagram, undefined].map((n) => n && String(n)));
    expect(numbers.slice(0, 4)).toEqual(['23', '20', '17', '3']);
    const big = text(layout(data, width, 1), 'callout-number');
    expect(big?.fontSize).toBeGreaterThanOrEqual(2 * (text(layout(data, width, 1), 'callout-text-0')?.fontSize ?? 0));
    expect(text(layout(data, width, 1), 'callout-text-0')?.text).toMatch(/^of 23 killed in combat/);
  });

  it.each(TEST_WIDTHS)('points the Bagram count at its stack with a leader, clear of the marks, at %i px', (width) => {
    const spec = layout(data, width, 3);
    const leader = spec.marks.find((m): m is LineMark => m.key === 'callout-leader' && m.kind === 'line');
    const bagram = people(spec).filter((p) => p.className?.includes('highlight'));
    expect(bagram).toHaveLength(3);
    expect(leader?.x1).toBe(bagram[0]?.cx);
    expect(leader?.y2).toBeLessThan(Math.min(...bagram.map((p) => p.cy - p.r)));
    expect(leader?.y1).toBeGreaterThan(textBox(text(spec, 'callout-number') as TextMark).y1);
    // No mark of the year sits between the count and the stacks.
    const callBottom = Math.max(...byKeyPrefix(spec, 'callout-text').map((m) => textBox(m as TextMark).y1));
    expect(Math.min(...people(spec).map((p) => p.cy - p.r))).toBeGreaterThan(callBottom);
  });

  it.each(TEST_WIDTHS)('labels the axes at %i px in every state', (width) => {
    states.forEach((_, i) => {
      const title = text(layout(data, width, i), 'axis-title')?.text;
      expect(title).toBe(i < 4 ? 'Date of death, 2019' : 'US military deaths per year');
    });
  });

  it('changes what a reader sees at every step: count, wording or marks', () => {
    const seen = states.map((_, i) => visibleText(layout(data, 320, i)));
    expect(new Set(seen).size).toBe(states.length);
  });
});

describe('toll-2019 table and source line', () => {
  it('lists every death and every year', () => {
    const [deaths, annual] = tableRows(data);
    expect(deaths?.rows).toHaveLength(23);
    expect(annual?.rows).toHaveLength(data.annual.length);
    expect(deaths?.rows.filter((r) => r[1] === 'Not released')).toHaveLength(2);
    expect(sourceLine(data)).toMatch(/Statistico/);
  });
});

describe('toll-2019 in the Russian edition', () => {
  const text = (spec: GraphicSpec, key: string) =>
    spec.marks.find((m): m is TextMark => m.kind === 'text' && m.key === key && m.opacity !== 0);
  const content = getContent();
  const en = load(content);
  const ru = load(content, 'ru');
  const CYRILLIC = /[А-Яа-яЁё]/;
  const LATIN = /[A-Za-z]/;
  /** Latin-script names kept on purpose: the counts' authors and the Pentagon's casualty system. */
  const KEPT_LATIN = ['NYT', 'AP', 'DCAS'];
  const latinLeft = (text: string) => KEPT_LATIN.reduce((t, name) => t.replaceAll(name, ''), text);
  const isRussian = (text: string) => CYRILLIC.test(text) || !LATIN.test(latinLeft(text));
  const texts = (spec: GraphicSpec) =>
    spec.marks.filter((m): m is TextMark => m.kind === 'text' && m.opacity !== 0 && /\p{L}/u.test(m.text));
  // Paragraph lines are keyed `<entry>-<line>`: Russian may wrap to a different number of lines.
  const entryKeys = (spec: GraphicSpec) => [
    ...new Set(texts(spec).map((m) => m.key.replace(/^((?:legend-[a-z-]+)|callout-text)-\d+$/, '$1'))),
  ];
  const nonText = (spec: GraphicSpec) =>
    spec.marks
      .filter((m) => m.kind !== 'text')
      .map((m) => m.key)
      .sort();

  it('is built for the Russian edition, with the same deaths, ids and years', () => {
    expect(en.locale).toBe('en');
    expect(ru.locale).toBe('ru');
    expect(ru.deaths.map((d) => d.id)).toEqual(en.deaths.map((d) => d.id));
    expect(ru.annual).toEqual(en.annual);
    expect(countToll(ru)).toEqual(countToll(en));
  });

  it('has every shown word of the research rows in Russian, names in Cyrillic with the published spelling', () => {
    for (const d of ru.deaths) {
      const shown = d.id.startsWith('unidentified') ? [d.cause] : [d.name, d.rank, d.branch, d.unit, d.place, d.cause];
      for (const value of [...shown, d.province].filter(Boolean)) expect(value, d.id).toMatch(CYRILLIC);
    }
    const english = new Map(en.deaths.map((d) => [d.id, d]));
    for (const d of ru.deaths) {
      const source = english.get(d.id);
      // What the graphic reasons on stays as the research has it.
      expect([d.date, d.hostile, d.counted_in_nyt_ap_20_combat, d.notes, d.source_title]).toEqual([
        source?.date,
        source?.hostile,
        source?.counted_in_nyt_ap_20_combat,
        source?.notes,
        source?.source_title,
      ]);
      if (!d.id.startsWith('unidentified')) expect(d.name).toContain(`(${source?.name.replace(' "Ryan"', '')})`);
    }
  });

  it('has the same states, with Russian descriptions', () => {
    const [enStates, ruStates] = [toll2019.statesFor(en), toll2019.statesFor(ru)];
    expect(ruStates.map((s) => s.name)).toEqual(enStates.map((s) => s.name));
    expect(enStates).toEqual(states);
    for (const s of ruStates) expect(s.description).toMatch(CYRILLIC);
    expect(toll2019.descriptionFor?.(ru)).toMatch(CYRILLIC);
    expect(toll2019.descriptionFor?.(en)).toBe(toll2019.description);
  });

  it.each(TEST_WIDTHS)('draws the same marks as English in every state at %i px', (width) => {
    states.forEach((_, i) => {
      const [a, b] = [layout(en, width, i), layout(ru, width, i)];
      expect(nonText(b)).toEqual(nonText(a));
      expect(entryKeys(b).sort()).toEqual(entryKeys(a).sort());
      // Same marks in the same classes; only the bin of undated deaths moves (its label is longer).
      expect(people(b).map((m) => [m.key, m.className, m.opacity])).toEqual(
        people(a).map((m) => [m.key, m.className, m.opacity]),
      );
    });
  });

  it.each(TEST_WIDTHS)('keeps every Russian label inside the drawing and clear of the others at %i px', (width) => {
    states.forEach((_, i) => {
      const spec = layout(ru, width, i);
      expect(spec.width).toBe(width);
      expectReadable(spec);
      // The axis title shares its row with the bin of undated deaths: it stays clear of those marks.
      const title = text(spec, 'axis-title');
      const undated = people(spec).filter((m) => m.data?.['id']?.startsWith('unidentified'));
      if (i < 4 && title) {
        const box = textBox(title);
        for (const m of undated) expect(box.x0).toBeGreaterThanOrEqual(m.cx + m.r);
      }
    });
  });

  it.each(TEST_WIDTHS)('writes every visible word in Russian at %i px', (width) => {
    states.forEach((_, i) => {
      const spec = layout(ru, width, i);
      const english = texts(spec).filter((m) => !isRussian(m.text));
      expect(english.map((m) => `${m.key}: ${m.text}`)).toEqual([]);
      expect(spec.title).toMatch(CYRILLIC);
      expect(spec.description).toMatch(CYRILLIC);
      for (const m of spec.marks) if (m.label) expect(m.label, m.key).toMatch(CYRILLIC);
    });
  });

  it.each(TEST_WIDTHS)('writes the whole count caption, never cut, at %i px', (width) => {
    states.forEach((_, i) => {
      const expected = words(ru).callout(i, countToll(ru), 2019);
      const spec = layout(ru, width, i);
      expect(text(spec, 'callout-number')?.text).toBe(expected && String(expected.value));
      const lines = byKeyPrefix(spec, 'callout-text-').map((m) => (m as TextMark).text);
      // Lines break at ordinary spaces only: a no-break space («8 апр.») keeps its words together.
      expect(lines.join(' ')).toBe(expected?.text.split(/[ \t\n]+/).join(' ') ?? '');
    });
  });

  it('uses the chapter’s words: the «дата не опубликована» bin, ranks, «от действий противника», Bagram', () => {
    const s0 = layout(ru, 768, 0);
    expect(text(s0, 'bin-label')?.text).toBe('Дата не опубликована:');
    expect(text(s0, 'callout-text-0')?.text).toMatch(/^случая гибели военнослужащих США/);
    expect(text(s0, 'axis-title')?.text).toBe('Дата смерти, 2019');
    expect(text(s0, 'month-3')?.text).toBe('апр');
    const slutman = people(s0).find((m) => m.data?.['id'] === '2019-04-08-christopher-k-a-slutman');
    expect(slutman?.label).toMatch(
      /^Штаб-сержант Кристофер Слатман \(Christopher K\.A\. Slutman\), резерв Корпуса морской пехоты.*8\u00a0апр\. 2019.*у авиабазы Баграм.*заминированного автомобиля/,
    );
    const undated = people(s0).find((m) => m.data?.['id'] === 'unidentified-1');
    expect(undated?.label).toMatch(
      /^Имя не опубликовано\. Дата не опубликована: между 1\u00a0янв\. и 25\u00a0июня 2019\./,
    );
    expect(visibleText(layout(ru, 1280, 1))).toMatch(/Погибшие в бою \(подсчёт NYT\/AP\): 20/);
    const s2 = layout(ru, 1280, 2);
    expect(visibleText(s2)).toMatch(/Подсчёт Пентагона — от действий противника: 17/);
    expect(byKeyPrefix(s2, 'ring-')).toHaveLength(2);
    const s3 = layout(ru, 768, 3);
    expect(byClass(s3, 'highlight').filter((m) => m.key.startsWith('death-'))).toHaveLength(3);
    expect(visibleText(s3)).toMatch(/8\sапр\. 2019, у авиабазы Баграм: 3\sпогибших/);
    expect(text(s3, 'callout-text-0')?.text).toMatch(/^погибших у авиабазы Баграм/);
    expect(visibleText(layout(ru, 768, 4))).toMatch(/2001–2018: данные вторичного источника/);
  });

  it('keeps the same table rows and row ids, with Russian captions, headers and word cells', () => {
    const [a, b] = [tableRows(en), tableRows(ru)];
    expect(b).toHaveLength(a.length);
    b.forEach((table, i) => {
      const english = a[i];
      expect(table.rows).toHaveLength(english?.rows.length ?? -1);
      expect(table.rowIds).toEqual(english?.rowIds);
      expect(table.header).toHaveLength(english?.header.length ?? -1);
      expect(table.caption).toMatch(CYRILLIC);
      for (const h of table.header) expect(h).toMatch(CYRILLIC);
    });
    const [deaths, annual] = b;
    // Word columns (date, rank to cause, the yes/no columns) are Russian; the source titles stay as published.
    for (const row of deaths?.rows ?? []) {
      for (const cell of [row[0], ...row.slice(2, 9)]) if (cell) expect(cell).toMatch(CYRILLIC);
      expect(['да', 'нет']).toContain(row[7]);
    }
    expect(deaths?.rows.filter((r) => r[1] === 'Не опубликовано')).toHaveLength(2);
    expect(deaths?.rows.find((r) => r[1]?.includes('Slutman'))?.slice(1, 4)).toEqual([
      'Кристофер Слатман (Christopher K.A. Slutman)',
      'Штаб-сержант',
      'Резерв Корпуса морской пехоты',
    ]);
    for (const row of annual?.rows ?? []) expect(['да', 'нет']).toContain(row[5]);
    expect(sourceLine(ru)).toMatch(/^Источники: сообщения Пентагона в изложении \d+\u00a0издани/);
    expect(sourceLine(ru)).toMatch(/Statistico/);
  });
});

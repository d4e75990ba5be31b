import { describe, expect, it } from 'vitest';
import type { GraphicSpec } from '../spec.ts';
import { byKeyPrefix, expectReadable, TEST_WIDTHS, visibleText } from '../shared/test-helpers.ts';
import { getContent } from '~/lib/content/content.ts';
import { fixture } from './fixtures/data.ts';
import { inlineLayout, layout, statesFor } from './layout.ts';
import { load } from './load.ts';
import { shortName } from './outlets.ts';
import { description, descriptionFor, sourceLine, tableRows } from './table.ts';
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

describe('report-outlets, Russian edition', () => {
  const content = getContent();
  const en = load(content);
  const ru = load(content, 'ru');
  const enStates = statesFor(en);
  const ruStates = statesFor(ru);
  const CYRILLIC = /[А-Яа-яЁё]/;
  const LATIN = /[A-Za-z]/;
  /** Proper names kept in Latin script: the outlets (legend, notes) and their short names over the columns. */
  const NAMES = [...new Set(ru.reports.flatMap((r) => [r.outlet, shortName(r.outlet)]))].sort(
    (a, b) => b.length - a.length,
  );
  /**
   * English that comes from reports.yaml, which has no `ru` fields yet: the element summaries, and
   * the officials' own wording (a quotation). Drop an entry here once its Russian field exists.
   */
  const untranslated = ru.reports.flatMap((r) => [...r.elements.map((e) => e.summary), r.officials.wording]);
  const fromData = (t: string) => {
    // A wrapped line of the note may end in the number that follows the quoted wording.
    const core = t.replace(/[«»“”]/g, '').replace(/^[\s,.:;·–—]+|[\s\d,.:;·–—]+$/g, '');
    return core.length > 0 && untranslated.some((u) => u.includes(core));
  };
  const namesOnly = (t: string) => !LATIN.test(NAMES.reduce((rest, n) => rest.split(n).join(' '), t));
  const isRussian = (t: string) => !LATIN.test(t) || CYRILLIC.test(t) || namesOnly(t) || fromData(t);
  /** Mark keys, less the wrapped lines of the headline and note (Russian wraps to its own number of lines). */
  const keys = (spec: GraphicSpec) => spec.marks.map((m) => m.key).filter((k) => !/^(headline|note)-\d+$/.test(k));

  it('has the same states as English, each described in Russian', () => {
    expect(ruStates.map((s) => s.name)).toEqual(enStates.map((s) => s.name));
    for (const s of ruStates) expect(s.description).toMatch(CYRILLIC);
    expect(ruStates.map((s) => s.description)).not.toEqual(enStates.map((s) => s.description));
  });

  it.each(TEST_WIDTHS)('draws the same marks as English in every state at %i px, all readable', (width) => {
    ruStates.forEach((_, i) => {
      for (const draw of [layout, inlineLayout]) {
        const spec = draw(ru, width, i);
        const english = draw(en, width, i);
        expectReadable(spec);
        expect(keys(spec)).toEqual(keys(english));
        expect(byKeyPrefix(spec, 'headline-').length).toBeGreaterThan(0);
        expect(byKeyPrefix(spec, 'note-').filter((m) => m.kind === 'text').length).toBeGreaterThan(0);
      }
    });
  });

  it.each(TEST_WIDTHS)(
    'writes every visible word in Russian at %i px, but for names and data awaiting `ru`',
    (width) => {
      ruStates.forEach((_, i) => {
        const spec = layout(ru, width, i);
        const texts = spec.marks.flatMap((m) => (m.kind === 'text' ? [m.text] : []));
        expect(texts.filter((t) => !isRussian(t))).toEqual([]);
        for (const m of spec.marks) if (m.label) expect(m.label).toMatch(CYRILLIC);
        expect(spec.title).toMatch(CYRILLIC);
        expect(spec.description).toMatch(CYRILLIC);
      });
      const overview = layout(ru, width, 0);
      const text = visibleText(overview);
      for (const lane of ['Вознаграждения', 'Кому сообщили', 'Гибель американцев', 'Должностные лица'])
        expect(text).toContain(lane);
      expect(text).toContain('– число должностных лиц не указано');
      expect(byKeyPrefix(overview, 'month-').map((m) => (m.kind === 'text' ? m.text : ''))).toEqual(['июн', 'июл']);
      // Only the outlets' names and short names stay in Latin script on the overview.
      expect(
        overview.marks
          .flatMap((m) => (m.kind === 'text' && !CYRILLIC.test(m.text) && LATIN.test(m.text) ? [m.text] : []))
          .every(namesOnly),
      ).toBe(true);
    },
  );

  it('names the focused report in Russian, with a Russian count of elements and officials', () => {
    const first = layout(
      ru,
      1280,
      ruStates.findIndex((s) => s.name === 'nyt-2020-06-26-first-report'),
    );
    expect(visibleText(first)).toContain(
      'The New York Times, 26\u00a0июня 2020: 6\u00a0элементов (вознаграждения, кому сообщили,',
    );
    expect(visibleText(first)).toContain('Источники: «должностные лица, ознакомленные с вопросом», число не указано.');
    const followUp = layout(
      ru,
      1280,
      ruStates.findIndex((s) => s.name === 'nyt-2020-06-28-follow-up'),
    );
    expect(visibleText(followUp)).toContain('2\u00a0элемента');
    expect(visibleText(followUp)).toContain(
      '«два должностных лица, ознакомленных с вопросом»: 2\u00a0должностных лица',
    );
    const reply = layout(
      ru,
      1280,
      ruStates.findIndex((s) => s.name === 'nyt-2020-06-26-first-report-reply'),
    );
    expect(visibleText(reply)).toContain('The New York Times, 26\u00a0июня 2020 · Приведён ответ:');
  });

  it('has the same table rows and row ids as English, with Russian caption and headers', () => {
    const [t] = tableRows(ru);
    const [e] = tableRows(en);
    expect(t?.rowIds).toEqual(e?.rowIds);
    expect(t?.rows).toHaveLength(e?.rows.length ?? -1);
    expect(t?.rows.map((r) => r.length)).toEqual(e?.rows.map((r) => r.length));
    expect(t?.caption).toMatch(CYRILLIC);
    expect(t?.header).toHaveLength(e?.header.length ?? -1);
    for (const h of t?.header ?? []) expect(h).toMatch(CYRILLIC);
    expect(t?.rows[0]?.[1]).toBe('26\u00a0июня 2020');
    expect(t?.rows.every((r) => /^(Не указано|\d+): «/.test(r.at(-2) ?? ''))).toBe(true);
    expect(sourceLine(ru)).toMatch(/^Источники \(\d+\): /);
    expect(descriptionFor(ru)).toMatch(/^Кто о чём сообщил: .*с 26\u00a0июня по 3\u00a0июля 2020\u00a0года/);
    expect(descriptionFor(en)).toBe(description);
    expect(sourceLine(en)).toBe(sourceLine(fixture));
  });
});

import { describe, expect, it } from 'vitest';
import { getContent } from '~/lib/content/content.ts';
import type { GraphicSpec } from '../spec.ts';
import { byKeyPrefix, expectReadable, TEST_WIDTHS, visibleText } from '../shared/test-helpers.ts';
import { fixture } from './fixtures/data.ts';
import { assessmentsOf, claimLabel, inlineLayout, layout, statesFor } from './layout.ts';
import { load } from './load.ts';
import { description, descriptionFor, sourceLine, tableRows } from './table.ts';
import type { ClaimsLedgerData } from './types.ts';
import { WORDS } from './words.ts';

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

describe('claims-ledger in the Russian edition', () => {
  const content = getContent();
  const en = load(content);
  const ru = load(content, 'ru');
  const enStates = statesFor(en);
  const ruStates = statesFor(ru);
  const ruState = (name: string) => ruStates.findIndex((s) => s.name === name);
  const CYRILLIC = /[\u0400-\u04FF]/;
  const LETTER = /\p{L}/u;
  /** Publications keep their names in Latin script (the claims' Russian `by` names them so). */
  const KEPT_LATIN = ['The New York Times', 'The Washington Post', 'Yahoo News'];
  const wordsOf = (t: string) => t.match(/[\p{L}\d][\p{L}\d'’.-]*/gu)?.map((w) => w.replace(/\.$/, '')) ?? [];
  const pool = (texts: string[]) => new Set([...KEPT_LATIN, ...texts].flatMap(wordsOf));
  /**
   * Fields with no Russian translation yet, shown in English in both editions: a line without Cyrillic
   * may only come from them, in the marks that show them (the row's evidence, the named assessment).
   */
  const PENDING: [prefix: string, words: Set<string>][] = [
    ['by-', pool(ru.claims.map((c) => c.evidence))],
    ['note-', pool(ru.claims.flatMap((c) => c.assessments.flatMap((a) => [a.by, a.text])))],
  ];
  const texts = (spec: GraphicSpec) =>
    spec.marks.flatMap((m) => (m.kind === 'text' && m.opacity !== 0 && LETTER.test(m.text) ? [m] : []));
  /** The marks a state draws: every non-text key, and each text's key without its wrapped-line index. */
  const shape = (spec: GraphicSpec) => ({
    marks: spec.marks
      .filter((m) => m.kind !== 'text')
      .map((m) => m.key)
      .sort(),
    texts: [...new Set(spec.marks.filter((m) => m.kind === 'text').map((m) => m.key.replace(/-\d+$/, '')))].sort(),
  });

  it('reads the claims in Russian and keeps every id, status, date and source', () => {
    expect(ru.locale).toBe('ru');
    expect(en.locale).toBe('en');
    expect(ru.claims.map((c) => [c.id, c.status, c.date, c.sources])).toEqual(
      en.claims.map((c) => [c.id, c.status, c.date, c.sources]),
    );
    ru.claims.forEach((c) => {
      expect(c.claim).toBe(c.ru.claim);
      expect(c.by).toBe(c.ru.by);
      expect(c.label).toBe(c.ru.label);
      expect(claimLabel(c)).toMatch(CYRILLIC);
    });
  });

  it('has the same states as the English, described in Russian', () => {
    expect(ruStates.map((s) => s.name)).toEqual(enStates.map((s) => s.name));
    ruStates.forEach((s) => expect(s.description).toMatch(CYRILLIC));
    expect(ruStates[ruState('russia-supported-taliban-2020-07')]?.description).toContain(
      '«Что Россия вооружала „Талибан“»: МИД России, июль 2020.',
    );
  });

  it.each(TEST_WIDTHS)('draws the same marks as the English in every state at %i px, all readable', (width) => {
    ruStates.forEach((_, i) => {
      for (const draw of [layout, inlineLayout]) {
        const spec = draw(ru, width, i);
        expectReadable(spec);
        expect(shape(spec)).toEqual(shape(draw(en, width, i)));
      }
    });
  });

  it('writes Russian words: a line without Cyrillic is a kept name or a field not yet translated', () => {
    for (const width of TEST_WIDTHS) {
      ruStates.forEach((_, i) => {
        for (const spec of [layout(ru, width, i), inlineLayout(ru, width, i)]) {
          expect(spec.title).toMatch(CYRILLIC);
          expect(spec.description).toMatch(CYRILLIC);
          for (const m of texts(spec)) {
            if (CYRILLIC.test(m.text)) continue;
            const allowed = PENDING.find(([prefix]) => m.key.startsWith(prefix))?.[1];
            expect(allowed, `${m.key} "${m.text}" is not Russian`).toBeDefined();
            expect(
              wordsOf(m.text).filter((w) => !allowed?.has(w)),
              `${m.key} "${m.text}"`,
            ).toEqual([]);
          }
          const rows = spec.marks.filter((m) => m.key.startsWith('claim-') && m.kind === 'rect');
          rows.forEach((m) => expect(m.kind === 'rect' && m.label).toMatch(/Кто сказал: .+ Статус: /));
        }
      });
      // The overview: no English word of the graphic's own; outside the evidence, every line is Russian.
      const overview = layout(ru, width, 0);
      for (const word of ['Evidence:', 'later assessments', ...Object.values(WORDS.en.statuses).map((s) => `${s}:`)])
        expect(visibleText(overview)).not.toContain(word);
      const counts = byKeyPrefix(overview, 'count-').map((m) => (m.kind === 'text' ? m.text : ''));
      expect(counts.filter((t) => !/^(\d+|Нет)$/.test(t))).toEqual([]);
      expect(texts(overview).filter((m) => !m.key.startsWith('by-') && !CYRILLIC.test(m.text))).toEqual([]);
    }
  });

  it('counts in Russian, with the statuses the chapter uses', () => {
    const n = ru.claims.length;
    const total = ru.claims.reduce((k, c) => k + c.assessments.length, 0);
    const denied = ru.claims.filter((c) => c.status === 'denied').length;
    for (const width of TEST_WIDTHS) {
      const text = visibleText(layout(ru, width, 0));
      expect(text).toContain(WORDS.ru.headline(n, total));
      expect(text).toContain(`Отрицается: ${denied}`);
    }
    expect(WORDS.ru.headline(1, 1)).toBe('1\u00a0утверждение, 1\u00a0более поздняя оценка');
    expect(WORDS.ru.headline(3, 22)).toBe('3\u00a0утверждения, 22\u00a0более поздние оценки');
    expect(WORDS.ru.headline(9, 14)).toBe('9\u00a0утверждений, 14\u00a0более поздних оценок');
    expect(Object.values(WORDS.ru.statuses)).toEqual([
      'Подтверждено',
      'Уверенность от низкой до умеренной',
      'Оспаривается',
      'Отрицается',
      'Заявлено',
      'Неизвестно',
    ]);
  });

  it('writes dates and names the Russian way', () => {
    expect(WORDS.ru.date('2020-06-30')).toBe('30\u00a0июня 2020');
    expect(WORDS.ru.date('2020-06')).toBe('июнь 2020');
    expect(WORDS.ru.date('2020')).toBe('2020');
    expect(WORDS.ru.who('The New York Times со ссылкой на неназванных чиновников, осведомлённых о деле')).toBe(
      'The New York Times',
    );
    expect(WORDS.ru.who('«Талибан» (представитель Забихулла Муджахид)')).toBe('«Талибан»');
    expect(WORDS.ru.who('МИД России; Замир Кабулов')).toBe('МИД России');
    const spec = layout(ru, 768, ruState('gru-offered-bounties-2020-06-30-2'));
    expect(visibleText(spec)).toMatch(/30\u00a0июня 2020 · The Wall Street Journal/);
    expect(byKeyPrefix(spec, 'note-leader')).toHaveLength(1);
    expect(visibleText(layout(ru, 320, ruState('president-was-briefed-2020-06')))).toMatch(/июнь 2020 · CNN/);
  });

  it('has the same table rows as the English, with a Russian caption, headers and words', () => {
    const [r] = tableRows(ru);
    const [e] = tableRows(en);
    expect(r?.rows).toHaveLength(e?.rows.length ?? -1);
    expect(r?.rowIds).toEqual(e?.rowIds);
    expect(r?.header).toHaveLength(e?.header.length ?? -1);
    expect(r?.caption).toBe(`Реестр утверждений (${ru.claims.length})`);
    r?.header.forEach((h) => expect(h).toMatch(CYRILLIC));
    expect(r?.rows.every((row) => row.every((cell) => cell.length > 0))).toBe(true);
    // Label, claim, date (every date has a month) and status are Russian, `by` is the claim's Russian one;
    // evidence and assessments wait for a translation.
    r?.rows.forEach((row) => [0, 1, 3, 6].forEach((i) => expect(row[i]).toMatch(CYRILLIC)));
    expect(r?.rows.map((row) => row[2])).toEqual(content.claims.map((c) => c.ru.by));
    expect(r?.rows.find((row) => row[5] === 'Нет')).toBeDefined();
    expect(sourceLine(ru)).toMatch(/^Источники: \d+\u00a0материал/);
    expect(descriptionFor(ru)).toMatch(/^Реестр утверждений: /);
    expect(descriptionFor(en)).toBe(description);
    expect(sourceLine(en)).toMatch(/^Sources: \d+ /);
  });
});

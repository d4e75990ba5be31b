import { describe, expect, it } from 'vitest';
import type { GraphicSpec } from '../spec.ts';
import { byClass, byKeyPrefix, expectReadable, TEST_WIDTHS, visibleText } from '../shared/test-helpers.ts';
import { getContent } from '~/lib/content/content.ts';
import { fixture } from './fixtures/data.ts';
import sanctionsPath from './index.ts';
import { inlineLayout, layout, states } from './layout.ts';
import { load } from './load.ts';
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

describe('sanctions-path, Russian edition (real content)', () => {
  const content = getContent();
  const en = load(content);
  const ru = load(content, 'ru');
  /** Proper names and terms deliberately kept in Latin script (none stands alone on a line today). */
  const LATIN_KEPT = ['SWIFT', 'SDN', 'DASKAA', 'RSC'];
  const hasLetters = (t: string) => /\p{L}/u.test(t);
  const latinOnlyAllowed = (t: string) =>
    t
      .split(/[^\p{L}]+/u)
      .filter(Boolean)
      .every((w) => LATIN_KEPT.includes(w));
  const textMarks = (spec: GraphicSpec) =>
    spec.marks.filter((m): m is Extract<typeof m, { kind: 'text' }> => m.kind === 'text');
  /** Text keys without their wrapped-line index: a Russian label may wrap to more lines than the English. */
  const stems = (spec: GraphicSpec) => [...new Set(textMarks(spec).map((m) => m.key.replace(/-\d+$/, '')))].sort();
  const shapes = (spec: GraphicSpec) =>
    spec.marks
      .filter((m) => m.kind !== 'text')
      .map((m) => m.key)
      .sort();

  it('is built for the Russian edition from the content’s Russian fields', () => {
    expect(ru.locale).toBe('ru');
    expect(en.locale).toBe('en');
    expect(ru.proposals.map((p) => p.id)).toEqual(en.proposals.map((p) => p.id));
    for (const p of content.proposals) {
      const q = ru.proposals.find((x) => x.id === p.id);
      expect(q?.label).toBe(p.ru.label);
      expect(q?.outcome.summary).toBe(p.ru.outcomeSummary);
      expect(q?.wording).toBe(p.wording); // a quotation: stays as published
    }
    expect(ru.reply.actor).toBe('Дмитрий Песков, пресс-секретарь Кремля');
  });

  it('has the same states (names) and, per state, the same marks as the English', () => {
    expect(sanctionsPath.statesFor(ru).map((s) => s.name)).toEqual(sanctionsPath.statesFor(en).map((s) => s.name));
    sanctionsPath.statesFor(ru).forEach((s, i) => {
      expect(s.description, s.name).toMatch(/[а-яё]/i);
      expect(s.description).not.toBe(sanctionsPath.statesFor(en)[i]?.description);
    });
    for (const width of TEST_WIDTHS)
      for (const lay of [layout, inlineLayout])
        states.forEach((_, i) => {
          const [a, b] = [lay(en, width, i), lay(ru, width, i)];
          expect(shapes(b), `${width} px, state ${i}`).toEqual(shapes(a));
          expect(stems(b), `${width} px, state ${i}`).toEqual(stems(a));
          expect(rows(b)).toHaveLength(rows(a).length);
        });
  });

  it.each(TEST_WIDTHS)('keeps every state readable at %i px: labels inside the drawing, none overlapping', (width) => {
    states.forEach((_, i) => {
      expectReadable(layout(ru, width, i));
      expectReadable(inlineLayout(ru, width, i));
    });
  });

  it('shows Russian words: every text mark with letters has Cyrillic, but for the Latin names kept', () => {
    for (const width of TEST_WIDTHS)
      states.forEach((_, i) => {
        const spec = layout(ru, width, i);
        const latin = textMarks(spec)
          .filter((m) => hasLetters(m.text) && !/[а-яё]/i.test(m.text) && !latinOnlyAllowed(m.text))
          .map((m) => `${m.key} "${m.text}"`);
        expect(latin, `${width} px, state ${i}`).toEqual([]);
        expect(spec.title).toMatch(/^Меры против России/);
        expect(spec.description).toMatch(/[а-яё]/i);
        for (const m of rows(spec)) expect(m.label ?? '').toMatch(/Предложена 10\u00a0июня 2020/);
      });
  });

  it('counts and dates in Russian, with the Russian original of the Kremlin’s reply', () => {
    let expected = 0;
    PROPOSAL_KINDS.forEach((kind, i) => {
      expected += ru.proposals.filter((p) => p.kind === kind).length;
      // The shared wrapText splits at any white space, no-break spaces too: the headline's may become plain.
      expect(visibleText(layout(ru, 320, i))).toMatch(new RegExp(`${expected} из ${ru.proposals.length}\\sмер`));
    });
    const reply = visibleText(layout(ru, 1280, REPLY));
    expect(reply).toMatch(/Дмитрий Песков, пресс-секретарь Кремля, 11\sиюня 2020: «И, конечно/);
    expect(layout(ru, 1280, REPLY).description).toMatch(/новыми и новыми импульсами/);
    const out = visibleText(layout(ru, 1280, OUTCOMES));
    expect(out).toMatch(/Принята: 22\u00a0февр\. 2022/);
    expect(out).toMatch(/Не принята на 7\u00a0мая 2026/);
    expect(out).toMatch(/Приняты частично: 3/);
    expect(out).toMatch(/Источник не найден: 4/);
    expect(out).toMatch(/На 26\u00a0нояб\. 2026/);
    expect(layout(ru, 768, OUTCOMES).description).toBe(
      'Что стало с 10\u00a0мерами, насколько можно судить по источникам, к 26\u00a0нояб. 2026: 1\u00a0мера принята; 3\u00a0меры приняты частично; 2\u00a0меры не приняты; по 4\u00a0мерам источники не найдены.',
    );
  });

  it('writes a month-only date in Russian', () => {
    const first = ru.proposals[0];
    if (!first) throw new Error('no proposals');
    const changed: SanctionsPathData = {
      ...ru,
      proposals: [{ ...first, outcome: { status: 'enacted', date: '2023-03', summary: 'x', sources: ['s'] } }],
    };
    expect(visibleText(layout(changed, 320, OUTCOMES))).toContain('Принята: март 2023');
    expect(tableRows(changed)[0]?.rows[0]?.[4]).toBe('март 2023');
  });

  it('tables: the same rows and row ids as the English, Russian caption, headers and words', () => {
    const [a] = tableRows(en);
    const [b] = tableRows(ru);
    expect(b?.rowIds).toEqual(a?.rowIds);
    expect(b?.rows).toHaveLength(a?.rows.length ?? -1);
    expect(b?.header).toHaveLength(a?.header.length ?? -1);
    expect(b?.caption).toMatch(/^Меры доклада против России \(10\): предложены 10 июня 2020 года/);
    for (const h of b?.header ?? []) expect(h).toMatch(/[а-яё]/i);
    for (const row of b?.rows ?? []) {
      for (const col of [0, 1, 3, 5]) expect(row[col]).toMatch(/[а-яё]/i); // measure, kind, status, what happened
      expect(row[2]).toMatch(/^[^а-яё]*$/i); // the report's wording, as quoted (English)
    }
    expect(sourceLine(ru)).toMatch(/^Источники: .*\d+\u00a0источник(а|ов)? о мерах.*Ни один источник не связывает/);
    expect(sanctionsPath.descriptionFor?.(ru)).toMatch(/^Каждая мера против России/);
    expect(sanctionsPath.descriptionFor?.(en)).toBe(sanctionsPath.description);
    expect(sanctionsPath.descriptionFor?.(fixture)).toBe(sanctionsPath.description);
  });
});

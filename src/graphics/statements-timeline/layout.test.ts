import { describe, expect, it } from 'vitest';
import { getContent, type Content } from '~/lib/content/content.ts';
import type { CircleMark, GraphicSpec, TextMark } from '../spec.ts';
import { byClass, byKeyPrefix, expectReadable, TEST_WIDTHS, visibleText } from '../shared/test-helpers.ts';
import { fixture } from './fixtures/data.ts';
import { filterStatements, layout, orderedStatements, statesFor } from './layout.ts';
import { load } from './load.ts';
import { locatorLayout } from './locator.ts';
import { description, descriptionFor, sourceLine, tableRows } from './table.ts';
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

describe('statements-timeline, Russian edition (real content)', () => {
  // Read lazily, inside the tests: content being edited elsewhere fails these tests, not the English ones above.
  let real: { content: Content; en: StatementsData; ru: StatementsData } | undefined;
  const data = () => {
    if (!real) {
      const content = getContent();
      real = { content, en: load(content), ru: load(content, 'ru') };
    }
    return real;
  };
  const filter = 'us-press russian-government';
  /** The full timeline (/ru/who-said-what/) and the threats chapter's filtered one. */
  const editions = ['full', 'filtered'] as const;
  const pair = (edition: (typeof editions)[number]): [StatementsData, StatementsData] => {
    const { en, ru } = data();
    return edition === 'full' ? [en, ru] : [filterStatements(en, filter), filterStatements(ru, filter)];
  };
  const draws = [
    ['live', layout],
    ['step figure', locatorLayout],
  ] as const;
  /** Names kept in Latin script, as the chapter writes them: the newspapers' and agencies' own names. */
  const LATIN = ['The New York Times', 'The Washington Post', 'The Wall Street Journal', 'Associated Press'];
  const cyrillic = /\p{Script=Cyrillic}/u;
  const letters = /\p{L}/u;
  const texts = (spec: GraphicSpec) =>
    spec.marks.filter((m): m is TextMark => m.kind === 'text' && m.opacity !== 0 && m.text.length > 0);
  /** The day labels: «27 июня» is longer than "27 Jun" and may be thinned to day numbers, with a month line. */
  const dayAxis = (key: string) => key.startsWith('day-') || key === 'axis-months';

  it('carries the Russian summary, actor and time note of every statement, and says it is Russian', () => {
    const { content, en, ru } = data();
    expect(ru.locale).toBe('ru');
    expect(en.locale).toBe('en');
    const source = new Map(content.statements.map((s) => [s.id, s]));
    for (const st of ru.statements) {
      const s = source.get(st.id)!;
      expect(st.summary).toBe(s.ru.summary);
      expect(st.actor).toBe(s.ru.actor);
      expect(st.timeNote).toBe(s.ru.timeNote);
      expect(st.quotes).toEqual(s.quotes);
    }
    expect(ru.statements.map((s) => s.id)).toEqual(en.statements.map((s) => s.id));
  });

  it.each(editions)('%s: has the same states as English and, per state, the same marks', (edition) => {
    const [e, r] = pair(edition);
    expect(statesFor(r).map((s) => s.name)).toEqual(statesFor(e).map((s) => s.name));
    for (const [, draw] of draws)
      for (const width of TEST_WIDTHS)
        statesFor(r).forEach((_, i) => {
          const [a, b] = [draw(e, width, i), draw(r, width, i)];
          const keys = (spec: GraphicSpec) =>
            spec.marks.map((m) => `${m.kind}:${m.key}`).filter((k) => !dayAxis(k.split(':')[1] ?? ''));
          expect(keys(b).sort(), `${width} px, state ${i}`).toEqual(keys(a).sort());
          const days = texts(b).filter((m) => m.key.startsWith('day-'));
          expect(days.length, 'a day axis').toBeGreaterThan(0);
          if (days.length < texts(a).filter((m) => m.key.startsWith('day-')).length)
            expect(texts(b).some((m) => m.key === 'axis-months')).toBe(true);
          expect(b.card?.key).toBe(a.card?.key);
        });
  });

  it.each(editions)('%s: every label lies inside the drawing and none overlaps another', (edition) => {
    const [, r] = pair(edition);
    for (const [, draw] of draws)
      for (const width of TEST_WIDTHS) statesFor(r).forEach((_, i) => expectReadable(draw(r, width, i)));
  });

  it.each(editions)('%s: the words on the chart are Russian, but for names kept in Latin script', (edition) => {
    const [, r] = pair(edition);
    for (const width of TEST_WIDTHS)
      statesFor(r).forEach((_, i) => {
        const spec = layout(r, width, i);
        for (const m of texts(spec))
          if (letters.test(m.text) && !cyrillic.test(m.text))
            expect(LATIN, `${width} px, state ${i}: ${m.key} "${m.text}"`).toContain(m.text);
        expect(spec.title).toBe('Кто что сказал и когда');
        expect(spec.description).toMatch(cyrillic);
        for (const n of nodes(spec)) expect(n.label).toMatch(cyrillic);
      });
    const spec = layout(r, 1280, 0);
    expect(visibleText(spec)).toMatch(/Пресса США/);
    expect(visibleText(spec)).toMatch(/Правительство России/);
    expect(visibleText(spec)).not.toMatch(/statements|quoted|Later|Jun|Jul|Apr/);
  });

  it('names the speaker and the day in Russian over the chart, shortening a long name with an ellipsis', () => {
    const { ru } = data();
    const ordered = orderedStatements(ru);
    for (const width of TEST_WIDTHS)
      ordered.forEach((st, i) => {
        const spec = layout(ru, width, i + 1);
        const name = texts(spec).find((m) => m.key === 'active-name')?.text ?? '';
        const date = texts(spec).find((m) => m.key === 'active-date')?.text ?? '';
        expect(st.actor.startsWith(name.replace(/…$/, '')), `${width} px: ${name}`).toBe(true);
        expect(date).toMatch(/\d{4}/);
        expect(date).not.toMatch(/[A-Za-z]/);
      });
    const nsc = ordered.findIndex((s) => s.id === '2020-06-28-national-security-council') + 1;
    expect(texts(layout(ru, 320, nsc)).find((m) => m.key === 'active-name')?.text).toBe(
      'Представитель Совета национальной…',
    );
    expect(texts(layout(ru, 1280, nsc)).find((m) => m.key === 'active-name')?.text).toBe(
      'Представитель Совета национальной безопасности',
    );
  });

  it('writes the state descriptions, the description and the source line in Russian', () => {
    const { en, ru } = data();
    const states = statesFor(ru);
    for (const s of states) expect(s.description).toMatch(cyrillic);
    expect(states.find((s) => s.name === '2020-06-russian-ambassador-antonov')?.description).toMatch(
      /^Анатолий Антонов, посол России в США, июнь 2020: /,
    );
    expect(descriptionFor(ru)).toMatch(/^Публичные заявления .*«Талибан» и Великобритания/);
    expect(descriptionFor(en)).toBe(description);
    expect(sourceLine(ru)).toMatch(/^Источники: по каждому заявлению — в таблице; всего \d+\u00a0опубликованн/);
  });

  it('shows the Russian wording of a quote where one exists, the English one otherwise', () => {
    const { ru } = data();
    const ordered = orderedStatements(ru);
    const cardOf = (id: string) => layout(ru, 768, ordered.findIndex((s) => s.id === id) + 1).card;
    const mfa = cardOf('2020-06-27-russian-foreign-ministry');
    expect(mfa?.quote).toMatch(/^Этот незатейливый вброс/);
    expect(mfa?.originals).toEqual([expect.objectContaining({ lang: 'en' })]);
    expect(mfa).toMatchObject({ speaker: 'МИД России (комментарий без подписи)', channel: 'информагентство' });
    // The publisher in its Russian name (ru.publisher), our description in Russian.
    expect(mfa?.source).toMatch(/^ТАСС, комментарий МИД России к публикации NYT/);
    const briefing = cardOf('2020-06-29-white-house-briefing');
    expect(briefing?.date).toMatch(/^29\u00a0июня 2020, \d\d:\d\d по восточному времени США$/);
    expect(briefing?.quote).toBe(
      ordered
        .find((s) => s.id === '2020-06-29-white-house-briefing')
        ?.quotes.map((q) => q.text)
        .join(' … '),
    );
    expect(cardOf('2020-06-26-new-york-times')?.source).toMatch(/«Russia Secretly Offered Afghan Militants/);
  });

  it('has the same table rows and row ids as English, with a Russian caption, headers and word cells', () => {
    const { en, ru } = data();
    const [a] = tableRows(en);
    const [b] = tableRows(ru);
    expect(b?.rowIds).toEqual(a?.rowIds);
    expect(b?.rows.map((r) => r[0])).toEqual(a?.rows.map((r) => r[0]));
    expect(b?.rows.map((r) => r[1])).toEqual(a?.rows.map((r) => r[1]));
    expect(b?.caption).toBe(`Заявления по датам (${a?.rows.length})`);
    expect(b?.header).toHaveLength(a?.header.length ?? 0);
    for (const h of b?.header ?? []) expect(h).toMatch(cyrillic);
    for (const row of b?.rows ?? []) {
      expect(row[4]).toMatch(cyrillic);
      expect(['Twitter', 'Facebook'].includes(row[5] ?? '') || cyrillic.test(row[5] ?? ''), row[5]).toBe(true);
      expect(row[7]).toMatch(cyrillic);
      if (row[2]) expect(row[2]).toMatch(/^\d\d:\d\d по /);
    }
  });
});

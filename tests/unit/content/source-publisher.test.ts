import { describe, expect, it } from 'vitest';
import { checkSourcePublishers } from '~/lib/content/check-translation.ts';
import { citationParts, publisherIn } from '~/lib/content/cite.ts';
import { buildDatasets } from '~/lib/content/datasets.ts';
import { formatProblem, type Problem } from '~/lib/content/problems.ts';
import { needsRussianPublisher, sourceSchema, type Source } from '~/lib/content/schemas.ts';

const FILE = 'content/data/sources.yaml';
const source = (over: Partial<Source> = {}): Source => ({
  id: 'zakon-kz-2020-07-zakharova-arms',
  publisher: 'Zakon.kz (citing Izvestia)',
  title: 'A published title',
  date: '2020-07',
  kind: 'news-report',
  language: 'ru',
  research: ['S01'],
  ...over,
});
const check = (s: Source): Problem[] => {
  const out: Problem[] = [];
  checkSourcePublishers([{ file: FILE, entry: s.id, value: s }], out);
  return out;
};

describe('which publishers need a Russian name', () => {
  it.each([
    'Zakon.kz (citing Izvestia)',
    'ktelegram.com (translation of a Russian report)',
    'fact-index.com (Wikipedia-derived)',
    'Russian news agency (not named in the copy)',
    'The Wall Street Journal (SIGAR figures)',
    'U.S. Congress',
    'The White House',
    'United Nations',
    'Embassy of Russia in the USA (@RusEmbUSA)',
    'Anatoly Antonov, Russian Ambassador to the US (Facebook)',
    'U.S. Department of the Treasury, OFAC',
    'Republican Study Committee',
  ])('%s does', (publisher) => {
    expect(needsRussianPublisher(publisher)).toBe(true);
  });
  it.each([
    'The New York Times',
    'Reuters',
    'The Washington Post (AP)',
    'Dawn (Reuters/AFP)',
    'The Observer (The Guardian)',
    'Donald J. Trump (@realDonaldTrump)',
    'Anatoly Antonov (Facebook)',
    'TASS',
  ])('%s does not (a Latin outlet name, a capitalised name or a handle in brackets)', (publisher) => {
    expect(needsRussianPublisher(publisher)).toBe(false);
  });
});

describe('ru.publisher in the schema and the check', () => {
  it('accepts a ru block with only a publisher, and refuses an empty one', () => {
    expect(sourceSchema.safeParse(source({ ru: { publisher: 'Zakon.kz (со ссылкой на «Известия»)' } })).success).toBe(
      true,
    );
    expect(sourceSchema.safeParse(source({ ru: {} })).success).toBe(false);
  });
  it('still asks a described source for its Russian description', () => {
    const described = { ...source({ ru: { publisher: 'Zakon.kz' } }), title: undefined, description: 'Ours' };
    const r = sourceSchema.safeParse(described);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['ru', 'description']);
  });
  it('fails a "(citing X)" publisher without ru.publisher, naming file, entry and field, with a fix', () => {
    const problems = check(source());
    expect(problems).toHaveLength(1);
    const [line] = problems.map(formatProblem);
    expect(line).toContain(`${FILE} › zakon-kz-2020-07-zakharova-arms › ru.publisher: is missing`);
    expect(line).toContain('"Zakon.kz (citing Izvestia)"');
    expect(line).toMatch(/\(fix: add ru: publisher: .+\)$/);
  });
  it('passes once ru.publisher is there, and never asks it of a Latin outlet name', () => {
    expect(check(source({ ru: { publisher: 'Zakon.kz (со ссылкой на «Известия»)' } }))).toEqual([]);
    expect(check(source({ publisher: 'The Washington Post (AP)' }))).toEqual([]);
  });
});

describe('the publisher as each edition prints it', () => {
  it('is ru.publisher in Russian, the English name in English', () => {
    const s = source({ publisher: 'TASS', ru: { publisher: 'ТАСС' } });
    expect(citationParts(s, 'ru').publisher).toBe('ТАСС');
    expect(citationParts(s, 'en').publisher).toBe('TASS');
    expect(citationParts(s).publisher).toBe('TASS');
  });
  it('falls back to the publisher as published where there is no ru.publisher', () => {
    expect(citationParts(source({ publisher: 'The New York Times' }), 'ru').publisher).toBe('The New York Times');
    const described = source({
      publisher: 'Reuters',
      title: undefined,
      description: 'Ours',
      ru: { description: 'Наше' },
    });
    expect(citationParts(described, 'ru')).toMatchObject({ publisher: 'Reuters', description: 'Наше' });
    expect(publisherIn(described, 'ru')).toBe('Reuters');
  });
  it('goes into the sources download as publisher_ru', () => {
    const [d] = buildDatasets({
      sources: [source({ publisher: 'TASS', ru: { publisher: 'ТАСС' } }), source({ id: 'nyt', publisher: 'NYT' })],
      statements: [],
      'deaths-2019': [],
      'deaths-annual': [],
      proposals: [],
      claims: [],
      reports: [],
    }).filter((x) => x.name === 'sources');
    const col = d!.columns.indexOf('publisher_ru');
    expect(col).toBeGreaterThan(-1);
    expect(d!.rows.map((r) => r[col])).toEqual(['ТАСС', '']);
  });
});

import { describe, expect, it } from 'vitest';
import { citationParts, formatRussianSourceDate } from '../content/cite.ts';
import { longDate } from './dates.ts';
import { localeOfPath, localizedPath, sitePath, unlocalizedPath } from './locales.ts';
import { countWithNoun, parseForms, pluralForm } from './plural.ts';
import { russianTypography } from './typography.ts';

const DEAD = parseForms('погибший|погибших|погибших')!;

describe('Russian plural forms', () => {
  it.each([
    [1, '1\u00a0погибший'],
    [2, '2\u00a0погибших'],
    [5, '5\u00a0погибших'],
    [11, '11\u00a0погибших'],
    [21, '21\u00a0погибший'],
    [22, '22\u00a0погибших'],
    [111, '111\u00a0погибших'],
  ])('%i → %s', (n, text) => expect(countWithNoun('ru', n, DEAD)).toBe(text));

  it('picks few and many apart where the forms differ', () => {
    const marines = parseForms('морпех|морпеха|морпехов')!;
    expect([1, 3, 4, 5, 12, 23].map((n) => pluralForm('ru', n, marines))).toEqual([
      'морпех',
      'морпеха',
      'морпеха',
      'морпехов',
      'морпехов',
      'морпеха',
    ]);
  });

  it('refuses forms that are not exactly three', () => {
    expect(parseForms('погибший|погибших')).toBeUndefined();
    expect(parseForms('a||c')).toBeUndefined();
  });
});

describe('editions and paths', () => {
  it('maps a page to its twin and back', () => {
    expect(localizedPath('/the-report/', 'ru')).toBe('/ru/the-report/');
    expect(localizedPath('/ru/the-report/', 'en')).toBe('/the-report/');
    expect(localizedPath('/', 'ru')).toBe('/ru/');
    expect(localizedPath('/ru/', 'en')).toBe('/');
    expect(unlocalizedPath('/ru')).toBe('/');
  });
  it('tells the edition from the path, not from a word that starts with ru', () => {
    expect(localeOfPath('/ru/about/')).toBe('ru');
    expect(localeOfPath('/russia/')).toBe('en');
    expect(sitePath('/sub/ru/x/', '/sub/')).toBe('/ru/x/');
  });
});

describe('dates and typography', () => {
  it('writes dates as each edition does', () => {
    expect(longDate('en', '2020-06-26')).toBe('26 June 2020');
    expect(longDate('ru', '2020-06-26')).toBe('26\u00a0июня 2020\u00a0года');
  });
  it('keeps dashes and short prepositions off line ends', () => {
    expect(russianTypography('Песков — пресс-секретарь и в Кремле')).toBe(
      'Песков\u00a0— пресс-секретарь и\u00a0в\u00a0Кремле',
    );
  });
});

describe('a source cited in the Russian edition', () => {
  const source = {
    id: 'x',
    publisher: 'Reuters',
    description: 'Our English description',
    date: '2020-06',
    kind: 'news-report' as const,
    language: 'en',
    research: [],
    ru: { description: 'Наше описание' },
  };
  it('takes our Russian description and a Russian date; the English edition is unchanged', () => {
    expect(citationParts(source, 'ru')).toMatchObject({ description: 'Наше описание', date: 'июнь 2020\u00a0года' });
    expect(citationParts(source)).toMatchObject({ description: 'Our English description', date: 'June 2020' });
    expect(formatRussianSourceDate('2020-06-26')).toBe('26\u00a0июня 2020\u00a0года');
    expect(formatRussianSourceDate('2021')).toBe('2021\u00a0год');
  });
});

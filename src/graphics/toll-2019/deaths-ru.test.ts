import { describe, expect, it } from 'vitest';
import type { Deaths2019Ru } from '~/lib/content/schemas.ts';
import { russianDeath } from './deaths-ru.ts';
import { loadTollFixture } from './fixtures/load.ts';
import type { Death2019 } from './types.ts';

const deaths = loadTollFixture().deaths;
const byId = (id: string): Death2019 => {
  const d = deaths.find((x) => x.id === id);
  if (!d) throw new Error(`no fixture row ${id}`);
  return d;
};
const EMPTY: Deaths2019Ru = { rank: {}, branch: {}, unit: {}, place: {}, province: {}, cause: {}, names: {} };

describe('russianDeath: a row in the words of the Russian glossary (content.ru.deaths2019)', () => {
  const hines = byId('2019-04-08-benjamin-s-hines');
  const glossary: Deaths2019Ru = {
    rank: { [hines.rank]: 'сержант' },
    branch: { [hines.branch]: 'резерв Корпуса морской пехоты' },
    unit: { [hines.unit]: 'полк' },
    place: { [hines.place]: 'у авиабазы Баграм' },
    province: { [hines.province]: 'Парван' },
    cause: { [hines.cause]: 'причина' },
    names: {
      [hines.id]: 'Бенджамин Хайнс',
      '2019-07-13-james-g-ryan-sartor': { ru: 'Джеймс «Райан» Сартор', latin: 'James G. Sartor' },
    },
  };

  it('takes every shown word from the glossary, the name followed by the row’s spelling', () => {
    expect(russianDeath(hines, glossary)).toEqual({
      ...hines,
      name: 'Бенджамин Хайнс (Benjamin S. Hines)',
      rank: 'сержант',
      branch: 'резерв Корпуса морской пехоты',
      unit: 'полк',
      place: 'у авиабазы Баграм',
      province: 'Парван',
      cause: 'причина',
    });
  });

  it('follows the name with the Pentagon’s spelling where the glossary gives it', () => {
    expect(russianDeath(byId('2019-07-13-james-g-ryan-sartor'), glossary).name).toBe(
      'Джеймс «Райан» Сартор (James G. Sartor)',
    );
  });

  it('never names an unidentified death, and keeps what the graphic reasons on', () => {
    const unidentified = deaths.find((d) => d.id.startsWith('unidentified'));
    expect(unidentified).toBeDefined();
    if (!unidentified) return;
    const ru = russianDeath(unidentified, { ...glossary, names: { [unidentified.id]: 'Неизвестный' } });
    expect(ru.name).toBe(unidentified.name);
    expect([ru.id, ru.date, ru.hostile, ru.notes, ru.source_title]).toEqual([
      unidentified.id,
      unidentified.date,
      unidentified.hostile,
      unidentified.notes,
      unidentified.source_title,
    ]);
  });

  it('leaves a word the glossary lacks in English (the content check refuses such a row before a build)', () => {
    expect(russianDeath(hines, EMPTY)).toEqual(hines);
  });
});

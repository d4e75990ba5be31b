/**
 * The Russian edition of the research's 2019 rows (content/data/deaths-2019.csv), as far as the chart
 * and its table show them: rank, service, unit, place, province and cause, and each named person's name
 * as the Russian chapter writes it (Cyrillic, then the name as the Pentagon published it). The words are
 * content (content/data/deaths-2019-ru.yaml, checked by src/lib/content/check-deaths-ru.ts: the build
 * fails on a row without its Russian); this module only applies them.
 */
import type { Deaths2019Ru, RussianName } from '../../lib/content/schemas.ts';
import { isNamed } from './parse.ts';
import type { Death2019 } from './types.ts';

const ru = (terms: Readonly<Record<string, string>>, value: string): string =>
  Object.hasOwn(terms, value) ? (terms[value] ?? value) : value;

/** "Кэмерон Меддок (Cameron A. Meddock)": the Cyrillic, then the Pentagon's spelling (the row's name unless given). */
function russianName(d: Death2019, names: Readonly<Record<string, RussianName>>): string {
  const known = Object.hasOwn(names, d.id) ? names[d.id] : undefined;
  if (known === undefined) return d.name;
  return typeof known === 'string' ? `${known} (${d.name})` : `${known.ru} (${known.latin})`;
}

/**
 * A death with its shown words in Russian, from the edition's glossary (content.ru.deaths2019). Everything
 * the graphic reasons on stays as the research has it: id, date, the yes/no columns, notes (the hostile
 * flags), source title (titles stay as published); the placeholder name of an unidentified death too,
 * which is never shown.
 */
export function russianDeath(d: Death2019, glossary: Deaths2019Ru): Death2019 {
  return {
    ...d,
    name: isNamed(d) ? russianName(d, glossary.names) : d.name,
    rank: ru(glossary.rank, d.rank),
    branch: ru(glossary.branch, d.branch),
    unit: ru(glossary.unit, d.unit),
    place: ru(glossary.place, d.place),
    province: ru(glossary.province, d.province),
    cause: ru(glossary.cause, d.cause),
  };
}

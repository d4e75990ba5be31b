/**
 * The Russian edition shows the rows of deaths-2019.csv in Russian, with the words of
 * content/data/deaths-2019-ru.yaml: every value a row uses in a translated column has its Russian
 * term there, and every named person a Russian name, or the build fails (a new row never draws half
 * in English). A term or name no row uses is only a warning, as a source cited nowhere is.
 */
import { FILES, isNamed, shown, type LoadedContent } from './load.ts';
import type { Problem } from './problems.ts';
import { DEATH_TERM_FIELDS } from './schemas.ts';

const GLOSSARY = shown(FILES.deaths2019Ru);
const DEATHS = shown(FILES.deaths2019);
const TERMS_FROM = 'content/chapters/ru/the-2019-toll.mdx';

/** A cell as a message quotes it: causes and places run to 200 characters. */
const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 60)}…` : s);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A row's value in a translated column without its Russian term, a named person without a Russian name. */
export function checkDeathsRussian(c: LoadedContent, out: Problem[]) {
  const ru = c.deaths2019Ru?.value;
  if (!ru) return; // the file's own problem is already reported: one slip, one message
  const rows = c.deaths2019.map((r) => r.value);
  for (const field of DEATH_TERM_FIELDS) {
    const reported = new Set<string>();
    for (const { file, entry, value: d } of c.deaths2019) {
      const term = d[field];
      if (term === '' || Object.hasOwn(ru[field], term) || reported.has(term)) continue;
      // One message per missing term, at the first row that uses it: one fix in the glossary clears them all.
      reported.add(term);
      const others = rows.filter((r) => r[field] === term).length - 1;
      out.push({
        file,
        entry,
        field,
        message: `"${clip(term)}" has no Russian term in ${GLOSSARY}${others ? ` (${plural(others, 'more row uses', 'more rows use')} it)` : ''}`,
        fix: `under ${field}: in ${GLOSSARY}, add the English exactly as the row has it and its Russian (terms as in ${TERMS_FROM})`,
      });
    }
  }
  for (const { file, entry, value: d } of c.deaths2019)
    if (isNamed(d) && !Object.hasOwn(ru.names, d.id))
      out.push({
        file,
        entry,
        field: 'name',
        message: `"${d.name}" has no Russian name in ${GLOSSARY}`,
        fix: `add "${d.id}: <the name in Cyrillic, as ${TERMS_FROM} writes it>" under names: in ${GLOSSARY}`,
      });
}

/** Terms and names of deaths-2019-ru.yaml that no row of deaths-2019.csv uses: a warning, not an error. */
export function unusedDeathTerms(c: LoadedContent): Problem[] {
  const glossary = c.deaths2019Ru;
  if (!glossary) return [];
  const { file, value: ru } = glossary;
  const out: Problem[] = [];
  for (const field of DEATH_TERM_FIELDS) {
    const used = new Set(c.deaths2019.map((r) => r.value[field]));
    for (const term of Object.keys(ru[field]))
      if (!used.has(term))
        out.push({
          file,
          entry: field,
          field: clip(term),
          message: `is used by no row of ${DEATHS}`,
          fix: `remove it, or correct it to the row's ${field} exactly as ${DEATHS} has it`,
        });
  }
  const named = new Set(c.deaths2019.filter((r) => isNamed(r.value)).map((r) => r.value.id));
  for (const id of Object.keys(ru.names))
    if (!named.has(id))
      out.push({
        file,
        entry: 'names',
        field: id,
        message: `is the id of no named row of ${DEATHS}`,
        fix: 'remove it, or correct it to the row id: the date and the name as in 2019-04-08-benjamin-s-hines',
      });
  return out;
}

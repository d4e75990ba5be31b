import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateForBuild } from '~/integrations/validate.ts';
import { getContent } from '~/lib/content/content.ts';
import { formatProblem, unusedDeathTerms } from '~/lib/content/crossref.ts';
import { loadContent } from '~/lib/content/load.ts';
import { DEATH_TERM_FIELDS, deaths2019RuSchema } from '~/lib/content/schemas.ts';
import { GOOD } from './fixtures.ts';

const GLOSSARY = 'data/deaths-2019-ru.yaml';
const DEATHS = 'data/deaths-2019.csv';

/** A copy of the good base with its Russian glossary (and optionally its deaths CSV) edited. */
function edited(glossary: (text: string) => string, deaths: (text: string) => string = (t) => t): string {
  const root = join(mkdtempSync(join(tmpdir(), 'deaths-ru-')), 'content');
  cpSync(GOOD, root, { recursive: true });
  for (const [rel, edit] of [
    [GLOSSARY, glossary],
    [DEATHS, deaths],
  ] as const)
    writeFileSync(join(root, rel), edit(readFileSync(join(root, rel), 'utf8')));
  return root;
}
const errors = (root: string) => validateForBuild(root).problems.map(formatProblem);
const warnings = (root: string) => unusedDeathTerms(loadContent(root).content).map(formatProblem);
/** Drops the glossary line that starts with `start` (two-space indented entry). */
const without = (start: string) => (text: string) => {
  const line = text.split('\n').find((l) => l.startsWith(`  ${start}`));
  if (!line) throw new Error(`no glossary line starts with ${start}`);
  return text.replace(`${line}\n`, '');
};

describe('the Russian words of the 2019 deaths (content/data/deaths-2019-ru.yaml)', () => {
  it('are on the Content value, as the file has them', () => {
    const content = getContent(edited((t) => t));
    expect(content.ru.deaths2019.rank['Spc.']).toBe('специалист');
    expect(content.ru.deaths2019.names['2019-04-08-benjamin-s-hines']).toBe('Бенджамин Хайнс');
    expect(Object.keys(content.ru.deaths2019).sort()).toEqual([...DEATH_TERM_FIELDS, 'names'].sort());
  });

  it('cover every row of the project content: a term per translated cell, a name per named person', () => {
    const { ru, deaths2019 } = getContent();
    for (const d of deaths2019) {
      for (const field of DEATH_TERM_FIELDS)
        if (d[field] !== '') expect(ru.deaths2019[field], d.id).toHaveProperty([d[field]]);
      if (!d.id.startsWith('unidentified')) expect(ru.deaths2019.names, d.id).toHaveProperty([d.id]);
    }
  });

  it('accept a name with the Pentagon’s spelling beside it, and refuse an empty term or a name that is no row id', () => {
    const glossary = {
      ...Object.fromEntries(DEATH_TERM_FIELDS.map((f) => [f, {}])),
      names: { '2019-07-13-james-g-ryan-sartor': { ru: 'Джеймс «Райан» Сартор', latin: 'James G. Sartor' } },
    };
    expect(deaths2019RuSchema.safeParse(glossary).success).toBe(true);
    expect(deaths2019RuSchema.safeParse({ ...glossary, rank: { 'Sgt.': ' ' } }).success).toBe(false);
    expect(deaths2019RuSchema.safeParse({ ...glossary, names: { 'James Sartor': 'Джеймс Сартор' } }).success).toBe(
      false,
    );
    expect(deaths2019RuSchema.safeParse({ ...glossary, hometown: {} }).success).toBe(false);
  });

  it('name the file, the section and the key when the file breaks its schema, and nothing else', () => {
    expect(errors(edited((t) => t.replace('Sgt.: сержант', "Sgt.: ''")))).toEqual([
      'content/data/deaths-2019-ru.yaml › rank › Sgt.: must not be empty (fix: change "Sgt.": it must not be empty)',
    ]);
    const [badId, ...rest] = errors(edited((t) => t.replace('2019-05-06-miguel-l-holmes:', 'Miguel Holmes:')));
    expect(badId).toMatch(/^content\/data\/deaths-2019-ru\.yaml › names › Miguel Holmes: is not a row id/);
    expect(rest).toEqual([]);
    expect(errors(edited(() => '- a list\n'))).toEqual([
      expect.stringMatching(/^content\/data\/deaths-2019-ru\.yaml › \(file\) › \(file\): must be a YAML mapping/),
    ]);
    expect(errors(edited((t) => `${t}hometown:\n  York: Йорк\n`))).toEqual([
      'content/data/deaths-2019-ru.yaml › (file) › hometown: is not a known field (fix: remove or rename hometown)',
    ]);
  });

  it('fail the build on a row whose term has no Russian, naming the CSV, the row and the field', () => {
    expect(errors(edited(without('Non-combat (details unknown):')))).toEqual([
      'content/data/deaths-2019.csv › unidentified-1 › cause: "Non-combat (details unknown)" has no Russian term in ' +
        'content/data/deaths-2019-ru.yaml (fix: under cause: in content/data/deaths-2019-ru.yaml, add the English ' +
        'exactly as the row has it and its Russian (terms as in content/chapters/ru/the-2019-toll.mdx))',
    ]);
  });

  it('report a missing term once, at the first row that uses it', () => {
    // Holmes's rank made the same as Hines's: both rows use "Sgt.".
    const root = edited(without('Sgt.:'), (csv) => csv.replace('Miguel L. Holmes,Spc.,', 'Miguel L. Holmes,Sgt.,'));
    const found = errors(root);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^content\/data\/deaths-2019\.csv › 2019-04-08-benjamin-s-hines › rank: "Sgt\." .*\(1 more row uses it\)/,
    );
  });

  it('fail the build on a named person without a Russian name; the unidentified rows need none', () => {
    const found = errors(edited(without('2019-05-06-miguel-l-holmes:')));
    expect(found).toEqual([
      expect.stringMatching(
        /^content\/data\/deaths-2019\.csv › 2019-05-06-miguel-l-holmes › name: "Miguel L\. Holmes" has no Russian name in content\/data\/deaths-2019-ru\.yaml \(fix: add "2019-05-06-miguel-l-holmes: /,
      ),
    ]);
  });

  it('warn, without failing, about a term or a name no row uses', () => {
    const root = edited((t) =>
      t
        .replace('  Sgt.: сержант\n', '  Sgt.: сержант\n  Sgt. Maj.: сержант-майор\n')
        .concat('  2019-01-01-nobody: Никто\n'),
    );
    expect(errors(root)).toEqual([]);
    expect(warnings(root)).toEqual([
      'content/data/deaths-2019-ru.yaml › rank › Sgt. Maj.: is used by no row of content/data/deaths-2019.csv ' +
        "(fix: remove it, or correct it to the row's rank exactly as content/data/deaths-2019.csv has it)",
      expect.stringMatching(
        /^content\/data\/deaths-2019-ru\.yaml › names › 2019-01-01-nobody: is the id of no named row of content\/data\/deaths-2019\.csv/,
      ),
    ]);
    expect(warnings(GOOD)).toEqual([]);
  });
});

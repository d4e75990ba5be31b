import type { LoadedContent } from './load.ts';
import { walk } from './mdast.ts';
import type { Problem } from './problems.ts';

/** Sources cited nowhere: not an error (a source may be listed for the About page), but worth a look. */
export function orphanSources(c: LoadedContent): Problem[] {
  const cited = new Set<string>();
  const cite = (ids: readonly string[]) => ids.forEach((id) => cited.add(id));
  for (const { value: s } of c.statements) cite(s.sources);
  for (const { value: d } of [...c.deaths2019, ...c.deathsAnnual]) cite(d.sources);
  for (const { value: p } of c.proposals) cite([...p.sources, ...p.outcome.sources]);
  for (const { value: cl } of c.claims) cite([...cl.sources, ...cl.assessments.flatMap((a) => a.sources)]);
  for (const doc of [...c.chapters, ...c.pages])
    walk(doc.tree, (n) => {
      const id = n.name === 'Src' ? n.attributes?.find((a) => a.name === 'id')?.value : undefined;
      if (typeof id === 'string') cited.add(id);
    });
  return c.sources
    .filter((s) => !cited.has(s.value.id))
    .map((s) => ({
      file: s.file,
      entry: s.value.id,
      field: 'id',
      message: 'is cited nowhere (no statement, row, ledger entry or <Src> names it)',
      fix: 'cite it where it backs a sentence, or remove it',
    }));
}

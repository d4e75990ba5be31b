import { checkNotOnlyQuoteOnly, checkResearch, checkSourceIds, uniqueIds, type Refs } from './check-refs.ts';
import type { LoadedContent } from './load.ts';
import type { Problem } from './problems.ts';

/** The claims ledger: sanctions proposals and their outcomes, then the claims and their assessments. */
export function checkLedger(c: LoadedContent, refs: Refs, out: Problem[]) {
  uniqueIds(c.proposals, 'proposal', out);
  for (const { file, value: p } of c.proposals) {
    const at = { file, entry: p.id };
    checkSourceIds(p.sources, { ...at, field: 'sources' }, refs, out);
    checkResearch(p.research, { ...at, field: 'research' }, refs, out);
    checkSourceIds(p.outcome.sources, { ...at, field: 'outcome.sources' }, refs, out);
    checkNotOnlyQuoteOnly(p.outcome.sources, { ...at, field: 'outcome.sources' }, refs, out);
    // An outcome nobody could source is exactly what "no-source-found" says; anything stronger needs verified research.
    checkResearch(
      p.outcome.research ?? [],
      { ...at, field: 'outcome.research' },
      refs,
      out,
      p.outcome.status === 'no-source-found',
    );
  }
  uniqueIds(c.claims, 'claim', out);
  for (const { file, value: cl } of c.claims) {
    const at = { file, entry: cl.id };
    checkSourceIds(cl.sources, { ...at, field: 'sources' }, refs, out);
    checkNotOnlyQuoteOnly(cl.sources, { ...at, field: 'sources' }, refs, out);
    checkResearch(cl.research, { ...at, field: 'research' }, refs, out);
    if (cl.status === 'corroborated')
      cl.research.forEach((id, i) => {
        const r = refs.research.get(id);
        if (r && r.status === 'partly-verified')
          out.push({
            ...at,
            field: `research.${i}`,
            message: `marks the claim corroborated on ${id}, which is only partly verified`,
            fix: 'use a weaker status or cite fully verified research',
          });
      });
    cl.assessments.forEach((a, i) => {
      checkSourceIds(a.sources, { ...at, field: `assessments.${i}.sources` }, refs, out);
      checkResearch(a.research, { ...at, field: `assessments.${i}.research` }, refs, out);
    });
  }
}

import { checkNotOnlyQuoteOnly, checkResearch, checkSourceIds, uniqueIds, type Refs } from './check-refs.ts';
import { shown, FILES, type LoadedContent } from './load.ts';
import type { Problem } from './problems.ts';

/** Every cell of the reports table cites a known source and verified research; a linked statement exists. */
export function checkReports(c: LoadedContent, refs: Refs, out: Problem[]) {
  uniqueIds(c.reports, 'report', out);
  const statements = new Set(c.statements.map((s) => s.value.id));
  for (const { file, value: r } of c.reports) {
    const at = { file, entry: r.id };
    r.elements.forEach((e, i) => {
      checkSourceIds(e.sources, { ...at, field: `elements.${i}.sources` }, refs, out);
      checkNotOnlyQuoteOnly(e.sources, { ...at, field: `elements.${i}.sources` }, refs, out);
      checkResearch(e.research, { ...at, field: `elements.${i}.research` }, refs, out);
    });
    checkSourceIds(r.officials.sources, { ...at, field: 'officials.sources' }, refs, out);
    if (r.statement !== undefined && !statements.has(r.statement))
      out.push({
        ...at,
        field: 'statement',
        message: `names unknown statement "${r.statement}"`,
        fix: `use an id from ${shown(FILES.statements)} or remove the field`,
      });
  }
}

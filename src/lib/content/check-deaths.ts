import { uniqueIds } from './check-refs.ts';
import { shown, FILES, type LoadedContent } from './load.ts';
import type { Problem } from './problems.ts';

export function checkDeaths(c: LoadedContent, out: Problem[]) {
  uniqueIds(c.deaths2019, 'death row', out);
  for (const { file, value: d } of [...c.deaths2019, ...c.deathsAnnual]) {
    if (d.sources.length === 0 && !c.rejected.has(d.source_url.replace(/^http:/, 'https:')))
      out.push({
        file,
        entry: d.id,
        field: 'source_url',
        message: `matches no source in ${shown(FILES.sources)}`,
        fix: 'add a source whose url is exactly this source_url',
      });
  }
  for (const { file, value: d } of c.deaths2019) {
    if (d.verified === 'yes') continue;
    const at = { file, entry: d.id };
    if (d.counted_in_nyt_ap_20_combat === 'yes')
      out.push({
        ...at,
        field: 'counted_in_nyt_ap_20_combat',
        message: 'counts an unverified row (verified=no) among the verified combat deaths',
        fix: 'set it to no, or verify the row and set verified=yes with its source',
      });
    if (!/^unidentified/i.test(d.name))
      out.push({
        ...at,
        field: 'name',
        message: 'names a person on a row marked verified=no',
        fix: 'verify the row (verified=yes) or keep it as an UNIDENTIFIED placeholder',
      });
  }
}

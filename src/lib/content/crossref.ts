/**
 * The cross-reference check. Runs in every build (src/integrations/content-check.ts) and in unit
 * tests: it refuses content that would let a wrong, unsourced or unverified entry reach a reader.
 */
import { checkDeaths } from './check-deaths.ts';
import { checkChapters } from './check-chapters.ts';
import { checkLedger } from './check-ledger.ts';
import { checkResearch, uniqueIds, type Refs } from './check-refs.ts';
import { checkReports } from './check-reports.ts';
import { checkStatements } from './check-statements.ts';
import type { CountData } from './counts.ts';
import { contentRoot, loadContent, type LoadedContent } from './load.ts';
import { ContentError, formatProblem, type Problem } from './problems.ts';

export { formatProblem, ContentError, type Problem };
export { orphanSources } from './orphan-sources.ts';
export { unusedDeathTerms } from './check-deaths-ru.ts';

export function countData(c: LoadedContent): CountData {
  return {
    'deaths-2019': c.deaths2019.map((d) => d.value),
    'deaths-annual': c.deathsAnnual.map((d) => d.value),
    statements: c.statements.map((s) => s.value),
    proposals: c.proposals.map((p) => p.value),
    claims: c.claims.map((cl) => cl.value),
    reports: c.reports.map((r) => r.value),
    sources: c.sources.map((s) => s.value),
  };
}

/** What the caller knows beyond content/: the graphics and their states (lib/ cannot import graphics/). */
export interface CheckOptions {
  graphicStates?: ReadonlyMap<string, readonly string[] | undefined>;
}

/** Every cross-reference problem in already-parsed content. */
export function checkContent(c: LoadedContent, options: CheckOptions = {}): Problem[] {
  const out: Problem[] = [];
  const refs: Refs = {
    sources: new Map(c.sources.map((s) => [s.value.id, s])),
    research: new Map(c.research.map((r) => [r.value.id, r.value])),
    rejected: c.rejected,
  };
  uniqueIds(c.sources, 'source', out);
  for (const { file, value: s } of c.sources)
    checkResearch(s.research, { file, entry: s.id, field: 'research' }, refs, out, true);
  checkStatements(c, refs, out);
  checkDeaths(c, out);
  checkLedger(c, refs, out);
  checkReports(c, refs, out);
  checkChapters(
    c,
    {
      sourceIds: new Set(refs.sources.keys()),
      quoteOnlyIds: new Set([...refs.sources.values()].filter((s) => s.value.quoteOnly).map((s) => s.value.id)),
      rejectedIds: c.rejected,
      counts: countData(c),
      incomplete: c.incomplete,
      ...(options.graphicStates ? { graphicStates: options.graphicStates } : {}),
    },
    out,
  );
  return out;
}

/** Parse and cross-check a content directory; [] means the build may go ahead. */
export function validateContentDir(root: string = contentRoot(), options: CheckOptions = {}): Problem[] {
  const { content, problems } = loadContent(root);
  return [...problems, ...checkContent(content, options)];
}

/** Throws a ContentError listing every problem. */
export function assertValidContent(root: string = contentRoot(), options: CheckOptions = {}): LoadedContent {
  const { content, problems } = loadContent(root);
  const all = [...problems, ...checkContent(content, options)];
  if (all.length > 0) throw new ContentError(all);
  return content;
}

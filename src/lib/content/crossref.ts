/**
 * The cross-reference check. Runs in every build (src/integrations/content-check.ts) and in unit
 * tests: it refuses content that would let a wrong, unsourced or unverified entry reach a reader.
 */
import { zonedInstant } from '../dates.ts';
import type { CountData } from './counts.ts';
import { contentRoot, loadContent, shown, FILES, type LoadedContent, type Located } from './load.ts';
import { walk } from './mdast.ts';
import { checkMdx, type MdxContext } from './mdx-check.ts';
import { ContentError, formatProblem, type Problem } from './problems.ts';
import type { ResearchEntry, Statement } from './schemas.ts';

export { formatProblem, ContentError, type Problem };

function uniqueIds(entries: readonly Located<{ id: string }>[], what: string, out: Problem[]) {
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.value.id))
      out.push({
        file: e.file,
        entry: e.value.id,
        field: 'id',
        message: `is used by more than one ${what}`,
        fix: 'give each entry its own permanent id',
      });
    seen.add(e.value.id);
  }
}

interface Refs {
  sources: Map<string, Located<{ id: string; quoteOnly?: boolean | undefined }>>;
  research: Map<string, ResearchEntry>;
  /** Entries that failed their schema: already reported, so a reference to one is not reported again. */
  rejected: ReadonlySet<string>;
}

function checkSourceIds(
  ids: readonly string[],
  at: Omit<Problem, 'message' | 'fix'>,
  refs: Refs,
  out: Problem[],
  indexed = true,
) {
  ids.forEach((id, i) => {
    if (!refs.sources.has(id) && !refs.rejected.has(id))
      out.push({
        ...at,
        field: indexed ? `${at.field}.${i}` : at.field,
        message: `names unknown source "${id}"`,
        fix: `add "${id}" to ${shown(FILES.sources)} or correct the id`,
      });
  });
}

/** Partisan/state outlets may carry a quote, never stand alone behind our own description of events. */
function checkNotOnlyQuoteOnly(
  ids: readonly string[],
  at: Omit<Problem, 'message' | 'fix'>,
  refs: Refs,
  out: Problem[],
) {
  const known = ids.map((id) => refs.sources.get(id)).filter((s) => s !== undefined);
  if (known.length > 0 && known.every((s) => s.value.quoteOnly))
    out.push({
      ...at,
      message: 'rests only on sources marked quoteOnly (partisan or state outlets)',
      fix: 'add a source that reports this in its own right',
    });
}

function checkResearch(
  ids: readonly string[],
  at: Omit<Problem, 'message' | 'fix'>,
  refs: Refs,
  out: Problem[],
  allowUnverified = false,
) {
  ids.forEach((id, i) => {
    const entry = refs.research.get(id);
    const field = `${at.field}.${i}`;
    if (!entry) {
      if (refs.rejected.has(id)) return;
      out.push({
        ...at,
        field,
        message: `names unknown research entry "${id}"`,
        fix: `use an id listed in ${shown(FILES.research)}`,
      });
    } else if (entry.status === 'unverified' && !allowUnverified)
      out.push({
        ...at,
        field,
        message: `rests on research entry ${id}, which the research marks UNVERIFIED`,
        fix: 'remove the entry or back it with a verified research entry and its source',
      });
  });
}

const RANK = { unverified: 0, 'partly-verified': 1, verified: 2 } as const;

/** Sort key in UTC minutes; month-precision entries sort at the end of their month. */
function instant(s: Statement): { day: string; minutes?: number } {
  if (s.precision === 'month') {
    const [y, m] = s.date.split('-').map(Number) as [number, number];
    return { day: new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10) };
  }
  if (s.time === undefined || s.tz === undefined) return { day: s.date };
  return { day: s.date, minutes: zonedInstant(s.date, s.time, s.tz) / 60000 };
}

function checkStatements(c: LoadedContent, refs: Refs, out: Problem[]) {
  uniqueIds(c.statements, 'statement', out);
  let prev: { s: Statement; key: ReturnType<typeof instant> } | undefined;
  for (const { file, value: s } of c.statements) {
    const at = { file, entry: s.id };
    checkSourceIds(s.sources, { ...at, field: 'sources' }, refs, out);
    if (s.quotes.length === 0) checkNotOnlyQuoteOnly(s.sources, { ...at, field: 'sources' }, refs, out);
    checkResearch(s.research, { ...at, field: 'research' }, refs, out);
    const primary = refs.research.get(s.research[0] ?? '');
    if (primary && primary.status !== 'unverified' && RANK[s.verification] > RANK[primary.status])
      out.push({
        ...at,
        field: 'verification',
        message: `says "${s.verification}" but research entry ${primary.id} is ${primary.status}`,
        fix: `set verification: ${primary.status} and explain it in flag`,
      });
    const key = instant(s);
    if (prev) {
      const earlierDay = key.day < prev.key.day;
      const earlierTime =
        key.day === prev.key.day &&
        key.minutes !== undefined &&
        prev.key.minutes !== undefined &&
        key.minutes < prev.key.minutes;
      if (earlierDay || earlierTime)
        out.push({
          ...at,
          field: earlierDay ? 'date' : 'time',
          message: `is earlier than the statement before it (${prev.s.id})`,
          fix: `move it above ${prev.s.id}: statements are sorted by date, then time`,
        });
    }
    prev = { s, key };
  }
}

function checkDeaths(c: LoadedContent, out: Problem[]) {
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

function checkLedger(c: LoadedContent, refs: Refs, out: Problem[]) {
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

/** Every cell of the reports table cites a known source and verified research; a linked statement exists. */
function checkReports(c: LoadedContent, refs: Refs, out: Problem[]) {
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

function checkChapters(c: LoadedContent, mdx: Omit<MdxContext, 'kind'>, out: Problem[]) {
  const slugs = new Map<string, string>();
  const orders = new Map<number, string>();
  for (const ch of c.chapters) {
    const base = ch.file
      .split('/')
      .pop()
      ?.replace(/\.mdx$/, '');
    if (ch.data) {
      const { slug, order } = ch.data;
      if (slug !== base)
        out.push({
          file: ch.file,
          entry: slug,
          field: 'slug',
          message: `differs from the file name "${base}.mdx"`,
          fix: `rename the file to ${slug}.mdx (slugs are permanent URLs)`,
        });
      if (slugs.has(slug))
        out.push({
          file: ch.file,
          entry: slug,
          field: 'slug',
          message: `is also used by ${slugs.get(slug)}`,
          fix: 'give each chapter its own slug',
        });
      if (orders.has(order))
        out.push({
          file: ch.file,
          entry: slug,
          field: 'order',
          message: `${order} is also used by chapter ${orders.get(order)}`,
          fix: 'give each chapter its own position in the reading order',
        });
      slugs.set(slug, ch.entry);
      orders.set(order, ch.entry);
      const graphics = mdx.graphicStates;
      if (graphics && ch.data.graphic !== 'none' && !graphics.has(ch.data.graphic))
        out.push({
          file: ch.file,
          entry: slug,
          field: 'graphic',
          message: `"${ch.data.graphic}" is not a graphic`,
          fix: `use none or a folder of src/graphics/: ${[...graphics.keys()].join(', ')}`,
        });
    }
  }
  for (const ch of c.chapters) out.push(...checkMdx(ch, { ...mdx, kind: 'chapter' }));
  for (const page of c.pages) out.push(...checkMdx(page, { ...mdx, kind: 'page' }));
}

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

/** Cross-reference helpers shared by the per-kind checks: unique ids, known sources, verified research. */
import { shown, FILES, type Located } from './load.ts';
import type { Problem } from './problems.ts';
import type { ResearchEntry } from './schemas.ts';

export function uniqueIds(entries: readonly Located<{ id: string }>[], what: string, out: Problem[]) {
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

export interface Refs {
  sources: Map<string, Located<{ id: string; quoteOnly?: boolean | undefined }>>;
  research: Map<string, ResearchEntry>;
  /** Entries that failed their schema: already reported, so a reference to one is not reported again. */
  rejected: ReadonlySet<string>;
}

export function checkSourceIds(
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
export function checkNotOnlyQuoteOnly(
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

export function checkResearch(
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

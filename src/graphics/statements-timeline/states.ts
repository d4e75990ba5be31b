import { isoDay } from '../shared/dates.ts';
import type { GraphicState } from '../shared/types.ts';
import { axisTime } from './time.ts';
import { ACTOR_GROUPS, type Statement, type StatementsData } from './types.ts';
import { WORDS, wordsFor } from './words.ts';

/** State 0 and a pattern for the rest: state i (i ≥ 1) activates the i-th statement in date order. */
export const states: readonly GraphicState[] = [
  {
    name: 'all-statements',
    description: WORDS.en.overviewState,
  },
];

/** Statements in reading order: by date, then by time where known, then by id (stable). */
export function orderedStatements(data: StatementsData): Statement[] {
  // A month-only date sorts after every dated statement of that month: it is known to be no earlier.
  const key = (st: Statement) => (st.precision === 'month' ? `${isoDay(st.date)}-99` : isoDay(st.date));
  return [...data.statements].sort(
    (a, b) => key(a).localeCompare(key(b)) || axisTime(a) - axisTime(b) || a.id.localeCompare(b.id),
  );
}

/** The full list of states for this data: one for the overview and one per statement. */
export function statesFor(data: StatementsData): GraphicState[] {
  const w = wordsFor(data);
  return [
    ...states.map((s) => ({ ...s, description: w.overviewState })),
    ...orderedStatements(data).map((st) => ({
      name: st.id,
      description: w.statementState(st.actor, w.date(st.date)),
    })),
  ];
}

/** Keeps only the statements of the given actor groups (a chapter's filtered timeline). */
export function filterStatements(data: StatementsData, filter: string): StatementsData {
  const groups = filter.split(/\s+/).filter(Boolean);
  const unknown = groups.filter((g) => !(ACTOR_GROUPS as readonly string[]).includes(g));
  if (unknown.length || groups.length === 0)
    throw new Error(
      `statements-timeline › filter "${filter}": not actor groups (fix: some of ${ACTOR_GROUPS.join(', ')})`,
    );
  return { ...data, statements: data.statements.filter((st) => groups.includes(st.group)) };
}

/**
 * Counts that chapter prose may quote through <Count of="…" where="…" />. One table serves the
 * component (which renders the number) and the check (which rejects unknown filters and wrong literals).
 */
import { DATASET_NAMES } from './datasets.ts';
import { ACTOR_GROUPS, CLAIM_STATUSES, OUTCOME_STATUSES, PHASES, PROPOSAL_KINDS } from './schemas.ts';

interface DeathRow {
  name: string;
  hostile: 'yes' | 'no';
  verified: 'yes' | 'no';
  counted_in_nyt_ap_20_combat: 'yes' | 'no';
  date: string;
}
interface AnnualRow {
  year: number;
  total: number;
  hostile?: number | undefined;
  verified: 'yes' | 'no';
}
export interface CountData {
  'deaths-2019': readonly DeathRow[];
  'deaths-annual': readonly AnnualRow[];
  statements: readonly { group: string; phase: string }[];
  proposals: readonly { kind: string; outcome: { status: string } }[];
  claims: readonly { status: string }[];
  reports: readonly unknown[];
  sources: readonly unknown[];
}
export type CountOf = keyof CountData;
// The data a count can describe is exactly the data the site publishes.
export const COUNT_OF = DATASET_NAMES satisfies readonly CountOf[];

export interface CountResult {
  value: number;
  /** False when the number rests on rows the research could not verify. */
  verified: boolean;
}

const isUnidentified = (d: DeathRow) => /^unidentified/i.test(d.name);
/** Row filters for the 2019 deaths. "named" deliberately counts only verified rows. */
export const DEATH_FILTERS: Record<string, { describe: string; test: (d: DeathRow) => boolean }> = {
  all: { describe: 'every US military death in Afghanistan in 2019 (DoD total)', test: () => true },
  named: {
    describe: 'deaths whose identity the Pentagon released (verified rows only)',
    test: (d) => d.verified === 'yes' && !isUnidentified(d),
  },
  unidentified: { describe: 'deaths whose identity is not public', test: isUnidentified },
  combat: {
    describe: 'deaths counted among the NYT/AP "20 killed in combat"',
    test: (d) => d.counted_in_nyt_ap_20_combat === 'yes',
  },
  'non-combat': {
    describe: 'deaths not counted as combat deaths by NYT/AP',
    test: (d) => d.counted_in_nyt_ap_20_combat === 'no',
  },
  'hostile-flag': {
    describe: "rows marked hostile in the CSV (18: one more than the Pentagon's 17, see notes)",
    test: (d) => d.hostile === 'yes',
  },
  'bagram-2019-04-08': { describe: 'the 8 April 2019 car bombing near Bagram', test: (d) => d.date === '2019-04-08' },
};

function byField<T>(
  rows: readonly T[],
  where: string,
  prefix: string,
  allowed: readonly string[],
  get: (r: T) => string,
): number | undefined {
  if (where === 'all') return rows.length;
  const value = where.startsWith(`${prefix}-`) ? where.slice(prefix.length + 1) : undefined;
  return value !== undefined && allowed.includes(value) ? rows.filter((r) => get(r) === value).length : undefined;
}

/** The list of `where` values an author may use, for messages. */
export function knownFilters(of: CountOf, data: CountData): string[] {
  switch (of) {
    case 'deaths-2019':
      return Object.keys(DEATH_FILTERS);
    case 'deaths-annual':
      return data['deaths-annual'].flatMap((r) => [
        `total-${r.year}`,
        ...(r.hostile === undefined ? [] : [`hostile-${r.year}`]),
      ]);
    case 'statements':
      return ['all', ...ACTOR_GROUPS.map((g) => `group-${g}`), ...PHASES.map((p) => `phase-${p}`)];
    case 'proposals':
      return ['all', ...PROPOSAL_KINDS.map((k) => `kind-${k}`), ...OUTCOME_STATUSES.map((s) => `status-${s}`)];
    case 'claims':
      return ['all', ...CLAIM_STATUSES.map((s) => `status-${s}`)];
    case 'reports':
    case 'sources':
      return ['all'];
  }
}

/** The number a <Count> stands for, or undefined when `of`/`where` is not a known filter. */
export function countFor(of: string, where: string, data: CountData): CountResult | undefined {
  switch (of) {
    case 'deaths-2019': {
      const filter = DEATH_FILTERS[where];
      if (!filter) return undefined;
      const rows = data['deaths-2019'].filter(filter.test);
      return { value: rows.length, verified: rows.every((r) => r.verified === 'yes') };
    }
    case 'deaths-annual': {
      const m = /^(total|hostile)-(\d{4})$/.exec(where);
      const row = m ? data['deaths-annual'].find((r) => r.year === Number(m[2])) : undefined;
      const value = m && row ? (m[1] === 'total' ? row.total : row.hostile) : undefined;
      return value === undefined || value === null || !row ? undefined : { value, verified: row.verified === 'yes' };
    }
    case 'statements': {
      const rows = data.statements;
      const value = where.startsWith('phase-')
        ? byField(rows, where, 'phase', PHASES, (r) => r.phase)
        : byField(rows, where, 'group', ACTOR_GROUPS, (r) => r.group);
      return value === undefined ? undefined : { value, verified: true };
    }
    case 'proposals': {
      const rows = data.proposals;
      const value = where.startsWith('kind-')
        ? byField(rows, where, 'kind', PROPOSAL_KINDS, (r) => r.kind)
        : byField(rows, where, 'status', OUTCOME_STATUSES, (r) => r.outcome.status);
      return value === undefined ? undefined : { value, verified: true };
    }
    case 'claims': {
      const value = byField(data.claims, where, 'status', CLAIM_STATUSES, (r) => r.status);
      return value === undefined ? undefined : { value, verified: true };
    }
    case 'reports':
    case 'sources':
      return where === 'all' ? { value: data[of].length, verified: true } : undefined;
    default:
      return undefined;
  }
}

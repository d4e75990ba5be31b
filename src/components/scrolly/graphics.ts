import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import demo from '~/graphics/demo/index.ts';
import { parseAnnual, parseDeaths } from '~/graphics/toll-2019/parse.ts';
import type { Toll2019Data } from '~/graphics/toll-2019/types.ts';
import { contentRoot, loadContent } from '~/lib/content/load.ts';
import type { StatementsData } from '~/graphics/statements-timeline/types.ts';
import type { SanctionsData } from '~/graphics/sanctions/types.ts';
import { demoData } from '~/graphics/demo/layout.ts';
import { registry } from '~/graphics/registry.ts';
import { loadSanctionsPath } from '~/graphics/sanctions-path/load.ts';
import { loadClaimsLedger } from '~/graphics/claims-ledger/load.ts';
import { loadReportOutlets } from '~/graphics/report-outlets/load.ts';
import type { GraphicModule } from '~/graphics/shared/types.ts';

// The demo graphic serves the engine's tests; the registry holds the story's graphics.
const graphics: Record<string, GraphicModule<never>> = { ...registry, demo };

/**
 * Where each graphic's data comes from at build time. A Scrolly section names only its graphic, so
 * MDX authors never load data; a graphic without an entry here cannot be used in a section yet.
 */
/** The Kremlin's reply to the RSC report, shown by the sanctions graphic (research entry R05). */
export const KREMLIN_REPLY_ID = '2020-06-11-kremlin-peskov';

/** The validated content, read once per build (the content check has already run over the same files). */
let cached: ReturnType<typeof loadContent>['content'] | undefined;
function content() {
  cached ??= loadContent(contentRoot()).content;
  return cached;
}

const loaders: Record<string, () => unknown | Promise<unknown>> = {
  demo: demoData,
  // The graphic's own CSV parser over content/data: the same ids the content model publishes
  // (tests/unit/content/ids-agree.test.ts), and the content check has validated the files.
  'toll-2019': (): Toll2019Data => {
    const read = (file: string) => readFileSync(join(contentRoot(), 'data', file), 'utf8');
    return { deaths: parseDeaths(read('deaths-2019.csv')), annual: parseAnnual(read('deaths-annual.csv')) };
  },
  // The timeline covers 26 June 2020 onwards; the 10–11 June "prelude" belongs to the sanctions chapter.
  'statements-timeline': (): StatementsData => {
    const { statements, sources } = content();
    return {
      statements: statements.map((s) => s.value).filter((s) => s.phase !== 'prelude'),
      sources: sources.map((s) => ({ ...s.value, title: s.value.title ?? s.value.description ?? s.value.publisher })),
    };
  },
  sanctions: (): SanctionsData => {
    const { statements, proposals } = content();
    const reply = statements.find((s) => s.value.id === KREMLIN_REPLY_ID)?.value;
    if (!reply)
      throw new Error(`content/data/statements.yaml › ${KREMLIN_REPLY_ID}: missing (the sanctions graphic shows it)`);
    return { proposals: proposals.map((p) => p.value), reply };
  },
  'sanctions-path': () => loadSanctionsPath(content()),
  'claims-ledger': () => loadClaimsLedger(content()),
  'report-outlets': () => loadReportOutlets(content()),
};

export function getGraphic(name: string): GraphicModule<unknown> {
  const mod = graphics[name];
  if (!mod) throw new Error(`graphic "${name}": unknown (fix: one of ${Object.keys(graphics).join(', ')})`);
  return mod as GraphicModule<unknown>;
}

export async function loadGraphicData(name: string): Promise<unknown> {
  const load = loaders[name];
  if (!load) {
    throw new Error(`graphic "${name}": no data loader (fix: add one in src/components/scrolly/graphics.ts)`);
  }
  return load();
}

import { describe, expect, it } from 'vitest';
import { searchRecords } from '~/lib/story/search-records.ts';

// The build computes which step shows each entry (src/lib/story/entry-step.ts) into the payload.
const payload = (active: string) =>
  JSON.stringify({
    steps: [
      { id: 's0', state: 0 },
      { id: 's1', state: 1 },
    ],
    entries: { [active]: { step: 1, singled: true } },
  });
const page = (path: string, activeIn: string) => ({
  path,
  html:
    `<section data-scrolly data-graphic="statements-timeline"><script type="application/json" data-scrolly-payload>${payload(activeIn)}</script>` +
    `<table><caption>Statements</caption><tbody>` +
    `<tr id="2020-06-27-taliban" data-public-id><th>2020-06-27-taliban</th><td>2020-06-27</td><td>Taliban (spokesman Zabihullah Mujahid)</td><td>“These kinds of deals … are baseless”</td></tr>` +
    `</tbody></table></section>` +
    `<section data-footnotes><ol><li id="user-content-fn-mujahid"><p><cite class="src" data-source-id="rappler-x">Rappler, “AFP report”, 27 June 2020.</cite></p></li></ol></section>`,
});

describe('search records', () => {
  it('point a statement at the chapter whose step singles it out, at its own anchor', () => {
    const records = searchRecords([page('/the-report/', 'other'), page('/who-said-what/', '2020-06-27-taliban')]);
    const statement = records.find((r) => r.meta.kind === 'Statement');
    expect(statement?.url).toBe('/who-said-what/#2020-06-27-taliban');
    expect(statement?.content).toContain('Zabihullah Mujahid');
    expect(statement?.meta.title).toBe('2020-06-27, Taliban (spokesman Zabihullah Mujahid)');
  });

  it('record each cited source once, at the first note that cites it', () => {
    const records = searchRecords([page('/the-report/', 'x'), page('/who-said-what/', 'x')]);
    const sources = records.filter((r) => r.meta.kind === 'Source');
    expect(sources).toHaveLength(1);
    expect(sources[0]?.url).toBe('/the-report/#user-content-fn-mujahid');
    // No step singles the statement out anywhere: the first chapter that lists it.
    expect(records.find((r) => r.meta.kind === 'Statement')?.url).toBe('/the-report/#2020-06-27-taliban');
  });
});

import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { buildSection, fillFigures, stepMarker, type StepRef } from '~/components/scrolly/section-build.ts';
import { LIVE_VARIANTS } from '~/client/scrolly/state.ts';
import { registry } from '~/graphics/registry.ts';
import type { GraphicModule } from '~/graphics/shared/types.ts';
import { fixture as statementsFixture } from '~/graphics/statements-timeline/fixtures/data.ts';
import { loadTollFixture } from '~/graphics/toll-2019/fixtures/load.ts';
import { fixture as sanctionsPathFixture } from '~/graphics/sanctions-path/fixtures/data.ts';
import { fixture as ledgerFixture } from '~/graphics/claims-ledger/fixtures/data.ts';
import { fixture as reportsFixture } from '~/graphics/report-outlets/fixtures/data.ts';
import { figureFiles } from './figure-files.ts';

// The story's graphics, on their own test fixtures, through the same build path a section takes.
const cases: [string, GraphicModule<never>, unknown][] = [
  ['toll-2019', registry['toll-2019']!, loadTollFixture()],
  ['statements-timeline', registry['statements-timeline']!, statementsFixture],
  ['sanctions-path', registry['sanctions-path']!, sanctionsPathFixture],
  ['claims-ledger', registry['claims-ledger']!, ledgerFixture],
  ['report-outlets', registry['report-outlets']!, reportsFixture],
];

describe.each(cases)('%s in a scrolly section', (name, graphic, data) => {
  const mod = graphic as GraphicModule<unknown>;
  const states = mod.statesFor(data);
  const steps: StepRef[] = states.map((s, i) => ({ id: `${name}-step-${s.name}`, state: i }));
  const built = buildSection(mod, data, name, steps);

  it.each(LIVE_VARIANTS)('has a %s live graphic whose marks cover every key any state changes', (v) => {
    // The page serves the copy's <svg> empty; its marks come with the states (the engine puts them in it).
    expect(load(built.live[v], { xml: true })('svg *')).toHaveLength(0);
    const $ = load(built.live[v].replace('</svg>', `${built.payload.live[v].marks}</svg>`), { xml: true });
    const live = new Set(
      $('[data-key]')
        .map((_, el) => $(el).attr('data-key'))
        .get(),
    );
    for (const change of built.payload.live[v].changes) {
      for (const key of Object.keys(change)) expect(live.has(key), key).toBe(true);
    }
    expect($('svg').attr('class')).toBe(`graphic graphic-${name} graphic--${v}`);
  });

  it('draws a static figure for every step, the focus figure’s with ids the page can take', () => {
    const files = figureFiles();
    const html = fillFigures(
      steps.map((s) => `<div id="${s.id}">${stepMarker(s.id, s.state)}</div>`).join(''),
      built,
      steps,
      files,
    );
    const $ = load(html);
    // One per step, except where a figure would repeat the one just above it.
    const figures = $('figure.scrolly-step__figure img').length;
    expect(figures).toBeGreaterThan(0);
    expect(figures).toBeLessThanOrEqual(steps.length);
    // Each figure's image, and the focus figure's labelled drawing.
    expect(files.emitted.size).toBe(figures + 1);
    // That drawing goes inline (client/graphics/details.ts), without patterns (the page draws them
    // once): its ids must not meet the page's.
    const focus = $('[data-labelled-marks]').attr('data-labelled-marks');
    expect(focus).toBeDefined();
    const inline = load(files.emitted.get(focus ?? '') ?? '', { xml: true });
    expect(inline('defs, style')).toHaveLength(0);
    const ids = [...$('[id]').get(), ...inline('[id]').get()].map((el) => el.attribs.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

it('gives the toll graphic its hatch pattern once, and the timeline its quote cards', () => {
  const toll = cases[0]!;
  const tollMod = toll[1] as GraphicModule<unknown>;
  const tollBuilt = buildSection(tollMod, toll[2], 'toll', [{ id: 'a', state: tollMod.states.length - 1 }]);
  expect(tollBuilt.defs.map((d) => d.id)).toEqual(['toll-2019-hatch']);
  const st = cases[1]!;
  const stMod = st[1] as GraphicModule<unknown>;
  const steps = stMod.statesFor(st[2]).map((_, i) => ({ id: `s${i}`, state: i }));
  const html = fillFigures(
    steps.map((s) => stepMarker(s.id, s.state)).join(''),
    buildSection(stMod, st[2], 'st', steps),
    steps,
    figureFiles(),
  );
  expect(load(html)('figure.quote-card').length).toBeGreaterThan(0);
});

import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { furnitureHtml, furnitureId, GRAPHIC_DATASETS } from '~/components/scrolly/furniture.ts';
import {
  buildSection,
  fillFigures,
  renderCard,
  stepMarker,
  unquotedParts,
} from '~/components/scrolly/section-build.ts';
import { registry } from '~/graphics/registry.ts';
import type { GraphicModule } from '~/graphics/shared/types.ts';
import type { Toll2019Data } from '~/graphics/toll-2019/types.ts';
import { loadTollFixture } from '~/graphics/toll-2019/fixtures/load.ts';
import { DATASET_NAMES } from '~/lib/content/datasets.ts';
import { figureFiles } from './figure-files.ts';

const toll = loadTollFixture();
const mod = registry['toll-2019']! as GraphicModule<Toll2019Data>;

describe('graphic furniture', () => {
  const html = furnitureHtml({
    sectionId: 'toll-steps',
    description: mod.description,
    sourceLine: mod.sourceLine(toll),
    tables: mod.tableRows(toll),
    downloads: GRAPHIC_DATASETS['toll-2019']!.map((name) => ({ name, path: `/base/data/${name}` })),
  });
  const $ = load(html);

  it('is a figure with a permanent id, a caption that says what the graphic shows, and a permalink', () => {
    expect(furnitureId('toll-steps')).toBe('toll-steps-data');
    expect($('figure#toll-steps-data figcaption').text()).toContain(mod.description);
    expect($('figure#toll-steps-data a.permalink').attr('href')).toBe('#toll-steps-data');
    expect($('.graphic-data__source').text()).toBe(mod.sourceLine(toll));
  });

  it('links both downloads of every dataset the graphic draws, and only datasets that exist', () => {
    for (const names of Object.values(GRAPHIC_DATASETS)) for (const n of names) expect(DATASET_NAMES).toContain(n);
    const hrefs = $('a[download]')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(hrefs).toEqual([
      '/base/data/deaths-2019.csv',
      '/base/data/deaths-2019.json',
      '/base/data/deaths-annual.csv',
      '/base/data/deaths-annual.json',
    ]);
  });

  it('puts every table, with caption and header scopes, in a closed details element', () => {
    const tables = mod.tableRows(toll);
    expect($('details:not([open]) > summary').text()).toBe('Show the data as a table');
    expect($('details table')).toHaveLength(tables.length);
    $('details table').each((i, t) => {
      expect($(t).find('caption').text()).toBe(tables[i]?.caption);
      expect($(t).find('thead th[scope="col"]')).toHaveLength(tables[i]?.header.length ?? -1);
      expect($(t).find('tbody tr')).toHaveLength(tables[i]?.rows.length ?? -1);
      expect($(t).find('tbody th[scope="row"]')).toHaveLength(tables[i]?.rows.length ?? -1);
    });
  });
});

describe('step figures of a section', () => {
  const steps = mod.states.map((s, i) => ({ id: `step-${s.name}`, state: i }));
  const built = buildSection(mod, toll, 'toll', steps);
  const files = figureFiles();
  const $ = load(
    fillFigures(steps.map((s) => `<div id="${s.id}">${stepMarker(s.id, s.state)}</div>`).join(''), built, steps, files),
  );
  const file = (url: string | undefined) => load(files.emitted.get(url ?? '') ?? '', { xml: true });
  const drawing = (figure: Parameters<typeof $>[0]) => file($(figure).find('img').attr('src'));

  it('gives tab stops to the marks of one figure only, one per death, one of them in the tab order', () => {
    const figures = $('figure.scrolly-step__figure').get();
    const withStops = figures.filter((f) => $(f).is('[data-labelled-marks]'));
    expect(withStops).toHaveLength(1);
    expect(built.focusStep).toBe('step-all-deaths');
    expect($(withStops[0]).closest('[id]').attr('id')).toBe(built.focusStep);
    // The drawing the client puts inline in place of its image.
    const marks = file($(withStops[0]).attr('data-labelled-marks'))('[data-key][aria-label][tabindex]');
    expect(marks).toHaveLength(toll.deaths.length);
    expect(marks.filter('[tabindex="0"]')).toHaveLength(1);
    // Every image is one picture, with its marks unlabelled.
    for (const figure of figures) {
      expect(drawing(figure)('svg').attr('role')).toBe('img');
      expect(drawing(figure)('[aria-label], [tabindex]')).toHaveLength(0);
    }
  });
});

describe('quote cards beside prose that quotes the same words', () => {
  const card = {
    key: 'k',
    speaker: 'S',
    channel: 'C',
    date: 'D',
    quote: 'One thing. … Another “thing”',
    summary: 'Sum',
    source: 'Src',
  };

  it('leaves out the parts the prose already quotes, however the prose marks them up', () => {
    expect(unquotedParts(card, '<p>He said: “One <em>thing</em>.”<sup>1</sup></p>')).toEqual(['Another “thing”']);
    expect(unquotedParts(card, '<p>&ldquo;One&nbsp;thing.&rdquo; Then something else.</p>')).toEqual([
      'Another “thing”',
    ]);
    expect(unquotedParts(card, '<p>“one thing”, and &#8220;another &#x201C;thing&#8221;”</p>')).toEqual([]);
    expect(unquotedParts(card, '<p>Nothing quoted.</p>')).toEqual(['One thing.', 'Another “thing”']);
  });

  it('shows the summary and attribution without a quote when the prose quotes all of it', () => {
    const $ = load(renderCard(card, '<p>“One thing.” Then: “Another “thing””.</p>'));
    expect($('blockquote')).toHaveLength(0);
    expect($('.quote-card__summary').text()).toBe('Sum');
    expect($('.quote-card__speaker').text()).toBe('S');
  });
});

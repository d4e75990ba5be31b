import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { getGraphic, loadGraphicData } from '~/components/scrolly/graphics.ts';
import { registry, type GraphicName } from '~/graphics/registry.ts';
import { lightTokens } from '~/lib/reuse/share-style.ts';
import {
  ALT_MAX,
  SHARE_LAYOUT_WIDTH,
  SHARE_STATES,
  shareGraphic,
  shareImageAlt,
  shareImageSvg,
} from '~/lib/reuse/share-graphic.ts';

const light = lightTokens(readFileSync('src/styles/tokens.css', 'utf8'));
const names = Object.keys(registry) as GraphicName[];

// The real content, through the same path the share route takes: what sharp receives is checked here.
describe.each(names)('share image of a %s chapter', (name) => {
  it('names a state the graphic has', async () => {
    const states = getGraphic(name).statesFor(await loadGraphicData(name));
    expect(states.map((s) => s.name)).toContain(SHARE_STATES[name].state);
  });

  it('the SVG given to sharp holds every mark of that state, styled in the page’s light colours', async () => {
    const mod = getGraphic(name);
    const data = await loadGraphicData(name);
    const index = mod.statesFor(data).findIndex((s) => s.name === SHARE_STATES[name].state);
    const spec = mod.layout(data, SHARE_LAYOUT_WIDTH, index);
    const svg = await shareImageSvg({ title: 'A title', dek: 'A dek', order: 2, graphic: name });
    const $ = load(svg, { xml: true });
    const graphic = $(`svg svg.graphic-${name}`);
    expect(graphic).toHaveLength(1);
    const keys = graphic
      .children('[data-key]')
      .map((_, el) => $(el).attr('data-key'))
      .get();
    expect(keys).toEqual(spec.marks.map((m) => m.key));
    expect(spec.marks.length).toBeGreaterThan(5);
    const css = graphic.children('style').text();
    expect(css).toContain(`.graphic-${name}`);
    expect(css).not.toContain('var(');
    expect(css).toContain(light.get('--text'));
    expect(svg).not.toMatch(/@media/);
    expect(svg).toContain('A title');
  });

  it('describes the state in the image’s text alternative, within Twitter’s limit', async () => {
    const drawn = await shareGraphic(name);
    const alt = shareImageAlt('A title', 'A dek', drawn);
    expect(alt).toContain(drawn!.description);
    expect(alt).not.toContain('A dek');
    expect(alt.length).toBeLessThanOrEqual(ALT_MAX);
  });
});

it('a chapter without a graphic gets title and dek only', async () => {
  expect(await shareGraphic('none')).toBeUndefined();
  const svg = await shareImageSvg({ title: 'A title', dek: 'A dek', order: 6, graphic: 'none' });
  expect(load(svg, { xml: true })('svg svg')).toHaveLength(0);
  expect(svg).toContain('A dek');
  expect(shareImageAlt('A title', 'A dek')).toBe('A title: A dek');
});

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages } from './dist.ts';
import { GRAPHIC_BOXES } from '~/lib/reuse/share-svg.ts';
import { lightTokens } from '~/lib/reuse/share-style.ts';

// Chapters and the graphic each one names, read from the built pages' share image and the sources.
const chapters = htmlPages()
  .filter((p) => p.$('meta[name=citation_title]').length && !p.path.startsWith('/embed/'))
  .map((p) => {
    const slug = p.path.replace(/\//g, '');
    const fm = readFileSync(join('content/chapters', `${slug}.mdx`), 'utf8');
    return { slug, graphic: /^graphic:\s*(\S+)/m.exec(fm)?.[1] ?? 'none' };
  });

// Where the graphic lands in both layouts (below a one-line title, beside a longer one): no text is
// drawn there when the chapter has a graphic, so an empty graphic leaves this area uniform.
const below = GRAPHIC_BOXES.below;
const beside = GRAPHIC_BOXES.beside;
const area = {
  left: Math.max(below.x, beside.x),
  top: Math.max(below.y, beside.y),
  width: Math.min(below.x + below.width, beside.x + beside.width) - Math.max(below.x, beside.x),
  height: Math.min(below.y + below.height, beside.y + beside.height) - Math.max(below.y, beside.y),
};

/** How far a colour is from grey; the page's background and text are near 0, the chart palette is not. */
const chroma = (r: number, g: number, b: number) => Math.max(r, g, b) - Math.min(r, g, b);
/** The least chroma among the chart colours of the light scheme (tokens.css), with some room for antialiasing. */
const chartChroma =
  Math.min(
    ...['--c-combat', '--c-noncombat', '--c-highlight'].map((name) => {
      const hex = lightTokens(readFileSync('src/styles/tokens.css', 'utf8')).get(name)!;
      const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      return chroma(r, g, b);
    }),
  ) * 0.6;

async function decode(file: string) {
  const image = sharp(readFileSync(file));
  return { meta: await image.metadata(), image };
}

it('finds the chapters', () => {
  expect(chapters.length).toBeGreaterThanOrEqual(6);
  expect(chapters.filter((c) => c.graphic !== 'none').length).toBeGreaterThan(0);
});

describe.each(chapters)('share image of $slug ($graphic)', ({ slug, graphic }) => {
  const file = join(DIST, 'share', `${slug}.png`);

  it('is a 1200×630 PNG', async () => {
    expect(existsSync(file), file).toBe(true);
    const { meta } = await decode(file);
    expect(meta).toMatchObject({ format: 'png', width: 1200, height: 630 });
  });

  it.runIf(graphic !== 'none')('draws the graphic in its colours, not an empty or black panel', async () => {
    const { image } = await decode(file);
    const region = image.clone().extract(area);
    const stats = await region.stats();
    // A uniform area has a standard deviation of 0 in every channel; marks and labels raise it.
    expect(Math.max(...stats.channels.slice(0, 3).map((c) => c.stdev))).toBeGreaterThan(10);
    // Without the inlined stylesheet librsvg paints every mark black: look for the chart's colours.
    const { data, info } = await region.raw().toBuffer({ resolveWithObject: true });
    let coloured = 0;
    for (let i = 0; i < data.length; i += info.channels) {
      if (chroma(data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0) >= chartChroma) coloured++;
    }
    expect(coloured, `pixels with chroma ≥ ${chartChroma}`).toBeGreaterThan(100);
  });
});

it('the pages that are not chapters share a 1200×630 site image', async () => {
  const { meta } = await decode(join(DIST, 'share', 'site.png'));
  expect(meta).toMatchObject({ format: 'png', width: 1200, height: 630 });
});

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages } from './dist.ts';
import { CHART_BOX } from '~/lib/reuse/share-svg.ts';
import { lightTokens } from '~/lib/reuse/share-style.ts';

// Chapters, read from the built pages; each has its own share image with a simplified chart.
const chapters = htmlPages()
  .filter((p) => p.$('meta[name=citation_title]').length && !p.path.startsWith('/embed/') && !p.path.startsWith('/ru/'))
  .map((p) => ({ slug: p.path.replace(/\//g, '') }));

// The chart's box: no text of the frame is drawn there, so an empty chart leaves it uniform.
const area = { left: CHART_BOX.x, top: CHART_BOX.y, width: CHART_BOX.width, height: CHART_BOX.height };

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
});

describe.each(chapters)('share image of $slug', ({ slug }) => {
  const file = join(DIST, 'share', `${slug}.png`);

  it('is a 1200×630 PNG', async () => {
    expect(existsSync(file), file).toBe(true);
    const { meta } = await decode(file);
    expect(meta).toMatchObject({ format: 'png', width: 1200, height: 630 });
  });

  it('draws its chart in colour, not an empty or black panel', async () => {
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

it('all seven images look different from each other, in a thumbnail too', async () => {
  const files = [...chapters.map((c) => `${c.slug}.png`), 'site.png'];
  expect(files).toHaveLength(7);
  // Each image as a 120×63 grey thumbnail, about what a feed shows at a glance.
  const thumbs = await Promise.all(
    files.map((f) =>
      sharp(readFileSync(join(DIST, 'share', f)))
        .resize(120, 63)
        .greyscale()
        .raw()
        .toBuffer(),
    ),
  );
  for (let i = 0; i < thumbs.length; i++) {
    for (let j = i + 1; j < thumbs.length; j++) {
      const a = thumbs[i]!;
      const b = thumbs[j]!;
      let differ = 0;
      for (let k = 0; k < a.length; k++) if (Math.abs((a[k] ?? 0) - (b[k] ?? 0)) > 40) differ++;
      // Over 5 % of the thumbnail's pixels change clearly between any two images.
      expect(differ / a.length, `${files[i]} vs ${files[j]}`).toBeGreaterThan(0.05);
    }
  }
});

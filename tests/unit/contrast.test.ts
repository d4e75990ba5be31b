import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { colourDistance, contrast, type ColourVision } from '~/lib/contrast.ts';

const css = readFileSync('src/styles/tokens.css', 'utf8');

/** The custom properties of the first block that follows `marker` (":root {" or the dark media query). */
function tokens(marker: string): Record<string, string> {
  const start = css.indexOf(marker);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}

const light = tokens(':root {');
const dark = { ...light, ...tokens('@media (prefers-color-scheme: dark)') };
const GROUPS = ['us-press', 'us-government', 'russian-government', 'taliban', 'uk'];

describe.each([
  ['light', light],
  ['dark', dark],
])('%s scheme', (_name, t) => {
  it.each(['text', 'muted', 'link'])('--%s on --bg and --surface meets AA for text (4.5:1)', (name) => {
    expect(contrast(t[name]!, t.bg!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(t[name]!, t.surface!)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(['focus', 'rule', 'c-combat', 'c-noncombat', 'c-highlight', 'c-neutral'])(
    '--%s on --bg meets AA for graphics and UI (3:1)',
    (name) => {
      expect(contrast(t[name]!, t.bg!)).toBeGreaterThanOrEqual(3);
    },
  );

  // Lane labels of the statements timeline are written in their group's colour: text contrast.
  it.each(GROUPS)('--c-%s on --bg and --surface meets AA for text (4.5:1)', (name) => {
    expect(contrast(t[`c-${name}`]!, t.bg!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(t[`c-${name}`]!, t.surface!)).toBeGreaterThanOrEqual(4.5);
  });

  it.each<ColourVision>(['typical', 'protanopia', 'deuteranopia', 'tritanopia'])(
    'the actor groups keep distinct colours with %s colour vision (ΔE ≥ 10)',
    (vision) => {
      const pairs = GROUPS.flatMap((a, i) => GROUPS.slice(i + 1).map((b) => [a, b] as const));
      const close = pairs.filter(([a, b]) => colourDistance(t[`c-${a}`]!, t[`c-${b}`]!, vision) < 10);
      expect(close).toEqual([]);
    },
  );
});

it('tells apart colours a deuteranope confuses only when they differ in lightness', () => {
  // Okabe–Ito bluish green next to a grey of the same lightness: distinct for most, not for deuteranopes.
  expect(colourDistance('#00765a', '#625e57')).toBeGreaterThan(30);
  expect(colourDistance('#00765a', '#625e57', 'deuteranopia')).toBeLessThan(5);
  expect(colourDistance('#123456', '#123456', 'protanopia')).toBe(0);
});

it('computes the textbook ratios', () => {
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
});

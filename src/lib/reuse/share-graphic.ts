/**
 * The chapter's graphic for its share image: one state, drawn by the same layout and renderer as the
 * page, with a stylesheet that carries the page's light-scheme colours into librsvg.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getGraphic, loadGraphicData } from '~/components/scrolly/graphics.ts';
import { renderSvg } from '~/graphics/render-svg.ts';
import type { GraphicName } from '~/graphics/registry.ts';
import sharp from 'sharp';
import { SITE } from '~/lib/site.ts';
import { SHARE_SIZE } from './chapter-reuse.ts';
import { shareSvg, type SharePalette } from './share-svg.ts';
import { lightTokens, resolveVars, stillStylesheet } from './share-style.ts';

/**
 * The state each graphic shows in a share image, and why: a thumbnail has one frame to say what the
 * chapter is about, so it shows the state where the chapter's point is visible without reading.
 */
export const SHARE_STATES: Record<GraphicName, { state: string; why: string }> = {
  'toll-2019': {
    state: 'pentagon-hostile',
    why: 'the chapter is about why the counts differ (20, 17, 23); this state shows the hostile and non-hostile marks side by side with the open case ringed',
  },
  sanctions: {
    state: 'outcomes',
    why: 'every proposed measure with what became of it: the chapter’s conclusion, and the only state with all blocks',
  },
  'sanctions-path': {
    state: 'outcomes',
    why: 'every measure on its path to what became of it, with the counts by status: the chapter’s conclusion',
  },
  'claims-ledger': {
    state: 'all-claims',
    why: 'every claim with its status and its number of later assessments; no single assessment is singled out',
  },
  'report-outlets': {
    state: 'all-reports',
    why: 'every report by date with what it carried and how many officials it cited; no outlet is singled out',
  },
  'statements-timeline': {
    state: 'all-statements',
    why: 'every statement in its lane with the break before the later assessments; no single quote is singled out, so no party’s framing is the headline',
  },
};

export interface ShareGraphic {
  graphic: GraphicName;
  state: string;
  /** What a reader sees in the state (the graphic's state description). */
  stateDescription: string;
  /** What the state shows, with counts from the data (the spec's description). */
  description: string;
  /** Complete <svg> with an inline stylesheet. */
  svg: string;
}

const read = (path: string) => readFileSync(resolve(path), 'utf8');

const TOKENS_FILE = 'src/styles/tokens.css';
/** The status colours live beside the base tokens (src/styles/status-tokens.css). */
const STATUS_TOKENS_FILE = 'src/styles/status-tokens.css';

/** The graphic's stylesheet for a still image (light scheme), read from the project's CSS files. */
export function graphicStillCss(graphic: string): string {
  const file = `src/graphics/${graphic}/styles.css`;
  return stillStylesheet(read(file), lightTokens(read(TOKENS_FILE) + read(STATUS_TOKENS_FILE)), file);
}

/** The share image frame's colours: the page's light scheme. */
export function sharePalette(): SharePalette {
  const tokens = lightTokens(read(TOKENS_FILE));
  const v = (name: string) => resolveVars(`var(--${name})`, tokens, TOKENS_FILE);
  return { bg: v('bg'), text: v('text'), muted: v('muted'), rule: v('rule'), link: v('link') };
}

export function isGraphicName(name: string): name is GraphicName {
  return Object.hasOwn(SHARE_STATES, name);
}

/**
 * Layout width: the page's wide layout. Drawn wider, the labels shrink in the 1200×630 image; at this
 * width they scale to about the page's size.
 */
export const SHARE_LAYOUT_WIDTH = 640;

const cache = new Map<GraphicName, Promise<ShareGraphic>>();

async function draw(graphic: GraphicName): Promise<ShareGraphic> {
  const mod = getGraphic(graphic);
  const data = await loadGraphicData(graphic);
  const { state } = SHARE_STATES[graphic];
  const states = mod.statesFor(data);
  const index = states.findIndex((s) => s.name === state);
  if (index < 0) throw new Error(`share image › ${graphic} › state "${state}": not a state of this graphic`);
  const spec = mod.layout(data, SHARE_LAYOUT_WIDTH, index);
  const svg = renderSvg(spec, {
    idPrefix: `share-${graphic}`,
    interactive: false,
    className: `graphic graphic-${graphic}`,
  });
  const style = `<style>${graphicStillCss(graphic)}</style>`;
  const svgWithStyle = svg.replace(/(<svg[^>]*>)/, `$1${style}`);
  return {
    graphic,
    state,
    stateDescription: states[index]!.description,
    description: spec.description,
    svg: svgWithStyle,
  };
}

/** The share graphic of a chapter, or undefined for a chapter without one ('none'). Drawn once per build. */
export function shareGraphic(name: string): Promise<ShareGraphic | undefined> {
  if (!isGraphicName(name)) return Promise.resolve(undefined);
  let drawn = cache.get(name);
  if (!drawn) cache.set(name, (drawn = draw(name)));
  return drawn;
}

/** Twitter cuts image descriptions at 420 characters. */
export const ALT_MAX = 420;

/**
 * Text alternative of the share image: its title and, when it has one, what its graphic shows (how
 * to read the state, then its counts; the counts alone when both would not fit in ALT_MAX).
 */
export function shareImageAlt(title: string, dek: string, graphic?: ShareGraphic): string {
  if (!graphic) return `${title}: ${dek}`;
  const full = `${title}. Graphic: ${graphic.stateDescription} ${graphic.description}`;
  return full.length <= ALT_MAX ? full : `${title}. Graphic: ${graphic.description}`;
}

/** The SVG that sharp rasterises: the frame, the title, and the chapter's graphic if it has one. */
export async function shareImageSvg(page: { title: string; dek: string; order?: number; graphic?: string }) {
  const drawn = page.graphic ? await shareGraphic(page.graphic) : undefined;
  const { graphic: _name, ...text } = page;
  return shareSvg({ ...text, siteTitle: SITE.title, graphicSvg: drawn?.svg, palette: sharePalette(), ...SHARE_SIZE });
}

/** The share image as PNG bytes (1200×630). */
export async function sharePng(page: Parameters<typeof shareImageSvg>[0]): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await shareImageSvg(page);
  return new Uint8Array(await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer());
}

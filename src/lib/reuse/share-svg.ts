/**
 * The share image of a chapter as SVG (1200×630), rasterised to PNG at build time by sharp. Text is
 * wrapped here, by an average glyph width, because SVG has no text wrapping. The title is the
 * message; the graphic (when the chapter has one) shows its most telling state under it, and a
 * chapter without a graphic gets its dek instead.
 */
import { escapeHtml } from './html.ts';

export interface ShareInput {
  title: string;
  dek: string;
  siteTitle: string;
  /** Chapter number in reading order, e.g. 2 → "Chapter 2"; absent for the site's own image. */
  order?: number;
  /** Optional SVG markup (a complete <svg> element, styles inline) of the chapter's graphic in one state. */
  graphicSvg?: string;
  palette: SharePalette;
  width?: number;
  height?: number;
}

/** Greedy word wrap by character budget; the last line is cut with an ellipsis if lines run out. */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= maxChars || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/[\s,.;:]+$/, '')}…`;
  return kept;
}

const FONT = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";

/** The page colours the frame uses, resolved from tokens.css by the caller (see sharePalette). */
export interface SharePalette {
  bg: string;
  text: string;
  muted: string;
  rule: string;
  link: string;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where the graphic goes. A wide chart (a time axis) runs full width under the title; a tall one
 * (lanes, a grid of blocks) stands beside the title, so its labels are scaled down as little as possible.
 */
export const GRAPHIC_BOXES = {
  below: { x: 60, y: 230, width: 1080, height: 360 },
  beside: { x: 570, y: 40, width: 600, height: 560 },
} as const satisfies Record<string, Box>;

/** Wider than this (width / height) and a chart goes below the title. */
const WIDE_ASPECT = 1.6;

function viewBoxAspect(svg: string): number {
  const [, , w = 0, h = 0] = (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? '').split(/[\s,]+/).map(Number);
  return h > 0 ? w / h : 0;
}

/** The graphic's own <svg>, placed in a box: its viewBox scales it, its class keeps its CSS. */
function placeGraphic(svg: string, box: Box): string {
  const [, open = '', rest = ''] = /^\s*(<svg\b[^>]*>)([\s\S]*)$/.exec(svg) ?? [];
  const tag = open
    .replace(/\s(?:width|height|x|y|preserveAspectRatio)="[^"]*"/g, '')
    .replace(
      /^<svg\b/,
      `<svg x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" preserveAspectRatio="xMidYMid meet"`,
    );
  return tag + rest;
}

export function shareSvg(input: ShareInput): string {
  const width = input.width ?? 1200;
  const height = input.height ?? 630;
  const c = input.palette;
  const svg = input.graphicSvg && /^\s*<svg\b/.test(input.graphicSvg) ? input.graphicSvg : '';
  // DejaVu Sans Bold averages about 0.6 em per character in titles like these.
  const fitsOneLine = wrapText(input.title, Math.floor(1080 / (56 * 0.6)), 2).length === 1;
  const beside = !!svg && (viewBoxAspect(svg) < WIDE_ASPECT || !fitsOneLine);
  const graphic = svg ? placeGraphic(svg, beside ? GRAPHIC_BOXES.beside : GRAPHIC_BOXES.below) : '';
  const textWidth = beside ? 470 : 1080;
  const titleSize = beside ? 52 : graphic ? 56 : 64;
  const titleLines = wrapText(input.title, Math.floor(textWidth / (titleSize * 0.6)), beside ? 4 : graphic ? 1 : 3);
  // Beside a graphic the kicker takes two lines so it stays clear of the chart.
  const chapter = input.order === undefined ? undefined : `Chapter ${input.order}`;
  // The site's own image has the site title as its title, so it needs no kicker.
  const kicker = !chapter ? [] : beside ? [input.siteTitle, chapter] : [`${input.siteTitle} · ${chapter}`];
  const titleTop = beside ? 200 : kicker.length ? 160 : 120;
  const titleBottom = titleTop + (titleLines.length - 1) * titleSize * 1.15;
  // Below a wide graphic there is no room for the dek; beside a tall one it fills the text column.
  const dekSize = beside ? 26 : 30;
  const dekLead = 1.35;
  const dekTop = titleBottom + (beside ? 60 : 70);
  const dekRoom = graphic && !beside ? 0 : Math.floor((height - 50 - dekTop) / (dekSize * dekLead)) + 1;
  const dekLines =
    dekRoom > 0 ? wrapText(input.dek, Math.floor(textWidth / (dekSize * 0.55)), Math.min(5, dekRoom)) : [];
  const tspans = (lines: string[], size: number, lead: number) =>
    lines
      .map((l, i) => `<tspan x="60" dy="${i === 0 ? 0 : Math.round(size * lead)}">${escapeHtml(l)}</tspan>`)
      .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${c.bg}"/>`,
    `<rect x="0" y="0" width="${width}" height="14" fill="${c.link}"/>`,
    kicker.length
      ? `<text x="60" y="80" font-family="${FONT}" font-size="26" fill="${c.muted}">${tspans(kicker, 26, 1.3)}</text>`
      : '',
    `<text x="60" y="${titleTop}" font-family="${FONT}" font-size="${titleSize}" font-weight="700" fill="${c.text}">${tspans(titleLines, titleSize, 1.15)}</text>`,
    dekLines.length
      ? `<text x="60" y="${Math.round(dekTop)}" font-family="${FONT}" font-size="${dekSize}" fill="${c.text}">${tspans(dekLines, dekSize, dekLead)}</text>`
      : '',
    graphic,
    `<rect x="0" y="${height - 8}" width="${width}" height="8" fill="${c.rule}"/>`,
    `</svg>`,
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * The share image of a chapter as SVG (1200×630), rasterised to PNG at build time by sharp. Text is
 * wrapped here, by an average glyph width, because SVG has no text wrapping; the title is the
 * message, the graphic (when the chapter has one) shows its most telling state beside it.
 */
import { escapeHtml } from './html.ts';

export interface ShareInput {
  title: string;
  dek: string;
  siteTitle: string;
  /** Chapter number in reading order, e.g. 2 → "Chapter 2". */
  order: number;
  /** Optional SVG markup (a complete <svg> element) of the chapter's graphic in its static state. */
  graphicSvg?: string;
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

export function shareSvg(input: ShareInput): string {
  const width = input.width ?? 1200;
  const height = input.height ?? 630;
  const hasGraphic = !!input.graphicSvg;
  const textWidth = hasGraphic ? 640 : 1080;
  // DejaVu Sans Bold averages about 0.6 em per character in titles like these.
  const titleSize = 60;
  const titleLines = wrapText(input.title, Math.floor(textWidth / (titleSize * 0.6)), 4);
  const dekSize = 28;
  const dekLines = wrapText(input.dek, Math.floor(textWidth / (dekSize * 0.55)), 3);
  const titleTop = 170;
  const dekTop = titleTop + titleLines.length * titleSize * 1.15 + 30;
  const tspans = (lines: string[], size: number, lead: number) =>
    lines
      .map((l, i) => `<tspan x="60" dy="${i === 0 ? 0 : Math.round(size * lead)}">${escapeHtml(l)}</tspan>`)
      .join('');
  // The graphic is nested as its own <svg> so its viewBox scales it into a 400 px panel on the right.
  const viewBox = /viewBox="([^"]+)"/.exec(input.graphicSvg ?? '')?.[1];
  const inner = (input.graphicSvg ?? '').replace(/^\s*<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  const graphic =
    hasGraphic && viewBox
      ? `<rect x="740" y="130" width="400" height="400" rx="8" fill="#ffffff"/>` +
        `<svg x="750" y="140" width="380" height="380" viewBox="${viewBox}" preserveAspectRatio="xMidYMid meet">` +
        `<style>.mark--rect,.mark--circle{fill:#6b665e}.highlight{fill:#8f2d56}.mark--line{stroke:#8a857c}text{font-family:${FONT};fill:#1d1c1a}</style>` +
        `${inner}</svg>`
      : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="#fdfcf9"/>`,
    `<rect x="0" y="0" width="${width}" height="14" fill="#1f4f8a"/>`,
    `<text x="60" y="95" font-family="${FONT}" font-size="26" fill="#5a5650">${escapeHtml(input.siteTitle)} · Chapter ${input.order}</text>`,
    `<text x="60" y="${titleTop}" font-family="${FONT}" font-size="${titleSize}" font-weight="700" fill="#1d1c1a">${tspans(titleLines, titleSize, 1.15)}</text>`,
    `<text x="60" y="${Math.round(dekTop)}" font-family="${FONT}" font-size="${dekSize}" fill="#1d1c1a">${tspans(dekLines, dekSize, 1.35)}</text>`,
    graphic,
    `<rect x="0" y="${height - 8}" width="${width}" height="8" fill="#8a857c"/>`,
    `</svg>`,
  ].join('\n');
}

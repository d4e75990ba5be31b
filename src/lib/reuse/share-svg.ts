/**
 * The share image of a chapter as SVG (1200×630), rasterised to PNG at build time by sharp. Text is
 * wrapped here, by an average glyph width, because SVG has no text wrapping. A chapter's image says
 * one thing a feed reader gets at a glance: its card's big number or quote, one sentence, and a
 * simplified chart (share-cards.ts, share-charts.ts); all text is 28 px or more and never cut.
 */
import { escapeHtml } from './html.ts';
import { drawChart, wrapWords, type ChartPalette } from './share-charts.ts';
import type { ShareCard } from './share-cards.ts';
import { SHARE_WORDS } from './share-words.ts';
import type { Locale } from '../i18n/locales.ts';
import { russianTypography } from '../i18n/typography.ts';

export interface ShareInput {
  title: string;
  dek: string;
  siteTitle: string;
  /** Chapter number in reading order, e.g. 2 → "Chapter 2"; absent for the site's own image. */
  order?: number;
  /** The chapter's card (big number or quote, sentence, simplified chart); absent for the site's image. */
  card?: ShareCard | undefined;
  /** Chart colours (light scheme); needed with a card. */
  chartPalette?: ChartPalette;
  palette: SharePalette;
  /** The edition whose words, glyph widths and typesetting the card uses; English by default. */
  locale?: Locale;
  width?: number;
  height?: number;
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

/** Where the chart goes (right column) and where the text goes (left column), under the chapter line. */
export const CHART_BOX = { x: 620, y: 130, width: 520, height: 420 } as const;
const TEXT_COLUMN = { x: 60, width: 520 } as const;
const HEADER_SIZE = 32;
const FOOTER_SIZE = 28;

/**
 * The largest size from `sizes` at which the text wraps into `width` within the lines its size leaves
 * room for. A share image never cuts a sentence: when even the smallest size fails, the build fails.
 */
export function fitText(
  text: string,
  width: number,
  sizes: readonly number[],
  linesFor: (size: number) => number,
  em: number,
): { size: number; lines: string[] } {
  for (const size of sizes) {
    const lines = wrapWords(text, width, size, em);
    const widest = Math.max(...lines.map((l) => l.length * size * em));
    if (lines.length <= linesFor(size) && widest <= width) return { size, lines };
  }
  throw new Error(
    `share image: "${text}" does not fit in ${width} px at ${sizes[sizes.length - 1]} px (fix: shorten it)`,
  );
}

const fitTextOr = (text: string, sizes: number[], linesFor: (size: number) => number, em: number) => {
  try {
    return fitText(text, TEXT_COLUMN.width, sizes, linesFor, em);
  } catch {
    return undefined;
  }
};

export function shareSvg(input: ShareInput): string {
  const width = input.width ?? 1200;
  const height = input.height ?? 630;
  const c = input.palette;
  const words = SHARE_WORDS[input.locale ?? 'en'];
  /** Glyph widths by the text's script: a Russian card may quote English words as published. */
  const emOf = (text: string) => (/\p{Script=Cyrillic}/u.test(text) ? SHARE_WORDS.ru.em : SHARE_WORDS.en.em);
  // Russian typesetting: no line starts with a dash or ends with a one-letter preposition.
  const typeset = words.locale === 'ru' ? russianTypography : (s: string) => s;
  const tspans = (x: number, lines: string[], size: number, lead: number) =>
    lines
      .map((l, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : Math.round(size * lead)}">${escapeHtml(l)}</tspan>`)
      .join('');
  const textEl = (x: number, y: number, lines: string[], size: number, fill: string, bold = false, lead = 1.25) =>
    `<text x="${x}" y="${Math.round(y)}" font-family="${FONT}" font-size="${size}"${bold ? ' font-weight="700"' : ''} fill="${fill}">${tspans(x, lines, size, lead)}</text>`;
  const body: string[] = [];
  const card = input.card;
  if (card && input.chartPalette) {
    // Chapter line across the top; then the big number or quote and its sentence left, the chart right.
    const chapter = typeset(input.order === undefined ? input.title : words.chapterLine(input.order, input.title));
    const head = fitText(chapter, 1080, [HEADER_SIZE, 30, 28], () => 1, emOf(chapter).bold);
    body.push(textEl(60, 76, head.lines, head.size, c.text, true));
    let top = 130;
    if (card.big) {
      // Two lines at most for a number or date; a quote may take three at the smallest size.
      const sizes = [150, 120, 100, 84, 72];
      const bigText = typeset(card.big);
      const em = emOf(bigText).bold;
      const big = fitTextOr(bigText, sizes, () => 2, em) ?? fitText(bigText, TEXT_COLUMN.width, [60], () => 3, em);
      body.push(textEl(TEXT_COLUMN.x, top + big.size * 0.8, big.lines, big.size, c.link, true, 1.05));
      top += big.size * (0.8 + 1.05 * (big.lines.length - 1)) + 30;
    }
    const bottom = height - 70;
    const sentenceText = typeset(card.sentence);
    const sentence = fitText(
      sentenceText,
      TEXT_COLUMN.width,
      [40, 36, 32, 30, 28],
      (size) => Math.floor((bottom - top) / (size * 1.3)),
      emOf(sentenceText).regular,
    );
    body.push(textEl(TEXT_COLUMN.x, top + sentence.size * 0.8, sentence.lines, sentence.size, c.text, false, 1.3));
    if (card.chart) body.push(drawChart(card.chart, CHART_BOX, input.chartPalette, words.em.regular));
  } else {
    const kicker = input.order === undefined ? [] : [words.kicker(input.siteTitle, input.order)];
    if (kicker.length) body.push(textEl(60, 80, kicker, FOOTER_SIZE, c.muted));
    const titleText = typeset(input.title);
    const title = fitText(titleText, 1080, [72, 64, 56, 48], () => 2, emOf(titleText).bold);
    body.push(textEl(60, 200, title.lines, title.size, c.text, true, 1.15));
    const top = 200 + title.size * 1.15 * (title.lines.length - 1) + 80;
    const dekText = typeset(input.dek);
    const dek = fitText(
      dekText,
      1080,
      [40, 36, 32, 30, 28],
      (size) => Math.floor((height - 80 - top) / (size * 1.3)),
      emOf(dekText).regular,
    );
    body.push(textEl(60, top, dek.lines, dek.size, c.text, false, 1.3));
  }
  if (card) body.push(textEl(60, height - 34, [input.siteTitle], FOOTER_SIZE, c.muted));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${c.bg}"/>`,
    `<rect x="0" y="0" width="${width}" height="14" fill="${c.link}"/>`,
    ...body,
    `<rect x="0" y="${height - 8}" width="${width}" height="8" fill="${c.rule}"/>`,
    `</svg>`,
  ].join('\n');
}

import type { GraphicSpec, Mark, PatternDef, QuoteCard } from '~/graphics/spec.ts';
import type { GraphicModule, GraphicState } from '~/graphics/shared/types.ts';
import { escapeXml, markGeometry, renderMark, renderSvg } from '~/graphics/render-svg.ts';
import { slugId } from '~/lib/content/schemas.ts';
import { encodeStates } from '~/client/scrolly/state.ts';
import { entrySteps } from '~/lib/story/entry-step.ts';
import {
  LIVE_VARIANTS,
  type LiveStates,
  type LiveVariant,
  type BuiltPayload,
  type StateAttributes,
  type StepRef,
} from '~/lib/scrolly/payload.ts';
import { closeBlankBands, visibleExtent } from './extent.ts';
import { round2 } from '~/graphics/shared/round.ts';

/**
 * Layout widths drawn at build time; viewBox scaling covers the range around each. The sticky graphic
 * has two copies and CSS shows one: under 1200 px (phones, where it sits in a box about half the screen
 * tall, and small laptops) the narrow layout, at most 1.5 times its size; from 1200 px, where the stage
 * is 720–1100 px wide, the wide one, at 1 to 1.5 times its size, so its 12 px labels never shrink. The
 * stacked figures (JS off, print, embeds, "All steps") sit in a column of 280–600 px and get the narrow one.
 */
export const WIDTHS = { narrow: 320, wide: 720 } as const;

export type { BuiltPayload, StepRef };

// Step.astro leaves this marker where the step's static figure goes; Scrolly fills it in.
const MARKER = /<template data-scrolly-figure="([^"]*)" data-step="([^"]*)"><\/template>/g;

export function stepMarker(id: string, state: number | string): string {
  return `<template data-scrolly-figure="${escapeXml(String(state))}" data-step="${escapeXml(id)}"></template>`;
}

/** Steps in order, with the state as the author wrote it (an index or a state name). */
export function parseSteps(html: string): { id: string; state: string }[] {
  return [...html.matchAll(MARKER)].map((m) => ({ id: m[2] ?? '', state: m[1] ?? '' }));
}

/**
 * Resolves and checks a section's steps; a problem fails the build with a message naming the section,
 * the step and the field.
 */
export function resolveSteps(
  sectionId: string,
  raw: { id: string; state: string }[],
  states: readonly GraphicState[],
): StepRef[] {
  const where = `scrolly section "${sectionId}"`;
  if (!slugId.safeParse(sectionId).success)
    throw new Error(`${where} › id: must be lower-case words joined by hyphens`);
  if (raw.length === 0) throw new Error(`${where} › steps: none (fix: put <Step id="…" state="…"> elements inside)`);
  const seen = new Set([sectionId]);
  return raw.map(({ id, state }) => {
    const at = `${where} › step "${id}"`;
    if (!slugId.safeParse(id).success) throw new Error(`${at} › id: must be lower-case words joined by hyphens`);
    if (seen.has(id)) throw new Error(`${at} › id: duplicate (fix: ids are permanent and unique on the page)`);
    seen.add(id);
    const index = /^\d+$/.test(state) ? Number(state) : states.findIndex((s) => s.name === state);
    if (index < 0 || index >= states.length) {
      const names = states.map((s, i) => `${i} ${s.name}`).join(', ');
      throw new Error(`${at} › state: "${state}" is not a state of this graphic (fix: one of ${names})`);
    }
    return { id, state: index };
  });
}

function stateAttributes(spec: GraphicSpec): StateAttributes {
  return Object.fromEntries(spec.marks.map((m) => [m.key, markGeometry(m)]));
}

/** Marks of every used state, in first-seen order; marks absent from the first state start invisible. */
export function unionMarks(specs: GraphicSpec[]): Mark[] {
  const byKey = new Map<string, Mark>();
  specs.forEach((spec, i) => {
    for (const m of spec.marks) if (!byKey.has(m.key)) byKey.set(m.key, i === 0 ? m : { ...m, opacity: 0 });
  });
  return [...byKey.values()];
}

/**
 * A quote card as HTML: the quote verbatim and marked as a quote, then who said it, where, when. The
 * step's own prose often quotes part of the same statement (footnoted there): the card leaves out the
 * parts the prose already quotes, so the reader never meets the same words twice in a row, and keeps
 * our one-line summary and the attribution. Quote parts are joined by " … " in the data.
 */
/** The frame's words of quote cards and step figures, per edition (Scrolly.astro passes the page's). */
export interface CardWords {
  source: string;
  original: (language: string) => string;
  graphicShows: string;
}
const LANGUAGES: Record<string, string> = { ru: 'Russian', uk: 'Ukrainian', ps: 'Pashto', fa: 'Dari' };
const ENGLISH: CardWords = {
  source: 'Source:',
  original: (lang) => `In the original ${LANGUAGES[lang] ?? lang}:`,
  graphicShows: 'The graphic shows:',
};

export function renderCard(card: QuoteCard, proseHtml = '', words: CardWords = ENGLISH): string {
  const rest = unquotedParts(card, proseHtml).join(' … ');
  const body = rest ? `<blockquote class="quote-card__quote"><p>${escapeXml(rest)}</p></blockquote>` : '';
  const summary = card.summary ? `<p class="quote-card__summary">${escapeXml(card.summary)}</p>` : '';
  return (
    `<figure class="quote-card">${body}${summary}${originalsHtml(card, words)}<figcaption class="quote-card__meta">` +
    `<span class="quote-card__speaker">${escapeXml(card.speaker)}</span>, ${escapeXml(card.channel)}, ` +
    `${escapeXml(card.date)}. <span class="quote-card__source">${words.source} ${escapeXml(card.source)}</span>` +
    `</figcaption></figure>`
  );
}

/**
 * The original-language words, after the English and labelled, in their own language (lang) and
 * with their own quotation marks: the card adds none, so «…» never becomes “«…»”.
 */
function originalsHtml(card: QuoteCard, words: CardWords): string {
  return (card.originals ?? [])
    .map(
      (o) =>
        `<p class="quote-card__original"><span class="quote-card__original-label">${escapeXml(words.original(o.lang))}` +
        `</span> <span lang="${escapeXml(o.lang)}">${escapeXml(o.text)}</span></p>`,
    )
    .join('');
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: ' ',
  ldquo: '"',
  rdquo: '"',
  lsquo: "'",
  rsquo: "'",
  hellip: '…',
};

/** Text for comparing quotes: no tags or entities, straight quotes, one space, lower case. */
export function comparable(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&([a-z]+);/gi, (m, n: string) => ENTITIES[n.toLowerCase()] ?? m)
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The parts of the card's quote that the prose does not already quote word for word (a summary card without the quote if none). */
export function unquotedParts(card: QuoteCard, proseHtml: string): string[] {
  if (!card.quote) return [];
  const prose = comparable(proseHtml);
  return card.quote.split(' … ').filter((part) => {
    const words = comparable(part).replace(/^[\s.…,;:]+|[\s.…,;:]+$/g, '');
    return words.length === 0 || !prose.includes(words);
  });
}

export interface StateFigure {
  /** The state's compact layout with its blank bands closed: sized to its own state. */
  spec: GraphicSpec;
  /** The vertical band of `spec` the figure shows (its marks, padded). */
  band: { y: number; height: number };
  /** How many marks a keyboard can reach (labelled and focusable). */
  focusable: number;
  /** What the sticky graphic shows in this state (read in its place, since it is aria-hidden). */
  liveDescription: string;
}

/**
 * How the narrow sticky copy fits half a phone screen, by its proportions: 'short' ones fit, 'tall'
 * ones get a taller stage, and 'none' would be too small to read there, so phones keep the section's
 * stacked figures (scrolly.css).
 */
export type PhoneFit = 'short' | 'tall' | 'none';

export function phoneFit(specs: readonly GraphicSpec[]): PhoneFit {
  const ratio = Math.max(...specs.map((s) => s.height / s.width));
  return ratio <= 0.8 ? 'short' : ratio <= 1.3 ? 'tall' : 'none';
}

export interface BuiltSection {
  phoneFit: PhoneFit;
  /**
   * The sticky graphic's copies as served: each an empty <svg> at its drawing's viewBox. Their marks
   * (every mark any used state has, in the first step's state) are in `payload.live`, fetched.
   */
  live: Record<LiveVariant, string>;
  payload: BuiltPayload;
  /** Every pattern the section's states use, once each; the page draws them once. */
  defs: PatternDef[];
  className: string;
  /** Static figure spec per state, for the inline / all-steps view (the graphic's compact layout if it has one). */
  figures: Map<number, StateFigure>;
  /**
   * The one step whose static figure carries focusable, labelled marks: the first step whose state
   * has the most (all 23 deaths before they fold into bars; every measure once the sanctions are
   * built up; the timeline's overview where the section has one). Its figure's file has them, and the
   * client draws it inline (fillFigures); other figures are single images without tab stops (their
   * marks' details are in that figure and in the data table), so a keyboard reader tabs through the
   * marks once per section.
   */
  focusStep: string | undefined;
}

const focusableCount = (spec: GraphicSpec) =>
  spec.marks.filter((m) => m.focusable && m.label && m.kind !== 'text').length;

export function buildSection<D>(graphic: GraphicModule<D>, data: D, sectionId: string, steps: StepRef[]): BuiltSection {
  // Used states in step order: the order the reader meets them, so each change is from the state before.
  const used = [...new Set(steps.map((s) => s.state))];
  if (!used.length) throw new Error(`scrolly section "${sectionId}": no steps`);
  const className = `graphic graphic-${graphic.name}`;
  const layouts = Object.fromEntries(
    LIVE_VARIANTS.map((v) => [v, new Map(used.map((k) => [k, graphic.layout(data, WIDTHS[v], k)]))]),
  ) as Record<LiveVariant, Map<number, GraphicSpec>>;
  const wide = layouts.wide;
  const inline = graphic.inlineLayout ?? graphic.layout;
  const narrow = new Map(used.map((k) => [k, inline(data, WIDTHS.narrow, k)]));
  const defs = new Map<string, PatternDef>();
  for (const spec of [...LIVE_VARIANTS.flatMap((v) => [...layouts[v].values()]), ...narrow.values()])
    for (const d of spec.defs ?? []) defs.set(d.id, d);
  const live = {} as Record<LiveVariant, string>;
  const encoded = {} as LiveStates;
  for (const v of LIVE_VARIANTS) {
    const specs = used.map((k) => layouts[v].get(k) as GraphicSpec);
    const first = specs[0] as GraphicSpec;
    const marks = unionMarks(specs);
    // The page gets the copy's empty <svg>, which keeps its box; its marks come with the states.
    live[v] = renderSvg(
      { ...first, marks: [] },
      {
        idPrefix: `${sectionId}-live-${v}`,
        interactive: false,
        className: `${className} graphic--${v}`,
        includeDefs: false,
      },
    );
    encoded[v] = {
      ...encodeStates(
        Object.fromEntries(marks.map((m) => [m.key, markGeometry(m)])),
        used,
        new Map(used.map((k, i) => [k, stateAttributes(specs[i] as GraphicSpec)])),
      ),
      marks: marks.map((m) => renderMark(m, false, true)).join(''),
    };
  }
  const payload: BuiltPayload = {
    steps,
    titles: Object.fromEntries(used.map((k) => [k, wide.get(k)?.title ?? ''])),
    live: encoded,
    entries: entrySteps(steps, Object.fromEntries(used.map((k) => [k, stateAttributes(wide.get(k) as GraphicSpec)]))),
  };
  const figures = new Map(
    used.map((k) => {
      // Sized to its own state: no empty bands kept for marks that other states have.
      const spec = closeBlankBands(narrow.get(k) as GraphicSpec);
      const band = visibleExtent(spec);
      return [
        k,
        {
          spec,
          band,
          focusable: focusableCount(spec),
          liveDescription: wide.get(k)?.description ?? spec.description,
        },
      ];
    }),
  );
  return {
    phoneFit: phoneFit([...layouts.narrow.values()]),
    live,
    payload,
    defs: [...defs.values()],
    className,
    figures,
    focusStep: mostFocusable(steps, figures),
  };
}

function mostFocusable(steps: StepRef[], figures: Map<number, StateFigure>): string | undefined {
  let best: StepRef | undefined;
  for (const s of steps) {
    const n = figures.get(s.state)?.focusable ?? 0;
    if (n > 0 && n > (best ? (figures.get(best.state)?.focusable ?? 0) : 0)) best = s;
  }
  return best?.id;
}

/**
 * Stacked figures are drawn as their own SVG files (figure-file.ts): `css` is what a file needs to look
 * as it does on the page, `emit` registers a file and returns its URL.
 */
export interface FigureFiles {
  css: string;
  emit: (stem: string, svg: string) => string;
  /**
   * The section is unrolled for good (an embed): its first figure sits near the top of the frame and is
   * often its largest paint, so it is fetched at once and first, not lazily (Lighthouse uncompressed,
   * /ru/embed/known-and-disputed/: LCP 1.43 s in four runs of four, against 1.33-1.80 s lazily).
   */
  firstAtOnce?: boolean;
}

/**
 * Puts each step's quote card (if its state has one), static figure and the sentence saying what the
 * figure shows where Step left its marker. The card stays visible in every layout: it is text.
 * Every figure is an <img> of its own file, sized by its width and height attributes. The focus
 * figure also names a drawing with the section's labelled, focusable marks (data-labelled-marks, its
 * URL): details.ts puts that drawing inline in place of the image when it starts, so the marks can be
 * tabbed to and the other drawings find their twins; without scripts no details card could show,
 * and the data table has every mark's details.
 */
export function fillFigures(
  html: string,
  built: BuiltSection,
  steps: StepRef[],
  files: FigureFiles,
  words: CardWords = ENGLISH,
): string {
  let i = 0;
  let from = 0;
  let previous = '';
  let drawn = 0;
  return html.replace(MARKER, (marker: string, _state: string, _id: string, at: number) => {
    const prose = html.slice(from, at);
    from = at + marker.length;
    const step = steps[i++];
    const figure = step && built.figures.get(step.state);
    if (!step || !figure) return '';
    const { spec, band } = figure;
    // A step whose figure would look the same as the one just above it gets none: the reader has it.
    const looks = renderSvg(spec, { idPrefix: '', interactive: false, band });
    const focus = step.id === built.focusStep;
    const repeat = looks === previous && !focus;
    previous = looks;
    const card = spec.card ? renderCard(spec.card, prose, words) : '';
    const alt = `<p class="scrolly-step__alt sr-only">${words.graphicShows} ${escapeXml(figure.liveDescription)}</p>`;
    if (repeat) return card + alt;
    const svg = renderSvg(spec, {
      idPrefix: 'figure',
      className: built.className,
      labelMarks: false,
      band,
      standalone: { css: files.css },
    });
    const src = files.emit(`figure-${step.id}`, svg);
    const when = files.firstAtOnce && drawn++ === 0 ? 'fetchpriority="high"' : 'loading="lazy"';
    const img =
      `<img src="${escapeXml(src)}" alt="${escapeXml(`${spec.title}. ${spec.description}`)}" ` +
      `width="${round2(spec.width)}" height="${round2(band.height)}" ${when} decoding="async">`;
    // The focus figure's labelled drawing is a file of its own, for the page (no styles or patterns of
    // its own; ids that carry the step's id): its image, often the first thing on an embed's screen,
    // stays as light as the others, where the labels made it twice as heavy and the largest paint waited.
    const labelled = focus
      ? ` data-labelled-marks="${escapeXml(
          files.emit(
            `marks-${step.id}`,
            renderSvg(spec, { idPrefix: `${step.id}-figure`, className: built.className, band, includeDefs: false }),
          ),
        )}"`
      : '';
    return card + alt + `<figure class="scrolly-step__figure scrolly-step__figure--file"${labelled}>${img}</figure>`;
  });
}

/** JSON that is safe inside <script type="application/json"> (no "</script>", no "<!--"). */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

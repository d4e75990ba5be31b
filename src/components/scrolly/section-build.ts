import type { GraphicSpec, Mark, PatternDef, QuoteCard } from '~/graphics/spec.ts';
import type { GraphicModule, GraphicState } from '~/graphics/shared/types.ts';
import { escapeXml, markGeometry, renderSvg } from '~/graphics/render-svg.ts';
import { slugId } from '~/lib/content/schemas.ts';
import type { StateAttributes } from '~/client/scrolly/state.ts';

/**
 * Layout widths drawn at build time. The sticky slot (≥ 900 px screens) is at most 40 rem wide, so it
 * gets the wide layout; the inline figures (phones, the all-steps view, embeds) sit in a column of
 * 280–600 px, so they get the narrow one. viewBox scaling covers the range in between.
 */
export const WIDTHS = { narrow: 320, wide: 640 } as const;

export interface StepRef {
  id: string;
  state: number;
}

/** Data attached to the page for the client: step → state, and each used state as attributes by key. */
export interface ScrollyPayload {
  steps: StepRef[];
  titles: Record<number, string>;
  states: Record<number, StateAttributes>;
}

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
export function renderCard(card: QuoteCard, proseHtml = ''): string {
  const rest = unquotedParts(card, proseHtml).join(' … ');
  const body = rest ? `<blockquote class="quote-card__quote"><p>${escapeXml(rest)}</p></blockquote>` : '';
  const summary = card.summary ? `<p class="quote-card__summary">${escapeXml(card.summary)}</p>` : '';
  return (
    `<figure class="quote-card">${body}${summary}${originalsHtml(card)}<figcaption class="quote-card__meta">` +
    `<span class="quote-card__speaker">${escapeXml(card.speaker)}</span>, ${escapeXml(card.channel)}, ` +
    `${escapeXml(card.date)}. <span class="quote-card__source">Source: ${escapeXml(card.source)}</span>` +
    `</figcaption></figure>`
  );
}

const LANGUAGES: Record<string, string> = { ru: 'Russian', uk: 'Ukrainian', ps: 'Pashto', fa: 'Dari' };

/**
 * The original-language words, after the English and labelled, in their own language (lang) and
 * with their own quotation marks: the card adds none, so «…» never becomes “«…»”.
 */
function originalsHtml(card: QuoteCard): string {
  return (card.originals ?? [])
    .map(
      (o) =>
        `<p class="quote-card__original"><span class="quote-card__original-label">In the original ` +
        `${escapeXml(LANGUAGES[o.lang] ?? o.lang)}:</span> <span lang="${escapeXml(o.lang)}">${escapeXml(o.text)}</span></p>`,
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
  spec: GraphicSpec;
  /** How many marks a keyboard can reach (labelled and focusable). */
  focusable: number;
  /** What the sticky graphic shows in this state (read in its place, since it is aria-hidden). */
  liveDescription: string;
}

export interface BuiltSection {
  liveSvg: string;
  payload: ScrollyPayload;
  /** Every pattern the section's states use, once each; the page draws them once. */
  defs: PatternDef[];
  className: string;
  /** Static figure spec per state, for the inline / all-steps view (the graphic's compact layout if it has one). */
  figures: Map<number, StateFigure>;
  /**
   * The one step whose static figure carries focusable, labelled marks: the first step whose state
   * has the most (all 23 deaths before they fold into bars; every measure once the sanctions are
   * built up; the timeline's overview where the section has one). Other figures are single images without tab stops (their marks' details are in that
   * figure and in the data table), so a keyboard reader tabs through the marks once per section.
   */
  focusStep: string | undefined;
}

const focusableCount = (spec: GraphicSpec) =>
  spec.marks.filter((m) => m.focusable && m.label && m.kind !== 'text').length;

export function buildSection<D>(graphic: GraphicModule<D>, data: D, sectionId: string, steps: StepRef[]): BuiltSection {
  const used = [...new Set(steps.map((s) => s.state))];
  const wide = new Map(used.map((k) => [k, graphic.layout(data, WIDTHS.wide, k)]));
  const inline = graphic.inlineLayout ?? graphic.layout;
  const narrow = new Map(used.map((k) => [k, inline(data, WIDTHS.narrow, k)]));
  const first = wide.get(steps[0]?.state ?? 0);
  if (!first) throw new Error(`scrolly section "${sectionId}": no steps`);
  const className = `graphic graphic-${graphic.name}`;
  const ordered = [first, ...used.map((k) => wide.get(k)).filter((s): s is GraphicSpec => !!s && s !== first)];
  const live: GraphicSpec = { ...first, marks: unionMarks(ordered) };
  const defs = new Map<string, PatternDef>();
  for (const spec of [...wide.values(), ...narrow.values()]) for (const d of spec.defs ?? []) defs.set(d.id, d);
  const payload: ScrollyPayload = {
    steps,
    titles: Object.fromEntries(used.map((k) => [k, wide.get(k)?.title ?? ''])),
    states: Object.fromEntries(used.map((k) => [k, stateAttributes(wide.get(k) as GraphicSpec)])),
  };
  const figures = new Map(
    used.map((k) => {
      const spec = narrow.get(k) as GraphicSpec;
      return [
        k,
        { spec, focusable: focusableCount(spec), liveDescription: wide.get(k)?.description ?? spec.description },
      ];
    }),
  );
  return {
    liveSvg: renderSvg(live, { idPrefix: `${sectionId}-live`, interactive: false, className, includeDefs: false }),
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
 * Puts each step's quote card (if its state has one), static figure and the sentence saying what the
 * figure shows where Step left its marker. The card stays visible in every layout: it is text.
 */
export function fillFigures(html: string, built: BuiltSection, steps: StepRef[]): string {
  let i = 0;
  let from = 0;
  return html.replace(MARKER, (marker: string, _state: string, _id: string, at: number) => {
    const prose = html.slice(from, at);
    from = at + marker.length;
    const step = steps[i++];
    const figure = step && built.figures.get(step.state);
    if (!step || !figure) return '';
    const { spec } = figure;
    const svg = renderSvg(spec, {
      idPrefix: `${step.id}-figure`,
      className: built.className,
      includeDefs: false,
      labelMarks: step.id === built.focusStep,
    });
    return (
      (spec.card ? renderCard(spec.card, prose) : '') +
      `<p class="scrolly-step__alt sr-only">The graphic shows: ${escapeXml(figure.liveDescription)}</p>` +
      `<figure class="scrolly-step__figure">${svg}</figure>`
    );
  });
}

/** JSON that is safe inside <script type="application/json"> (no "</script>", no "<!--"). */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

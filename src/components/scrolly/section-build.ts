import type { GraphicModule, GraphicSpec, Mark } from '~/graphics/spec.ts';
import { escapeXml, markGeometry, renderSvg } from '~/graphics/render-svg.ts';
import { slugId } from '~/lib/content/schemas.ts';
import type { StateAttributes } from '~/scripts/scrolly/state.ts';

/**
 * Layout widths drawn at build time. The sticky slot (≥ 900 px screens) is 26–40 rem wide, so it
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
const MARKER = /<template data-scrolly-figure="(-?\d+)" data-step="([^"]*)"><\/template>/g;

export function stepMarker(id: string, state: number): string {
  return `<template data-scrolly-figure="${state}" data-step="${id}"></template>`;
}

export function parseSteps(html: string): StepRef[] {
  return [...html.matchAll(MARKER)].map((m) => ({ id: m[2] ?? '', state: Number(m[1]) }));
}

export function validateSteps(sectionId: string, steps: StepRef[], stateCount: number, seen = new Set<string>()): void {
  const where = `scrolly section "${sectionId}"`;
  if (!slugId.safeParse(sectionId).success)
    throw new Error(`${where} › id: must be lower-case words joined by hyphens`);
  if (steps.length === 0) throw new Error(`${where} › steps: none (fix: put <Step id="…" state={0}> elements inside)`);
  seen.add(sectionId);
  for (const s of steps) {
    if (!slugId.safeParse(s.id).success)
      throw new Error(`${where} › step "${s.id}" › id: must be lower-case words joined by hyphens`);
    if (seen.has(s.id))
      throw new Error(`${where} › step "${s.id}" › id: duplicate (fix: ids are permanent and unique on the page)`);
    seen.add(s.id);
    if (!Number.isInteger(s.state) || s.state < 0 || s.state >= stateCount) {
      throw new Error(`${where} › step "${s.id}" › state: ${s.state} is not in 0…${stateCount - 1}`);
    }
  }
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

export interface BuiltSection {
  liveSvg: string;
  payload: ScrollyPayload;
  /** Static figure markup and description per state, for the inline / all-steps view. */
  figures: Map<number, { svg: (idPrefix: string) => string; description: string }>;
}

export function buildSection<D>(graphic: GraphicModule<D>, data: D, sectionId: string, steps: StepRef[]): BuiltSection {
  const used = [...new Set(steps.map((s) => s.state))];
  const wide = new Map(used.map((k) => [k, graphic.layout(data, WIDTHS.wide, k)]));
  const narrow = new Map(used.map((k) => [k, graphic.layout(data, WIDTHS.narrow, k)]));
  const first = wide.get(steps[0]?.state ?? 0);
  if (!first) throw new Error(`scrolly section "${sectionId}": no steps`);
  const ordered = [first, ...used.map((k) => wide.get(k)).filter((s): s is GraphicSpec => !!s && s !== first)];
  const live: GraphicSpec = { ...first, marks: unionMarks(ordered) };
  const payload: ScrollyPayload = {
    steps,
    titles: Object.fromEntries(used.map((k) => [k, wide.get(k)?.title ?? ''])),
    states: Object.fromEntries(used.map((k) => [k, stateAttributes(wide.get(k) as GraphicSpec)])),
  };
  const figures = new Map(
    used.map((k) => {
      const spec = narrow.get(k) as GraphicSpec;
      return [k, { svg: (idPrefix: string) => renderSvg(spec, { idPrefix }), description: spec.description }];
    }),
  );
  return { liveSvg: renderSvg(live, { idPrefix: `${sectionId}-live`, interactive: false }), payload, figures };
}

/** JSON that is safe inside <script type="application/json"> (no "</script>", no "<!--"). */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** Puts each step's static figure (and the sentence saying what it shows) where Step left its marker. */
export function fillFigures(html: string, built: BuiltSection): string {
  return html.replace(MARKER, (_match, state: string, id: string) => {
    const figure = built.figures.get(Number(state));
    if (!figure) return '';
    return (
      `<p class="scrolly-step__alt sr-only">The graphic shows: ${escapeXml(figure.description)}</p>` +
      `<figure class="scrolly-step__figure">${figure.svg(`${id}-figure`)}</figure>`
    );
  });
}

import type { GraphicSpec } from '../spec.ts';

/** One state of a graphic: a permanent kebab-case name and what a reader sees in it. */
export interface GraphicState {
  name: string;
  /** One sentence, without counts (counts live in the spec's description, computed from data). */
  description: string;
}

/** A data table shown beside the chart (and used for downloads). */
export interface DataTable {
  caption: string;
  header: string[];
  rows: string[][];
  /**
   * The permanent id of the entry each row stands for (a statement, death or proposal id): rows
   * become link targets, so a journalist can point at one statement.
   */
  rowIds?: string[];
}

export interface GraphicModule<D> {
  name: string;
  states: readonly GraphicState[];
  /** Every state for this data (a graphic with one state per entry lists them here). */
  statesFor: (data: D) => readonly GraphicState[];
  layout: (data: D, width: number, stateIndex: number) => GraphicSpec;
  /**
   * Optional compact layout for the per-step figures of the unrolled view (phones, "All steps",
   * embeds): the same state, drawn smaller where the step's text already carries the detail.
   */
  inlineLayout?: (data: D, width: number, stateIndex: number) => GraphicSpec;
  /**
   * Optional: the data a section shows when its `<Scrolly filter="…">` narrows the graphic to one
   * chapter's subject (the statements timeline keeps the named actor groups). Throws on a bad filter.
   * Returns data of the same shape; typed `unknown` so a registry of modules stays assignable.
   */
  filter?: (data: D, filter: string) => unknown;
  tableRows: (data: D) => DataTable[];
  description: string;
  /** Optional: the description in the data's edition (data built for the Russian edition describes itself in Russian). */
  descriptionFor?: (data: D) => string;
  sourceLine: (data: D) => string;
}

export const MIN_WIDTH = 320;
export const MAX_WIDTH = 1440;

/** Widths outside the supported range are laid out at the nearest supported width. */
export function clampWidth(width: number): number {
  return Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width)));
}

/** A deep link or fast scroll may ask for any index: clamp it so every index lands on a real state. */
export function clampState(stateIndex: number, count: number): number {
  if (!Number.isFinite(stateIndex)) return 0;
  return Math.min(count - 1, Math.max(0, Math.floor(stateIndex)));
}

/** A graphic whose states do not depend on its data: `statesFor` is its fixed list. */
export function fixedStateGraphic<D>(module: Omit<GraphicModule<D>, 'statesFor'>): GraphicModule<D> {
  return { ...module, statesFor: () => module.states };
}

/** Width, type size and line height shared by the text-heavy graphics: 13 px from 600 px up, else 12 px. */
export function chartMetrics(width: number): { w: number; wide: boolean; fs: number; lh: number } {
  const w = clampWidth(width);
  const wide = w >= 600;
  const fs = wide ? 13 : 12;
  return { w, wide, fs, lh: Math.ceil(fs * 1.3) };
}

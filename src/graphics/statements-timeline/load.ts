import type { Content } from '../../lib/content/content.ts';
import type { StatementsData } from './types.ts';

/** The timeline covers 26 June 2020 onwards; the 10–11 June "prelude" belongs to the sanctions chapter. */
export const load = (content: Content): StatementsData => ({
  statements: content.statements.filter((s) => s.phase !== 'prelude'),
  sources: content.sources.map((s) => ({ ...s, title: s.title ?? s.description ?? s.publisher })),
});

/** The downloads (/data/<name>.csv and .json) that hold this graphic's data. */
export const datasets = ['statements'] as const;

import type { Locale } from '../../lib/i18n/locales.ts';
import type { GraphicState } from '../shared/types.ts';
import { WORDS, words } from './words.ts';
import type { Toll2019Data } from './types.ts';

/** Permanent state names (steps and deep links use them); what each shows is in words.ts. */
const NAMES = ['all-deaths', 'killed-in-combat', 'pentagon-hostile', 'bagram-attack', 'annual-context'] as const;

const statesIn = (locale: Locale): readonly GraphicState[] =>
  NAMES.map((name, i) => ({ name, description: WORDS[locale].stateDescriptions[i] ?? '' }));

/** The states with English descriptions (the module's fixed list). */
export const states: readonly GraphicState[] = statesIn('en');

/** The states with descriptions in the data's edition; the names never change. */
export const statesFor = (data: Toll2019Data): readonly GraphicState[] => statesIn(words(data).locale);

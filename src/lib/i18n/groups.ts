import type { Locale } from './locales.ts';

/** The actor groups of the statements, as the timeline's lanes and the share cards name them. */
export const ACTOR_GROUP_NAMES: Record<Locale, Record<string, string>> = {
  en: {
    'us-press': 'US press',
    'us-government': 'US government',
    'russian-government': 'Russian government',
    taliban: 'Taliban',
    uk: 'UK',
  },
  ru: {
    'us-press': 'Пресса США',
    'us-government': 'Правительство США',
    'russian-government': 'Правительство России',
    taliban: '«Талибан»',
    uk: 'Великобритания',
  },
};

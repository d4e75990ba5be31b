import { WORDS } from './words.ts';

/** English names a reader sees for each kind of measure and each outcome (every edition's: words.ts). */
export const KIND_LABELS = WORDS.en.kinds;

export const STATUS_LABELS = WORDS.en.statuses;

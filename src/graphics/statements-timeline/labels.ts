import type { ActorGroup, Channel } from './types.ts';
import { WORDS } from './words.ts';

/** The English edition's lane and channel names (each edition's live in words.ts). */
export const GROUP_LABELS: Record<ActorGroup, string> = WORDS.en.groups;

export const CHANNEL_LABELS: Record<Channel, string> = WORDS.en.channels;

import type { ActorGroup, Channel } from './types.ts';

export const GROUP_LABELS: Record<ActorGroup, string> = {
  'us-press': 'US press',
  'us-government': 'US government',
  'russian-government': 'Russian government',
  taliban: 'Taliban',
  uk: 'UK',
};

export const CHANNEL_LABELS: Record<Channel, string> = {
  newspaper: 'Newspaper',
  twitter: 'Twitter',
  'press-briefing': 'Press briefing',
  'tv-interview': 'TV interview',
  'written-statement': 'Written statement',
  letter: 'Letter',
  hearing: 'Hearing',
  'news-agency': 'News agency',
  facebook: 'Facebook',
  remarks: 'Remarks',
};

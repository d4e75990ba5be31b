import type { GraphicState } from '../shared/types.ts';

export const states: readonly GraphicState[] = [
  {
    name: 'all-deaths',
    description:
      'Each mark is one US service member who died in Afghanistan in 2019, placed on the day of death; deaths on the same day stack, and deaths whose date was not released sit in their own bin.',
  },
  {
    name: 'killed-in-combat',
    description:
      'Filled marks are the deaths The New York Times and AP counted as killed in combat; hollow marks are the deaths they did not count as combat deaths.',
  },
  {
    name: 'pentagon-hostile',
    description:
      "Marks show the Pentagon's hostile classification: filled marks are hostile in the release wording, hollow marks are not, and a dashed ring marks the open case where one of two deaths is counted otherwise.",
  },
  {
    name: 'bagram-attack',
    description:
      'The car bombing of 8 April 2019 near Bagram Airfield, which reporting in 2020 named as a focus of the bounty intelligence, is highlighted.',
  },
  {
    name: 'annual-context',
    description:
      'The 2019 marks fold into one bar among the annual US military deaths in Afghanistan since 2001; hatched bars come from a secondary source.',
  },
];

import { z } from 'astro/zod';
import { slugId, text } from './schema-fields.ts';

/** The columns of deaths-2019.csv whose words the Russian edition shows in Russian (besides the name). */
export const DEATH_TERM_FIELDS = ['rank', 'branch', 'unit', 'place', 'province', 'cause'] as const;
export type DeathTermField = (typeof DEATH_TERM_FIELDS)[number];

/** English text of a cell, exactly as the CSV has it → its Russian. */
const terms = z.record(z.string().min(1, 'must not be empty'), text);

/** A named person's name as the Russian chapter writes it; `latin` is the Pentagon's spelling where it differs from the row's. */
export const russianNameSchema = z.union([text, z.strictObject({ ru: text, latin: text })], {
  error: 'must be the name in Russian, or ru: (the name in Russian) and latin: (the Pentagon’s spelling)',
});
export type RussianName = z.infer<typeof russianNameSchema>;

/**
 * content/data/deaths-2019-ru.yaml: the Russian edition's words for the rows of deaths-2019.csv, a
 * glossary per translated column and each named person's Russian name by row id (deathId in load.ts).
 */
export const deaths2019RuSchema = z.strictObject({
  rank: terms,
  branch: terms,
  unit: terms,
  place: terms,
  province: terms,
  cause: terms,
  names: z.record(slugId, russianNameSchema, {
    error: (issue) =>
      issue.code === 'invalid_key'
        ? 'is not a row id: the date and the name in lower-case words joined by hyphens (2019-04-08-benjamin-s-hines)'
        : undefined,
  }),
});
export type Deaths2019Ru = z.infer<typeof deaths2019RuSchema>;

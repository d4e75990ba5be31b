import { z } from 'astro/zod';
import { capped, dayDate, idList, label, researchUrl, slugId, text } from './schema-fields.ts';

const yesNo = z.enum(['yes', 'no'], { error: 'must be "yes" or "no"' });
// CSV cells arrive as text; the Astro collection re-validates already-parsed rows, so numbers are accepted too.
const wholeNumber = z.preprocess(
  (v) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v),
  z.number({ error: 'must be a whole number' }).int(),
);
// An empty cell is "not given": undefined, so the JSON download leaves the key out and the graphic tests `=== undefined`.
const optionalInt = z.preprocess((v) => (v === '' || v === null ? undefined : v), wholeNumber.optional());
/** A death's date: a real day, or the research's free-text range for a death whose date was not released. */
const deathDate = z.union([dayDate, z.string().regex(/^\d{4} \(.+\)$/)], {
  error: 'must be a real date written YYYY-MM-DD (or "YYYY (between …)" when the day was not released)',
});

/** One row of deaths-2019.csv, every column kept as the research file has it. */
export const death2019RowSchema = z.strictObject({
  date: deathDate,
  name: label,
  rank: z.string(),
  branch: z.string(),
  age: optionalInt,
  hometown: z.string(),
  unit: z.string(),
  place: z.string(),
  province: z.string(),
  hostile: yesNo,
  cause: text,
  source_url: researchUrl,
  source_title: capped(300, 'a title'),
  verified: yesNo,
  counted_in_nyt_ap_20_combat: yesNo,
  notes: z.string(),
});
/** The one shape of a 2019 death: the row, its permanent id (deathId in load.ts), its line and its source ids. */
export const deathSchema = death2019RowSchema.extend({ id: slugId, row: z.number().int(), sources: idList.min(1) });
export type Death = z.infer<typeof deathSchema>;

export const annualRowSchema = z.strictObject({
  year: wholeNumber.refine((y) => y >= 1900 && y <= 2100, 'must be a four-digit year'),
  total: wholeNumber,
  hostile: optionalInt,
  non_hostile: optionalInt,
  source_url: researchUrl,
  source_title: capped(300, 'a title'),
  verified: yesNo,
  notes: z.string(),
});
export const annualSchema = annualRowSchema.extend({ id: slugId, row: z.number().int(), sources: idList.min(1) });
export type AnnualDeaths = z.infer<typeof annualSchema>;

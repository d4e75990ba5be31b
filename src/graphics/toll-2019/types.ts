/**
 * Input of the toll-2019 graphic. Field names are the CSV columns of content/data/deaths-2019.csv and
 * content/data/deaths-annual.csv (verbatim copies of the research CSVs, see content/README.md).
 */
export type YesNo = 'yes' | 'no';

/** One row of deaths-2019.csv, plus the stable id the content schema derives. */
export interface Death2019 {
  /** "2019-04-08-christopher-k-a-slutman", or "unidentified-<n>" for rows without a released name. */
  id: string;
  /** ISO day, or a free-text range such as "2019 (between Jan 1 and Jun 25)" when not released. */
  date: string;
  name: string;
  rank: string;
  branch: string;
  age: string;
  hometown: string;
  unit: string;
  place: string;
  province: string;
  /** Pentagon release wording ("yes" = hostile); see troop-deaths-notes.md for the open case. */
  hostile: YesNo;
  cause: string;
  source_url: string;
  source_title: string;
  verified: string;
  /** Whether the death is among the NYT/AP "20 killed in combat". */
  counted_in_nyt_ap_20_combat: YesNo;
  notes: string;
}

/** One row of deaths-annual.csv; empty cells become undefined. */
export interface AnnualDeaths {
  year: number;
  total: number;
  hostile?: number;
  non_hostile?: number;
  source_url: string;
  source_title: string;
  /** "no" marks the secondary-source years (2001–2018). */
  verified: string;
  notes?: string;
}

export interface Toll2019Data {
  deaths: Death2019[];
  annual: AnnualDeaths[];
}

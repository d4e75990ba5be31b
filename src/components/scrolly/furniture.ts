import { escapeXml } from '~/graphics/render-svg.ts';
import { GRAPHIC_FOLDERS, type GraphicName } from '~/graphics/registry.ts';
import type { DataTable } from '~/graphics/shared/types.ts';
import type { DatasetName } from '~/lib/content/datasets.ts';

/** The downloads (/data/<name>.csv and .json) that hold each graphic's data: each folder's load.ts. */
export const GRAPHIC_DATASETS: Record<GraphicName, readonly DatasetName[]> = Object.fromEntries(
  Object.entries(GRAPHIC_FOLDERS).map(([name, f]) => [name, f.datasets]),
);

export interface FurnitureInput {
  /** The scrolly section's id; the block's permanent id is `<sectionId>-data`. */
  sectionId: string;
  description: string;
  sourceLine: string;
  tables: readonly DataTable[];
  /** Dataset names with their base-aware paths without extension (e.g. "/data/statements"). */
  downloads: readonly { name: string; path: string }[];
}

export const furnitureId = (sectionId: string): string => `${sectionId}-data`;

function tableHtml(table: DataTable, id: string): string {
  const head = table.header.map((h) => `<th scope="col">${escapeXml(h)}</th>`).join('');
  const rows = table.rows
    .map(([first = '', ...rest], i) => {
      const rowId = table.rowIds?.[i];
      const attrs = rowId ? ` id="${escapeXml(rowId)}" data-public-id` : '';
      return `<tr${attrs}><th scope="row">${escapeXml(first)}</th>${rest.map((c) => `<td>${escapeXml(c)}</td>`).join('')}</tr>`;
    })
    .join('');
  // The scroll box takes focus (and names itself by the caption) so keyboard readers can scroll wide tables.
  return (
    `<div class="graphic-data__scroll" role="region" tabindex="0" aria-labelledby="${id}">` +
    `<table><caption id="${id}">${escapeXml(table.caption)}</caption><thead><tr>${head}</tr></thead>` +
    `<tbody>${rows}</tbody></table></div>`
  );
}

/**
 * The figure-level block after a graphic: what it shows in one sentence, where the data comes from,
 * the downloads, and the data as real tables inside a closed <details>, so the tables do not lengthen
 * the reading flow (print opens them). It carries a permanent id so journalists can link to it.
 */
/** The block's own words, per edition (Scrolly.astro passes the page's; English by default). */
export interface FurnitureWords {
  linkToData: string;
  download: string;
  showTable: string;
}
const ENGLISH: FurnitureWords = {
  linkToData: 'Link to the data of this graphic',
  download: 'Download the data:',
  showTable: 'Show the data as a table',
};

export function furnitureHtml(input: FurnitureInput, words: FurnitureWords = ENGLISH): string {
  const id = furnitureId(input.sectionId);
  const downloads = input.downloads
    .map(
      (d) =>
        `<a href="${escapeXml(d.path)}.csv" download>${escapeXml(d.name)}.csv</a> ` +
        `(<a href="${escapeXml(d.path)}.json" download>JSON</a>)`,
    )
    .join(', ');
  const tables = input.tables.map((t, i) => tableHtml(t, `${id}-table-${i + 1}`)).join('');
  return (
    `<figure class="graphic-data" id="${id}" aria-labelledby="${id}-caption">` +
    `<figcaption class="graphic-data__caption" id="${id}-caption">${escapeXml(input.description)} ` +
    `<a class="permalink" href="#${id}" data-copy-link>#<span class="sr-only"> ${words.linkToData}</span></a>` +
    `</figcaption>` +
    `<p class="graphic-data__source">${escapeXml(input.sourceLine)}</p>` +
    `<p class="graphic-data__downloads">${words.download} ${downloads}.</p>` +
    `<details class="graphic-data__tables"><summary>${words.showTable}</summary>${tables}</details>` +
    `</figure>`
  );
}

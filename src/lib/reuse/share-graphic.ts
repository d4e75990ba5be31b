/**
 * The share images' data: each chapter's card (share-cards.ts) from the validated content, and the
 * light-scheme colours from tokens.css, so a fact or colour changed there changes the image too.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { getContent } from '~/lib/content/content.ts';
import { SITE } from '~/lib/site.ts';
import type { Locale } from '~/lib/i18n/locales.ts';
import { uiText } from '~/lib/i18n/ui.ts';
import { SHARE_SIZE } from './chapter-reuse.ts';
import { GROUP_NAMES, shareCard, type ShareCard, type ShareFacts } from './share-cards.ts';
import type { ChartPalette } from './share-charts.ts';
import { shareSvg, type SharePalette } from './share-svg.ts';
import { lightTokens, resolveVars } from './share-style.ts';

const TOKENS_FILE = 'src/styles/tokens.css';
/** The Republican Study Committee's report, the prelude of the sanctions chapter. */
const PROPOSAL_ID = '2020-06-10-republican-study-committee';

function token(name: string): string {
  const tokens = lightTokens(readFileSync(resolve(TOKENS_FILE), 'utf8'));
  return resolveVars(`var(--${name})`, tokens, TOKENS_FILE);
}

/** The share image frame's colours: the page's light scheme. */
export function sharePalette(): SharePalette {
  return { bg: token('bg'), text: token('text'), muted: token('muted'), rule: token('rule'), link: token('link') };
}

export function chartPalette(): ChartPalette {
  return {
    ...sharePalette(),
    combat: token('c-combat'),
    noncombat: token('c-noncombat'),
    highlight: token('c-highlight'),
    neutral: token('c-neutral'),
    groups: Object.fromEntries(Object.keys(GROUP_NAMES).map((g) => [g, token(`c-${g}`)])),
  };
}

let facts: ShareFacts | undefined;

/** The facts the cards count, read once per build from the content the build has validated. */
export function shareFacts(): ShareFacts {
  if (facts) return facts;
  const content = getContent();
  const statements = content.statements;
  const day = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));
  const counted: ShareFacts = {
    deaths: content.deaths2019.map((d) => ({
      combat: d.counted_in_nyt_ap_20_combat === 'yes',
      hostile: d.hostile === 'yes',
    })),
    pentagonHostile2019: content.deathsAnnual.find((a) => a.year === 2019)?.hostile ?? undefined,
    // The timeline's statements: 26 June 2020 on (the 10–11 June prelude belongs to the sanctions chapter).
    statements: statements
      .filter((s) => s.phase !== 'prelude')
      .map((s) => ({
        id: s.id,
        date: day(s.date),
        actor: s.actor,
        group: s.group,
        quotes: s.quotes.map((q) => q.text),
        ruActor: s.ru.actor,
        ruQuotes: s.quotes.filter((q) => q.lang === 'ru').map((q) => q.text),
      })),
    outcomes: content.proposals.map((p) => p.outcome.status),
    proposalDate: day(statements.find((s) => s.id === PROPOSAL_ID)?.date),
  };
  facts = counted;
  return counted;
}

/** The card of a chapter in an edition, or undefined for a page without one. */
export function chapterCard(slug: string | undefined, locale: Locale = 'en'): ShareCard | undefined {
  return slug ? shareCard(slug, shareFacts(), locale) : undefined;
}

/** The site's title and description in an edition: the site image's text and its alternative. */
export function siteWords(locale: Locale = 'en'): { title: string; dek: string } {
  return locale === 'en'
    ? { title: SITE.title, dek: SITE.description }
    : { title: uiText(locale, 'siteTitle'), dek: uiText(locale, 'siteDescription') };
}

/** Twitter cuts image descriptions at 420 characters. */
export const ALT_MAX = 420;

/** Text alternative of the share image: what it says, then what its chart shows. */
export function shareImageAlt(title: string, dek: string, card?: ShareCard): string {
  if (!card) return `${title}: ${dek}`;
  const said = `${title}. ${card.big ? `${card.big}: ` : ''}${card.sentence}`;
  const full = card.chartAlt ? `${said} ${card.chartAlt}` : said;
  return full.length <= ALT_MAX ? full : said.slice(0, ALT_MAX);
}

/** The SVG that sharp rasterises; `page` is in the edition's words (a Russian chapter's title and dek). */
export function shareImageSvg(
  page: { title: string; dek: string; order?: number; slug?: string },
  locale: Locale = 'en',
): string {
  const card = chapterCard(page.slug, locale);
  return shareSvg({
    title: page.title,
    dek: page.dek,
    ...(page.order === undefined ? {} : { order: page.order }),
    siteTitle: siteWords(locale).title,
    card,
    ...(card ? { chartPalette: chartPalette() } : {}),
    palette: sharePalette(),
    ...(locale === 'en' ? {} : { locale }),
    ...SHARE_SIZE,
  });
}

/** The share image as PNG bytes (1200×630). */
export async function sharePng(
  page: Parameters<typeof shareImageSvg>[0],
  locale: Locale = 'en',
): Promise<Uint8Array<ArrayBuffer>> {
  const svg = shareImageSvg(page, locale);
  return new Uint8Array(await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer());
}

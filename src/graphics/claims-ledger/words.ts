import type { Locale } from '../../lib/i18n/locales.ts';
import { pluralForm, type NounForms } from '../../lib/i18n/plural.ts';
import { formatPartialDate } from '../shared/dates.ts';
import type { ClaimStatus } from './types.ts';

/**
 * Every reader-visible word the claims ledger writes itself, per edition: chart text, state
 * descriptions, aria labels, the table's caption and headers, the source line and the description.
 * The claims' own words (claim, label, by) come from the content: load.ts puts the Russian ones in
 * place for the Russian edition. Evidence and the assessments' `by` and `text` have no Russian field
 * yet, so both editions show them in English.
 */
export interface Words {
  statuses: Record<ClaimStatus, string>;
  /** A claim with no later assessment: the count cell and the table cell. */
  none: string;
  headline: (claims: number, assessments: number) => string;
  legendAssessment: string;
  /** The note in the overview: what a row shows. */
  intro: string;
  /** Wide screens: the three column heads. */
  heads: readonly [claim: string, assessments: string, status: string];
  /** A row's second run: who, when, and the first clause of the evidence. */
  about: (who: string, date: string, evidence: string) => string;
  /** The row's accessible name. */
  rowLabel: (r: {
    label: string;
    claim: string;
    by: string;
    date: string;
    evidence: string;
    assessments: number;
    status: string;
  }) => string;
  title: string;
  /** The chart's description in the overview, with the counts. */
  summary: (claims: number, assessments: number, statuses: readonly (readonly [string, number])[]) => string;
  overviewState: string;
  assessmentState: (date: string, who: string, label: string) => string;
  caption: (claims: number) => string;
  header: readonly string[];
  sourceLine: (sources: number) => string;
  description: string;
  /** Who, without the parenthesised detail or the "citing …" tail. */
  who: (by: string) => string;
  /** A partial date as the sources give it ("YYYY-MM-DD", "YYYY-MM" or "YYYY"). */
  date: (value: string | Date) => string;
  /** A claim's name quoted in running text. */
  quoted: (label: string) => string;
}

/** The first clause of a free-text field ("Unnamed officials; later reports…" → "Unnamed officials"). */
export const firstClause = (text: string, stop = /[;.]/): string => text.split(stop)[0]?.trim() ?? text;

const en: Words = {
  statuses: {
    corroborated: 'Corroborated',
    'assessed-low-moderate': 'Low to moderate confidence',
    disputed: 'Disputed',
    denied: 'Denied',
    alleged: 'Alleged',
    unknown: 'Unknown',
  },
  none: 'None',
  headline: (claims, assessments) => `${claims} claims, ${assessments} later assessments`,
  legendAssessment: 'One later assessment, in date order',
  intro: 'Each row is one claim: who made it, when, the evidence offered, the later assessments and the status now.',
  heads: ['Claim: who made it, when; evidence offered', 'Later assessments', 'Status now'],
  about: (who, date, evidence) => `${who}, ${date}. Evidence: ${evidence}`,
  rowLabel: (r) =>
    `${r.label}. ${r.claim} Said by ${r.by}, ${r.date}. Evidence: ${r.evidence} Later assessments: ${r.assessments}. Status: ${r.status}.`,
  title: 'The ledger of claims: who made each, the evidence offered, later assessments, status now',
  summary: (claims, assessments, statuses) =>
    `${claims} claims and ${assessments} later assessments. Status now: ${statuses.map(([s, n]) => `${s.toLowerCase()} ${n}`).join(', ')}.`,
  overviewState:
    'Every claim of the ledger as a row: who made it and when, the evidence offered, the later assessments in date order, and its status now.',
  assessmentState: (date, who, label) =>
    `The assessment of ${date} by ${who} of the claim “${label}” is named on the chart.`,
  caption: (claims) => `The ledger of claims (${claims})`,
  header: [
    'Claim',
    'In full (attributed)',
    'Said by',
    'Date',
    'Evidence offered',
    'Later assessments',
    'Status now',
    'Sources',
  ],
  sourceLine: (sources) =>
    `Sources: ${sources} reports, statements and documents, one or more for each claim and each assessment (see table). Statuses are the ledger’s summary of those sources.`,
  description:
    'The ledger of claims: for each claim, who made it and when, the evidence offered, the later assessments in date order, and its status now.',
  who: (by) => firstClause(by, /[,;(]/),
  date: (value) => formatPartialDate(value),
  quoted: (label) => `“${label}”`,
};

const CLAIM: NounForms = ['утверждение', 'утверждения', 'утверждений'];
const LATER: NounForms = ['более поздняя оценка', 'более поздние оценки', 'более поздних оценок'];
const MATERIAL: NounForms = ['материал', 'материала', 'материалов'];
const count = (n: number, forms: NounForms) => `${n}\u00a0${pluralForm('ru', n, forms)}`;

const ru: Words = {
  statuses: {
    corroborated: 'Подтверждено',
    // The chapter's wording («уверенность от низкой до умеренной»), as short as a status needs to be.
    'assessed-low-moderate': 'Уверенность от низкой до умеренной',
    disputed: 'Оспаривается',
    denied: 'Отрицается',
    alleged: 'Заявлено',
    unknown: 'Неизвестно',
  },
  none: 'Нет',
  headline: (claims, assessments) => `${count(claims, CLAIM)}, ${count(assessments, LATER)}`,
  legendAssessment: 'Более поздняя оценка, по датам',
  intro:
    'Каждая строка — одно утверждение: кто и когда его сделал, предъявленные доказательства, более поздние оценки и статус сейчас.',
  heads: ['Утверждение: кто и когда сделал; доказательства', 'Более поздние оценки', 'Статус сейчас'],
  about: (who, date, evidence) => `${who}, ${date}. Доказательства: ${evidence}`,
  rowLabel: (r) =>
    `${r.label}. ${r.claim} Кто сказал: ${r.by}, ${r.date}. Доказательства: ${r.evidence} Более поздних оценок: ${r.assessments}. Статус: ${r.status.toLowerCase()}.`,
  title: 'Реестр утверждений: кто сделал каждое, предъявленные доказательства, более поздние оценки, статус сейчас',
  summary: (claims, assessments, statuses) =>
    `${count(claims, CLAIM)} и ${count(assessments, LATER)}. Статус сейчас: ${statuses.map(([s, n]) => `${s.toLowerCase()} — ${n}`).join(', ')}.`,
  overviewState:
    'Каждое утверждение реестра — отдельная строка: кто и когда его сделал, предъявленные доказательства, более поздние оценки по датам и статус сейчас.',
  assessmentState: (date, who, label) =>
    `На графике названа более поздняя оценка утверждения ${ru.quoted(label)}: ${who}, ${date}.`,
  caption: (claims) => `Реестр утверждений (${claims})`,
  header: [
    'Утверждение',
    'Полностью (с указанием источника)',
    'Кто сказал',
    'Дата',
    'Предъявленные доказательства',
    'Более поздние оценки',
    'Статус сейчас',
    'Источники',
  ],
  sourceLine: (sources) =>
    `Источники: ${count(sources, MATERIAL)} — публикации, заявления и документы, по одному или несколько на каждое утверждение и каждую оценку (см. таблицу). Статусы — сводка реестра по этим источникам.`,
  description:
    'Реестр утверждений: по каждому — кто и когда его сделал, какие доказательства были предъявлены, более поздние оценки по датам и статус сейчас.',
  // "The New York Times со ссылкой на …" → "The New York Times", as the English drops ", citing …".
  who: (by) => firstClause(by, /[,;(]|\s+со ссылкой\s/),
  date: (value) => formatPartialDate(value, 'ru'),
  // « » outside, „ “ for quotes inside: «Что Россия вооружала „Талибан“».
  quoted: (label) => `«${label.replace(/«/g, '„').replace(/»/g, '“')}»`,
};

export const WORDS: Record<Locale, Words> = { en, ru };

/** The words of the data's edition (data built by hand, as in tests, is English). */
export const wordsFor = (data: { locale?: Locale | undefined }): Words => WORDS[data.locale ?? 'en'];

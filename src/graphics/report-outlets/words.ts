import { formatDay, monthShort, utcDay } from '../shared/dates.ts';
import { longDate } from '../../lib/i18n/dates.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { pluralForm, type NounForms } from '../../lib/i18n/plural.ts';
import type { PressReport, ReportElement, ReportOutletsData } from './types.ts';

/**
 * Every word the report-outlets graphic writes, in each edition: chart text, state descriptions,
 * aria labels, the table and the source line. Text from the data (outlet names, element summaries,
 * the officials' wording) arrives as load.ts gives it for the edition.
 */
export interface Words {
  /** Lane labels, table headers and the focus note's list of elements. */
  elements: Record<ReportElement, string>;
  officialsLane: string;
  /** A report's date on the chart and in the table: "26 Jun 2020" / «26 июня 2020». */
  day: (iso: string) => string;
  /** The month under the first day label of each month. */
  axisMonth: (day: Date) => string;
  span: (first: string, last: string) => string;
  headline: (reports: number, outlets: number, span: string, stated: number) => string;
  legendCount: (outlet: string, reports: number) => string;
  legendNotStated: string;
  intro: string;
  /** The officials a report cited, in its own words, and their number where a source gives it. */
  officials: (r: PressReport) => string;
  focusReply: (r: PressReport, element: ReportElement, summary: string) => string;
  focusReport: (r: PressReport) => string;
  /** The accessible name of a report's column: everything it carried. */
  columnLabel: (r: PressReport) => string;
  title: string;
  overviewDescription: (reports: number, outlets: number, span: string, stated: number) => string;
  overviewState: string;
  replyState: (r: PressReport) => string;
  reportState: (r: PressReport) => string;
  tableCaption: (reports: number) => string;
  tableHeader: (elements: readonly string[]) => string[];
  tableOfficials: (r: PressReport) => string;
  sourceLine: (sources: number) => string;
  description: (data: ReportOutletsData) => string;
}

const EN_ELEMENTS: Record<ReportElement, string> = {
  bounties: 'Bounties offered',
  briefing: 'Who was told',
  deaths: 'US deaths',
  detainees: 'Detainee interviews',
  cash: 'Cash found',
  transfers: 'Money transfers',
  doubts: 'Agency doubts',
  reply: 'Reply quoted',
};

const enDay = (iso: string) => formatDay(utcDay(iso));
const enOfficials = (r: PressReport): string =>
  r.officials.count === 'not-stated'
    ? `“${r.officials.wording}”, number not stated`
    : `“${r.officials.wording}”: ${r.officials.count} official${r.officials.count === 1 ? '' : 's'}`;

const en: Words = {
  elements: EN_ELEMENTS,
  officialsLane: 'Officials cited',
  day: enDay,
  axisMonth: (day) => formatDay(day).split(' ')[1] ?? '',
  span: (first, last) => `${formatDay(utcDay(first), false)} – ${formatDay(utcDay(last))}`,
  headline: (n, outlets, span, stated) =>
    `${n} reports by ${outlets} outlets, ${span}; ${stated} say how many officials`,
  legendCount: (outlet, n) => `${outlet}: ${n}`,
  legendNotStated: '– number of officials not stated',
  intro:
    'Each column is one report, by date; a mark means the report carried that element of the story. The last row counts the officials it cited.',
  officials: enOfficials,
  focusReply: (r, el, summary) => `${r.outlet}, ${enDay(r.date)} · ${EN_ELEMENTS[el]}: ${summary}`,
  focusReport: (r) => {
    const carried = r.elements.map((e) => EN_ELEMENTS[e.element].toLowerCase()).join(', ');
    return `${r.outlet}, ${enDay(r.date)}: ${r.elements.length} element${r.elements.length === 1 ? '' : 's'} (${carried}). Sources: ${enOfficials(r)}.`;
  },
  columnLabel: (r) =>
    `${r.outlet}, ${enDay(r.date)}. ${r.elements.map((e) => `${EN_ELEMENTS[e.element]}: ${e.summary}`).join(' ')} Sources: ${enOfficials(r)}.`,
  title:
    'Who reported what: press reports of the bounty story by date, what each carried, and how many officials it cited',
  overviewDescription: (n, outlets, span, stated) =>
    `${n} reports by ${outlets} outlets, ${span}. ${stated} state how many officials they cited; the others do not say.`,
  overviewState:
    'Every press report as a column, by date: the elements of the story it carried, and how many officials it cited.',
  replyState: (r) => `The reply quoted in ${r.outlet}'s report of ${enDay(r.date)} is named on the chart.`,
  reportState: (r) =>
    `${r.outlet}'s report of ${enDay(r.date)} is named on the chart, with what it carried and whom it cited.`,
  tableCaption: (n) => `Press reports (${n}) and the elements of the story each carried`,
  tableHeader: (elements) => ['Report', 'Date', ...elements, 'Officials cited', 'Sources'],
  tableOfficials: (r) =>
    `${r.officials.count === 'not-stated' ? 'Not stated' : r.officials.count}: “${r.officials.wording}” (${r.officials.sources.join(', ')})`,
  sourceLine: (n) =>
    `Sources: ${n} copies and summaries of the reports, one or more for each cell (see table). Most of the reports were read in syndicated copies or in other outlets’ summaries.`,
  description: () =>
    'Who reported what: each press report on the bounty story from 26 June to 3 July 2020, by date, the elements of the story it carried, and how many officials it cited where a source says.',
};

const RU_ELEMENTS: Record<ReportElement, string> = {
  bounties: 'Вознаграждения',
  briefing: 'Кому сообщили',
  deaths: 'Гибель американцев',
  detainees: 'Опросы задержанных',
  cash: 'Найденные деньги',
  transfers: 'Денежные переводы',
  doubts: 'Сомнения ведомств',
  reply: 'Приведён ответ',
};

const REPORTS: NounForms = ['публикация', 'публикации', 'публикаций'];
/** "в 4 изданиях": the prepositional after «в». */
const IN_OUTLETS: NounForms = ['издании', 'изданиях', 'изданиях'];
const ELEMENTS: NounForms = ['элемент', 'элемента', 'элементов'];
const OFFICIALS: NounForms = ['должностное лицо', 'должностных лица', 'должностных лиц'];

const ruDay = (iso: string) => formatDay(utcDay(iso), true, 'ru');
const count = (n: number, forms: NounForms) => `${n}\u00a0${pluralForm('ru', n, forms)}`;
const ruOfficials = (r: PressReport): string =>
  r.officials.count === 'not-stated'
    ? `«${r.officials.wording}», число не указано`
    : `«${r.officials.wording}»: ${count(r.officials.count, OFFICIALS)}`;

const ru: Words = {
  elements: RU_ELEMENTS,
  officialsLane: 'Должностные лица',
  day: ruDay,
  axisMonth: (day) => monthShort(day.getUTCMonth(), 'ru'),
  span: (first, last) => `${formatDay(utcDay(first), false, 'ru')} – ${ruDay(last)}`,
  headline: (n, outlets, span, stated) =>
    `${count(n, REPORTS)} в ${count(outlets, IN_OUTLETS)}, ${span}; в ${stated} — число должностных лиц`,
  legendCount: (outlet, n) => `${outlet}: ${n}`,
  legendNotStated: '– число должностных лиц не указано',
  intro:
    'Каждый столбец — одна публикация, по датам; значок означает, что в публикации был этот элемент сюжета. В нижней строке — на скольких должностных лиц она ссылалась.',
  officials: ruOfficials,
  focusReply: (r, el, summary) => `${r.outlet}, ${ruDay(r.date)} · ${RU_ELEMENTS[el]}: ${summary}`,
  focusReport: (r) => {
    const carried = r.elements.map((e) => RU_ELEMENTS[e.element].toLowerCase()).join(', ');
    return `${r.outlet}, ${ruDay(r.date)}: ${count(r.elements.length, ELEMENTS)} (${carried}). Источники: ${ruOfficials(r)}.`;
  },
  columnLabel: (r) =>
    `${r.outlet}, ${ruDay(r.date)}. ${r.elements.map((e) => `${RU_ELEMENTS[e.element]}: ${e.summary}`).join(' ')} Источники: ${ruOfficials(r)}.`,
  title:
    'Кто о чём сообщил: публикации прессы о вознаграждениях по датам — что было в каждой и на скольких должностных лиц она ссылалась',
  overviewDescription: (n, outlets, span, stated) =>
    `${count(n, REPORTS)} в ${count(outlets, IN_OUTLETS)}, ${span}. В ${stated} из них указано, на скольких должностных лиц они ссылаются; в остальных число не названо.`,
  overviewState:
    'Каждая публикация прессы — столбец, по датам: какие элементы сюжета в ней были и на скольких должностных лиц она ссылалась.',
  replyState: (r) => `На графике выделен ответ, приведённый в публикации ${r.outlet} от ${longDate('ru', r.date)}.`,
  reportState: (r) =>
    `На графике выделена публикация ${r.outlet} от ${longDate('ru', r.date)}: что в ней было и на кого она ссылалась.`,
  tableCaption: (n) => `Публикации прессы (${n}) и элементы сюжета в каждой из них`,
  tableHeader: (elements) => ['Публикация', 'Дата', ...elements, 'Ссылки на должностных лиц', 'Источники'],
  tableOfficials: (r) =>
    `${r.officials.count === 'not-stated' ? 'Не указано' : r.officials.count}: «${r.officials.wording}» (${r.officials.sources.join(', ')})`,
  sourceLine: (n) =>
    `Источники (${n}): копии и пересказы публикаций, не меньше одного на каждую ячейку (см. таблицу). Большинство публикаций прочитаны в перепечатках, распространённых через синдикацию, или в пересказах других изданий.`,
  description: (data) => {
    const first = data.reports[0]?.date;
    const last = data.reports.at(-1)?.date;
    const span = first && last ? ` с ${formatDay(utcDay(first), false, 'ru')} по ${longDate('ru', last)}` : '';
    return `Кто о чём сообщил: все публикации прессы о вознаграждениях${span}, по датам: какие элементы сюжета были в каждой и на скольких должностных лиц она ссылалась, если это указано в источнике.`;
  },
};

export const WORDS: Record<Locale, Words> = { en, ru };

/** The words of the edition the data was built for (English when it does not say). */
export const wordsFor = (data: Pick<ReportOutletsData, 'locale'>): Words => WORDS[data.locale ?? 'en'];

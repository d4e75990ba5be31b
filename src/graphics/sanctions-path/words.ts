/**
 * Every word the sanctions-path graphic shows a reader, in each edition: text marks, state
 * descriptions, aria labels, the table, the source line and the description. Layout and table code
 * pick an edition with `wordsFor(data)` and never write English or Russian themselves.
 */
import { countWithNoun, pluralForm, type NounForms } from '../../lib/i18n/plural.ts';
import { longDate } from '../../lib/i18n/dates.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { formatDay, formatPartialDate } from '../shared/dates.ts';
import type { OutcomeStatus, ProposalKind } from './types.ts';

export interface Words {
  /** Names of the kinds of measure (table column, row aria labels). */
  kinds: Record<ProposalKind, string>;
  /** A measure's outcome, as its row and the table name it. */
  statuses: Record<OutcomeStatus, string>;
  /** The states' reader-facing descriptions (names are fixed in layout.ts). */
  buildState: (kind: ProposalKind) => string;
  replyState: string;
  outcomesState: string;
  /** A day on the chart ("10 Jun 2020", «10 июня 2020») and a partial date as the sources give it. */
  day: (date: Date) => string;
  partialDate: (value: string | Date) => string;
  /** The status beside a measure's marker: "Enacted: 22 Feb 2022". */
  statusLine: (status: OutcomeStatus, date: string | Date | undefined) => string;
  buildHeadline: (day: string, shown: number, total: number) => string;
  outcomeHeadline: (total: number, day: string) => string;
  legendProposed: string;
  legendReply: string;
  legendStatus: (status: OutcomeStatus, n: number) => string;
  axisStart: (day: string) => string;
  axisEnd: (day: string) => string;
  replyLane: string;
  /** Quotation marks around quoted words. */
  quote: (text: string) => string;
  rowLabel: (kind: string, label: string, day: string, wording: string, outcome?: string) => string;
  title: string;
  describeBuild: (shown: number, total: number, added: number, kind: ProposalKind | undefined) => string;
  describeReply: (total: number, reply: string) => string;
  describeOutcomes: (total: number, day: string, counts: [OutcomeStatus, number][]) => string;
  description: string;
  tableCaption: (n: number) => string;
  tableHeader: string[];
  sourceLine: (n: number) => string;
}

const EN_KINDS: Record<ProposalKind, string> = {
  designation: 'Designation',
  energy: 'Energy',
  'sovereign-debt': 'Sovereign debt',
  'financial-system': 'Financial system / SWIFT',
  'individuals-and-proxies': 'Individuals and proxies',
  other: 'Other',
};

const EN_STATUSES: Record<OutcomeStatus, string> = {
  enacted: 'Enacted',
  'partly-enacted': 'Partly enacted',
  'introduced-not-passed': 'Introduced, not passed',
  'not-enacted': 'Not enacted',
  'no-source-found': 'No source found',
};

const en: Words = {
  kinds: EN_KINDS,
  statuses: EN_STATUSES,
  buildState: (kind) =>
    `The report's measures on ${EN_KINDS[kind].toLowerCase()} join the chart, each starting on the day the report was released.`,
  replyState: "The Kremlin's reply of the next day, 11 June 2020, is marked on the time axis with its words.",
  outcomesState:
    'Each measure runs along the time axis to what became of it, as far as sources show, with the date; measures without a source run to today, dashed.',
  day: (date) => formatDay(date),
  partialDate: (value) => formatPartialDate(value),
  statusLine: (status, date) => {
    const label = EN_STATUSES[status];
    if (!date) return label;
    return `${label}${status === 'not-enacted' ? ', as of' : ':'} ${formatPartialDate(date)}`;
  },
  buildHeadline: (day, n, total) => `Proposed on ${day}: ${n} of ${total} measures`,
  outcomeHeadline: (total, day) => `What became of the ${total} measures, to ${day}`,
  legendProposed: 'Proposed',
  legendReply: 'Kremlin reply',
  legendStatus: (status, n) => `${EN_STATUSES[status]}: ${n}`,
  axisStart: (day) => `Report, ${day}`,
  axisEnd: (day) => `As of ${day}`,
  replyLane: 'Kremlin reply',
  quote: (text) => `“${text}”`,
  rowLabel: (kind, label, day, wording, outcome) =>
    `${kind}: ${label}. Proposed ${day}: “${wording}”${outcome ? `. ${outcome}` : ''}`,
  title: 'The Republican Study Committee’s Russia measures of 10 June 2020, and what became of them',
  describeBuild: (shown, total, added, kind) =>
    `${shown} of the ${total} measures of 10 June 2020 shown; this step adds ${added} on ${kind ? EN_KINDS[kind].toLowerCase() : ''}.`,
  describeReply: (total, reply) => `All ${total} measures, and the Kremlin's reply: ${reply}`,
  describeOutcomes: (total, day, counts) =>
    `What became of the ${total} measures, as far as sources show, to ${day}: ${counts
      .map(([s, n]) => `${EN_STATUSES[s].toLowerCase()}: ${n}`)
      .join('; ')}.`,
  description:
    'Each of the Republican Study Committee’s Russia measures of 10 June 2020 on a time axis to today: the Kremlin’s reply the next day, and what became of each measure, with its date, as far as sources show.',
  tableCaption: (n) => `The report’s Russia measures (${n}): proposed 10 June 2020, and what became of them`,
  tableHeader: ['Measure', 'Kind', 'Report wording (as quoted)', 'Status', 'Date', 'What happened', 'Sources'],
  sourceLine: (n) =>
    `Sources: the report as quoted in press reports of 10–12 June 2020; ${n} sources in all for the measures, their outcomes and the Kremlin’s reply (see table). No source links any later measure to the report.`,
};

// Russian: a measure is «мера» (feminine), so a single measure's status reads «принята»; counted
// statuses agree with their count («1 мера принята», «3 меры приняты частично»).
const RU_KINDS: Record<ProposalKind, string> = {
  designation: 'Присвоение статуса',
  energy: 'Энергетика',
  'sovereign-debt': 'Государственный долг',
  'financial-system': 'Финансовая система / SWIFT',
  'individuals-and-proxies': 'Лица и ставленники',
  other: 'Другое',
};

/** What each build step adds, as a subject: «меры доклада о государственном долге». */
const RU_KIND_MEASURES: Record<ProposalKind, string> = {
  designation: 'меры доклада о присвоении статуса',
  energy: 'меры доклада в области энергетики',
  'sovereign-debt': 'меры доклада о государственном долге',
  'financial-system': 'меры доклада о финансовой системе и SWIFT',
  'individuals-and-proxies': 'меры доклада против отдельных лиц и ставленников',
  other: 'прочие меры доклада',
};

const RU_STATUSES: Record<OutcomeStatus, string> = {
  enacted: 'Принята',
  'partly-enacted': 'Принята частично',
  'introduced-not-passed': 'Внесена, не принята',
  'not-enacted': 'Не принята',
  'no-source-found': 'Источник не найден',
};

/** The statuses of several measures («приняты частично»); «источник не найден» does not change. */
const RU_STATUSES_PLURAL: Record<OutcomeStatus, string> = {
  enacted: 'Приняты',
  'partly-enacted': 'Приняты частично',
  'introduced-not-passed': 'Внесены, не приняты',
  'not-enacted': 'Не приняты',
  'no-source-found': 'Источник не найден',
};

const MEASURE: NounForms = ['мера', 'меры', 'мер'];
/** «из 10 мер», «из 21 меры». */
const MEASURE_GEN: NounForms = ['меры', 'мер', 'мер'];
/** «с 10 мерами». */
const MEASURE_INS: NounForms = ['мерой', 'мерами', 'мерами'];
/** «по 4 мерам». */
const MEASURE_DAT: NounForms = ['мере', 'мерам', 'мерам'];
const SOURCE: NounForms = ['источник', 'источника', 'источников'];

/** A date as the sources give it, in Russian: «22 февр. 2022», «март 2023», «2023». */
const ruPartialDate = (value: string | Date): string => formatPartialDate(value, 'ru');

const RU_REPORT_DAY = longDate('ru', '2020-06-10');

/** A count that takes the singular (1, 21, 31…): «1 мера принята», but «21 мера принята» too. */
const isOne = (n: number) => new Intl.PluralRules('ru').select(n) === 'one';

/** «1 мера принята», «3 меры приняты частично», «по 4 мерам источники не найдены». */
function ruCounted(status: OutcomeStatus, n: number): string {
  const one = isOne(n);
  if (status === 'no-source-found')
    return `по ${n}\u00a0${pluralForm('ru', n, MEASURE_DAT)} ${one ? 'источник не найден' : 'источники не найдены'}`;
  const verb = (one ? RU_STATUSES : RU_STATUSES_PLURAL)[status].toLowerCase();
  return `${countWithNoun('ru', n, MEASURE)} ${verb}`;
}

const ru: Words = {
  kinds: RU_KINDS,
  statuses: RU_STATUSES,
  buildState: (kind) =>
    `На графике появляются ${RU_KIND_MEASURES[kind]}; линия каждой начинается в день публикации доклада.`,
  replyState:
    'На оси времени отмечен ответ Кремля, прозвучавший на следующий день, 11 июня 2020 года, и приведены его слова.',
  outcomesState:
    'Линия каждой меры идёт по оси времени к её итогу с датой, насколько можно судить по источникам; линии мер, итог которых не найден, пунктиром доходят до сегодняшнего дня.',
  day: (date) => formatDay(date, true, 'ru'),
  partialDate: ruPartialDate,
  statusLine: (status, date) => {
    const label = RU_STATUSES[status];
    if (!date) return label;
    return `${label}${status === 'not-enacted' ? ' на' : ':'} ${ruPartialDate(date)}`;
  },
  buildHeadline: (day, n, total) => `Предложено ${day}: ${n} из ${total}\u00a0${pluralForm('ru', total, MEASURE_GEN)}`,
  outcomeHeadline: (total, day) => `Что стало с ${total}\u00a0${pluralForm('ru', total, MEASURE_INS)} к ${day}`,
  legendProposed: 'Предложена',
  legendReply: 'Ответ Кремля',
  legendStatus: (status, n) => `${(isOne(n) ? RU_STATUSES : RU_STATUSES_PLURAL)[status]}: ${n}`,
  axisStart: (day) => `Доклад, ${day}`,
  // «По состоянию на …» does not fit beside the report's day at 320 px.
  axisEnd: (day) => `На ${day}`,
  replyLane: 'Ответ Кремля',
  quote: (text) => `«${text}»`,
  rowLabel: (kind, label, day, wording, outcome) =>
    `${kind}: ${label}. Предложена ${day}: «${wording}»${outcome ? `. ${outcome}` : ''}`,
  title:
    'Меры против России из доклада Республиканского исследовательского комитета Палаты представителей от 10 июня 2020 года и что с ними стало',
  describeBuild: (shown, total, added, kind) =>
    `На графике ${shown} из ${total}\u00a0${pluralForm('ru', total, MEASURE_GEN)} от ${RU_REPORT_DAY}; на этом шаге добавлено (${kind ? RU_KINDS[kind].toLowerCase() : ''}): ${added}.`,
  describeReply: (total, reply) => `Все меры (${total}) и ответ Кремля: ${reply}`,
  describeOutcomes: (total, day, counts) =>
    `Что стало с ${total}\u00a0${pluralForm('ru', total, MEASURE_INS)}, насколько можно судить по источникам, к ${day}: ${counts
      .map(([s, n]) => ruCounted(s, n))
      .join('; ')}.`,
  description:
    'Каждая мера против России из доклада Республиканского исследовательского комитета Палаты представителей (RSC) от 10 июня 2020 года на оси времени до сегодняшнего дня: ответ Кремля на следующий день и то, что стало с каждой мерой, с датой, насколько можно судить по источникам.',
  tableCaption: (n) => `Меры доклада против России (${n}): предложены 10 июня 2020 года; что с ними стало`,
  tableHeader: ['Мера', 'Вид', 'Формулировка доклада (по цитатам)', 'Статус', 'Дата', 'Что произошло', 'Источники'],
  sourceLine: (n) =>
    `Источники: доклад в цитатах из публикаций прессы 10–12 июня 2020 года; всего ${countWithNoun('ru', n, SOURCE)} о мерах, их итогах и ответе Кремля (см. таблицу). Ни один источник не связывает какие-либо последующие меры с докладом.`,
};

export const WORDS: Record<Locale, Words> = { en, ru };

/** The words of the data's edition (English unless the data was built for the Russian edition). */
export const wordsFor = (data: { locale?: Locale | undefined }): Words => WORDS[data.locale ?? 'en'];

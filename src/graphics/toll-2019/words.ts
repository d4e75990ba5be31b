/**
 * Every word the toll-2019 graphic shows a reader, in each edition: chart text, legends, titles,
 * descriptions, mark labels, tables and the source line. `words(data)` picks the data's edition.
 * (The research rows' own words, rank to cause, are made Russian by load.ts, with the words of
 * content/data/deaths-2019-ru.yaml: see deaths-ru.ts.)
 */
import type { Locale } from '../../lib/i18n/locales.ts';
import { pluralForm, type NounForms } from '../../lib/i18n/plural.ts';
import { formatDay, monthShort, utcDay } from '../shared/dates.ts';
import {
  BAGRAM_ATTACK,
  isCombat,
  isDated,
  isHostile,
  isHostileInferred,
  isHostileOpenCase,
  type TollCounts,
} from './counts.ts';
import { isNamed } from './parse.ts';
import type { AnnualDeaths, Death2019 } from './types.ts';

export type Callout = { value: number; text: string } | undefined;

export interface Words {
  locale: Locale;
  /** State descriptions, in the order of the state names (states.ts). */
  stateDescriptions: readonly string[];
  /** The module description (beside the chart, in the embed). */
  description: string;
  title: (year: number) => string;
  annualTitle: (from: number | string, to: number | string) => string;
  /** Label of the bin that holds the deaths whose date was not released. */
  binLabel: string;
  /** The day axis title, longest first: the layout takes the first that clears the bin's marks. */
  axisTitles: (year: number) => readonly string[];
  annualAxisTitle: string;
  month: (month: number) => string;
  day: (iso: string) => string;
  /** The count that matters in each state, written large on the chart, with what it counts. */
  callout: (state: number, c: TollCounts, year: number) => Callout;
  describe: (state: number, c: TollCounts, annual: AnnualDeaths[], year: number) => string;
  legend: {
    one: (c: TollCounts) => string;
    names: (c: TollCounts) => string;
    combat: (c: TollCounts) => string;
    nonCombat: (c: TollCounts) => string;
    hostile: (n: number) => string;
    doubt: (open: number, excess: number) => string;
    nonHostile: (notHostile: number, combatNotHostile: number, inferred: number) => string;
    pentagon: (pentagonHostile: number | undefined, byRelease: number) => string;
    bagram: (day: string, place: string, killed: number, cause: string) => string;
    bagramLink: string;
    secondary: (span: string) => string;
    primary: (span: string) => string;
  };
  personLabel: (d: Death2019) => string;
  barLabel: (a: AnnualDeaths) => string;
  table: {
    deathsCaption: (c: TollCounts) => string;
    deathsHeader: string[];
    date: (d: Death2019) => string;
    notReleased: string;
    /** A word cell of the research (rank, unit, place, cause) as a table shows it. */
    cell: (text: string) => string;
    yesNo: (v: 'yes' | 'no') => string;
    annualCaption: string;
    annualHeader: string[];
  };
  sourceLine: (releases: number, primary: string, secondary: string, secondaryName: string | undefined) => string;
}

/** Ends a released phrase with one full stop (some already end in an abbreviation such as "Wash."). */
const stop = (text: string) => (text.endsWith('.') ? text : `${text}.`);

const en: Words = {
  locale: 'en',
  stateDescriptions: [
    'Each mark is one US service member who died in Afghanistan in 2019, placed on the day of death; deaths on the same day stack, and deaths whose date was not released sit in their own bin.',
    'Filled marks are the deaths The New York Times and AP counted as killed in combat; hollow marks are the deaths they did not count as combat deaths.',
    "Marks show the Pentagon's hostile classification: filled marks are hostile in the release wording, hollow marks are not, and a dashed ring marks the open case where one of two deaths is counted otherwise.",
    'The car bombing of 8 April 2019 near Bagram Airfield, which reporting in 2020 named as a focus of the bounty intelligence, is highlighted.',
    'The 2019 marks fold into one bar among the annual US military deaths in Afghanistan since 2001; hatched bars come from a secondary source.',
  ],
  description:
    'US service members who died in Afghanistan in 2019, one mark per person, with the NYT/AP combat count, the Pentagon hostile count, and annual deaths since 2001.',
  title: (year) => `US military deaths in Afghanistan, ${year}`,
  annualTitle: (from, to) => `US military deaths in Afghanistan, ${from}–${to}`,
  binLabel: 'Date not released:',
  axisTitles: (year) => [`Date of death, ${year}`],
  annualAxisTitle: 'US military deaths per year',
  month: (m) => monthShort(m),
  day: (iso) => formatDay(utcDay(iso)),
  callout(state, c, year) {
    if (state === 0) return { value: c.total, text: `US service members died in Afghanistan in ${year}` };
    if (state === 1) return { value: c.combat, text: `of ${c.total} killed in combat, as NYT and AP counted` };
    if (state === 2) {
      return c.pentagonHostile === undefined
        ? { value: c.hostileByRelease, text: `of ${c.total} hostile in the Pentagon release wording` }
        : { value: c.pentagonHostile, text: `of ${c.total} hostile in the Pentagon’s own total` };
    }
    if (state === 3)
      return { value: c.bagram, text: `killed near Bagram Airfield, ${formatDay(utcDay(BAGRAM_ATTACK.date))}` };
    return undefined;
  },
  describe(state, c, annual, year) {
    switch (state) {
      case 0:
        return `${c.total} US service members died in Afghanistan in ${year}: ${c.named} named in Pentagon releases and ${c.unidentified} whose identity and date were not released.`;
      case 1:
        return `The New York Times and AP counted ${c.combat} of the ${c.total} as killed in combat; ${c.nonCombat} were not combat deaths.`;
      case 2: {
        const pentagon =
          c.pentagonHostile === undefined ? '' : `The Pentagon counted ${c.pentagonHostile} deaths as hostile. `;
        return `${pentagon}The release wording marks ${c.hostileByRelease} as hostile; ${c.combatNotHostile} deaths counted as combat by NYT/AP were not hostile, and for ${c.hostileOpenCases} marked cases it is unresolved which one the Pentagon counts as non-hostile.`;
      }
      case 3:
        return `${c.bagram} service members were killed in the car bombing near Bagram Airfield on ${formatDay(utcDay(BAGRAM_ATTACK.date))}.`;
      default: {
        const { first, last, peak, focus, secondary } = annualFacts(annual, year);
        return `Annual US military deaths in Afghanistan, ${first}–${last}: ${focus?.total ?? '?'} in ${year}, against a peak of ${peak?.total ?? '?'} in ${peak?.year ?? '?'}. Totals for ${secondary[0]?.year ?? ''}–${secondary[secondary.length - 1]?.year ?? ''} come from a secondary source.`;
      }
    }
  },
  legend: {
    one: (c) => `One mark = one death: ${c.total} in all`,
    names: (c) => `${c.named} named in Pentagon releases; ${c.unidentified} not identified, date not released`,
    combat: (c) => `Killed in combat (NYT/AP count): ${c.combat}`,
    nonCombat: (c) => `Not combat deaths: ${c.nonCombat}`,
    hostile: (n) => `Hostile in Pentagon release wording: ${n}`,
    doubt: (open, excess) =>
      `Open case: ${open} marked hostile, of whom the Pentagon total counts ${excess} as non-hostile; which is unresolved`,
    nonHostile: (notHostile, combatNotHostile, inferred) =>
      `Not hostile: ${notHostile}, of them ${combatNotHostile} counted as combat by NYT/AP${inferred ? ` (${inferred} inferred)` : ''}`,
    pentagon: (pentagonHostile, byRelease) =>
      `${pentagonHostile === undefined ? '' : `Pentagon total: ${pentagonHostile} hostile. `}Release wording: ${byRelease}.`,
    bagram: (day, place, killed, cause) =>
      `${day}, ${place.charAt(0).toLowerCase()}${place.slice(1)}: ${killed} killed. ${cause}`,
    bagramLink: 'Reporting in 2020 named this attack as a focus of the bounty intelligence.',
    secondary: (span) => `${span}: totals from a secondary source, not verified against Pentagon records`,
    primary: (span) => `${span}: Pentagon casualty records (DCAS), as reported`,
  },
  personLabel(d) {
    if (!isNamed(d)) {
      return `Name not released. Date not released: ${d.date}. Cause: ${d.cause}. Not counted as killed in combat by NYT/AP; not hostile.`;
    }
    const day = isDated(d) ? formatDay(utcDay(d.date)) : d.date;
    const combat = isCombat(d) ? 'counted as killed in combat by NYT/AP' : 'not counted as killed in combat by NYT/AP';
    const hostile = isHostileOpenCase(d)
      ? 'hostile in the Pentagon release wording (open case: the Pentagon total counts one such death as non-hostile)'
      : isHostileInferred(d)
        ? 'not hostile (inferred from the Pentagon total)'
        : isHostile(d)
          ? 'hostile in the Pentagon release wording'
          : 'not hostile';
    return `${d.rank} ${d.name}, ${d.branch}, ${stop(d.unit)} Died ${day}, ${d.place} (${d.province}). Cause: ${stop(d.cause)} ${combat}; ${hostile}.`;
  },
  barLabel: (a) =>
    `${a.year}: ${a.total} deaths${a.hostile === undefined ? '' : `, ${a.hostile} hostile`}${a.verified === 'no' ? ' (secondary source, not verified)' : ''}`,
  table: {
    deathsCaption: (c) =>
      `US military deaths in Afghanistan in 2019: ${c.total} (${c.named} named, ${c.unidentified} not identified)`,
    deathsHeader: [
      'Date',
      'Name',
      'Rank',
      'Branch',
      'Unit',
      'Place',
      'Cause',
      'Killed in combat (NYT/AP)',
      'Hostile (Pentagon release wording)',
      'Source',
    ],
    date: (d) => (isDated(d) ? formatDay(utcDay(d.date)) : `Not released: ${d.date}`),
    notReleased: 'Not released',
    cell: (text) => text,
    yesNo: (v) => v,
    annualCaption: 'US military deaths in Afghanistan by year',
    annualHeader: ['Year', 'Total', 'Hostile', 'Non-hostile', 'Source', 'Verified'],
  },
  sourceLine: (releases, primary, secondary, secondaryName) =>
    `Sources: Pentagon releases as quoted by ${releases} outlets (one per death, see table); NYT and AP counts; annual totals ${primary} from the Pentagon's casualty system (DCAS), ${secondary} from a secondary source (${secondaryName ?? 'unnamed'}), not verified.`,
};

// Russian: the chapter's terms (content/chapters/ru/the-2019-toll.mdx): «случаи гибели», «погибшие в
// бою» (the NYT/AP count), «от действий противника» (the Pentagon's hostile), «авиабаза Баграм».
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const noStop = (text: string) => text.replace(/\.$/, '');
const ruDay = (iso: string) => formatDay(utcDay(iso), true, 'ru');
const ruCount = (n: number, forms: NounForms) => `${n}\u00a0${pluralForm('ru', n, forms)}`;
const DEATH_CASES: NounForms = ['случай гибели', 'случая гибели', 'случаев гибели'];
const KILLED: NounForms = ['погибший', 'погибших', 'погибших'];
const OUTLETS_GENITIVE: NounForms = ['издания', 'изданий', 'изданий'];
const HOSTILE = 'от действий противника';
const HOSTILE_IN_RELEASES = `${HOSTILE} по сообщениям Пентагона`;

/** "2019 (between Jan 1 and Jun 25)" → «между 1 янв. и 25 июня 2019»; any other wording is kept. */
function ruUndated(date: string): string {
  const m = /^(\d{4}) \(between ([A-Z][a-z]{2}) (\d{1,2}) and ([A-Z][a-z]{2}) (\d{1,2})\)$/.exec(date);
  const month = (name: string | undefined) => Array.from({ length: 12 }, (_, i) => monthShort(i)).indexOf(name ?? '');
  if (!m || month(m[2]) < 0 || month(m[4]) < 0) return date;
  const day = (mo: number, d: string) => formatDay(new Date(Date.UTC(Number(m[1]), mo, Number(d))), false, 'ru');
  return `между ${day(month(m[2]), m[3] ?? '')} и ${day(month(m[4]), m[5] ?? '')} ${m[1]}`;
}

const ru: Words = {
  locale: 'ru',
  stateDescriptions: [
    'Каждая отметка — один военнослужащий США, погибший в Афганистане в 2019 году, в день его смерти; смерти одного дня выстроены столбиком, а смерти, дата которых не опубликована, вынесены в отдельный блок.',
    'Закрашенные отметки — смерти, которые The New York Times и AP отнесли к погибшим в бою; полые — смерти, которые они боевыми не считают.',
    'Отметки показывают классификацию Пентагона: закрашенные — потери от действий противника по сообщениям Пентагона, полые — нет; пунктирное кольцо отмечает открытый случай, где одна из двух смертей учтена иначе.',
    'Выделен взрыв заминированного автомобиля 8 апреля 2019 года у авиабазы Баграм; по публикациям 2020 года, разведданные о вознаграждениях касались в том числе этого нападения.',
    'Отметки 2019 года собираются в один столбец среди годовых данных о гибели военнослужащих США в Афганистане с 2001 года; заштрихованные столбцы построены по вторичному источнику.',
  ],
  description:
    'Военнослужащие США, погибшие в Афганистане в 2019 году, — по одной отметке на человека; подсчёт погибших в бою NYT/AP, подсчёт Пентагона потерь от действий противника и гибель по годам с 2001 года.',
  title: (year) => `Гибель военнослужащих США в Афганистане, ${year}`,
  annualTitle: (from, to) => `Гибель военнослужащих США в Афганистане, ${from}–${to}`,
  binLabel: 'Дата не опубликована:',
  axisTitles: (year) => [`Дата смерти, ${year}`, 'Дата смерти'],
  annualAxisTitle: 'Гибель военнослужащих США по годам',
  month: (m) => monthShort(m, 'ru'),
  day: ruDay,
  callout(state, c, year) {
    if (state === 0)
      return {
        value: c.total,
        text: `${pluralForm('ru', c.total, DEATH_CASES)} военнослужащих США в Афганистане в ${year} году`,
      };
    if (state === 1) return { value: c.combat, text: `из ${c.total} — погибшие в бою, по подсчёту NYT и AP` };
    if (state === 2) {
      return c.pentagonHostile === undefined
        ? { value: c.hostileByRelease, text: `из ${c.total} — ${HOSTILE_IN_RELEASES}` }
        : { value: c.pentagonHostile, text: `из ${c.total} — ${HOSTILE}, по подсчёту Пентагона` };
    }
    if (state === 3)
      return {
        value: c.bagram,
        text: `${pluralForm('ru', c.bagram, KILLED)} у авиабазы Баграм, ${ruDay(BAGRAM_ATTACK.date)}`,
      };
    return undefined;
  },
  describe(state, c, annual, year) {
    switch (state) {
      case 0:
        return `${ruCount(c.total, DEATH_CASES)} военнослужащих США в Афганистане в ${year} году. Названы по имени в сообщениях Пентагона: ${c.named}; имя и дата не опубликованы: ${c.unidentified}.`;
      case 1:
        return `По подсчёту The New York Times и AP, в бою погибли ${c.combat} из ${c.total}; смертей, не связанных с боем: ${c.nonCombat}.`;
      case 2: {
        const pentagon =
          c.pentagonHostile === undefined
            ? ''
            : `Пентагон отнёс к потерям ${HOSTILE} ${ruCount(c.pentagonHostile, DEATH_CASES)}. `;
        return `${pentagon}По сообщениям Пентагона ${HOSTILE}: ${c.hostileByRelease}. Не ${HOSTILE}, хотя NYT/AP относят их к погибшим в бою: ${c.combatNotHostile}. Для ${c.hostileOpenCases} отмеченных случаев не выяснено, какой из них Пентагон учитывает как смерть не ${HOSTILE}.`;
      }
      case 3:
        return `При взрыве заминированного автомобиля у авиабазы Баграм ${ruDay(BAGRAM_ATTACK.date)} погибли военнослужащие США: ${c.bagram}.`;
      default: {
        const { first, last, peak, focus, secondary } = annualFacts(annual, year);
        return `Гибель военнослужащих США в Афганистане по годам, ${first}–${last}: ${focus?.total ?? '?'} в ${year} году при максимуме ${peak?.total ?? '?'} в ${peak?.year ?? '?'} году. Данные за ${secondary[0]?.year ?? ''}–${secondary[secondary.length - 1]?.year ?? ''} годы взяты из вторичного источника.`;
      }
    }
  },
  legend: {
    one: (c) => `Одна отметка — одна смерть; всего: ${c.total}`,
    names: (c) => `Имена в сообщениях Пентагона: ${c.named}; имя и дата не опубликованы: ${c.unidentified}`,
    combat: (c) => `Погибшие в бою (подсчёт NYT/AP): ${c.combat}`,
    nonCombat: (c) => `Смерти, не связанные с боем: ${c.nonCombat}`,
    hostile: (n) => `${cap(HOSTILE_IN_RELEASES)}: ${n}`,
    doubt: (open, excess) =>
      `Открытый случай: отмечены ${open}, подсчёт Пентагона учитывает ${excess} из них иначе; кого именно — не выяснено`,
    nonHostile: (notHostile, combatNotHostile, inferred) =>
      `Не ${HOSTILE}: ${notHostile}; из них погибшие в бою по NYT/AP: ${combatNotHostile}${inferred ? ` (выведено из подсчёта Пентагона: ${inferred})` : ''}`,
    pentagon: (pentagonHostile, byRelease) =>
      `${pentagonHostile === undefined ? '' : `Подсчёт Пентагона — ${HOSTILE}: ${pentagonHostile}. `}По сообщениям: ${byRelease}.`,
    bagram: (day, place, killed, cause) => `${day}, ${place}: ${ruCount(killed, KILLED)}. ${cap(cause)}`,
    bagramLink: 'По публикациям 2020 года, разведданные о вознаграждениях касались в том числе этого нападения.',
    secondary: (span) => `${span}: данные вторичного источника, не сверенные с учётом потерь Пентагона`,
    primary: (span) => `${span}: учёт потерь Пентагона (DCAS), по публикациям`,
  },
  personLabel(d) {
    const combat = isCombat(d) ? 'NYT/AP относят к погибшим в бою' : 'NYT/AP не относят к погибшим в бою';
    if (!isNamed(d)) {
      return `Имя не опубликовано. Дата не опубликована: ${ruUndated(d.date)}. Причина: ${noStop(d.cause)}. NYT/AP не относят к погибшим в бою; не ${HOSTILE}.`;
    }
    const day = isDated(d) ? ruDay(d.date) : ruUndated(d.date);
    const hostile = isHostileOpenCase(d)
      ? `${HOSTILE_IN_RELEASES} (открытый случай: в подсчёте Пентагона одна такая смерть учтена как не связанная с действиями противника)`
      : isHostileInferred(d)
        ? `не ${HOSTILE} (выведено из подсчёта Пентагона)`
        : isHostile(d)
          ? HOSTILE_IN_RELEASES
          : `не ${HOSTILE}`;
    const province = d.province && !d.place.includes(d.province) ? `, провинция ${d.province}` : '';
    return `${cap(d.rank)} ${d.name}, ${d.branch}, ${noStop(d.unit)}. Дата смерти: ${day}; место: ${noStop(d.place)}${province}. Причина: ${noStop(d.cause)}. ${combat}; ${hostile}.`;
  },
  barLabel: (a) =>
    `${a.year}: погибших — ${a.total}${a.hostile === undefined ? '' : `, ${HOSTILE} — ${a.hostile}`}${a.verified === 'no' ? ' (вторичный источник, не проверено)' : ''}`,
  table: {
    deathsCaption: (c) =>
      `Гибель военнослужащих США в Афганистане в 2019 году: ${ruCount(c.total, DEATH_CASES)} (имена опубликованы: ${c.named}; не установлены: ${c.unidentified})`,
    deathsHeader: [
      'Дата',
      'Имя',
      'Звание',
      'Вид вооружённых сил',
      'Подразделение',
      'Место',
      'Причина',
      'Погиб в бою (NYT/AP)',
      `${cap(HOSTILE)} (по сообщениям Пентагона)`,
      'Источник',
    ],
    date: (d) => (isDated(d) ? ruDay(d.date) : `Не опубликована: ${ruUndated(d.date)}`),
    notReleased: 'Не опубликовано',
    cell: cap,
    yesNo: (v) => (v === 'yes' ? 'да' : 'нет'),
    annualCaption: 'Гибель военнослужащих США в Афганистане по годам',
    annualHeader: ['Год', 'Всего', cap(HOSTILE), `Не ${HOSTILE}`, 'Источник', 'Проверено'],
  },
  sourceLine: (releases, primary, secondary, secondaryName) =>
    `Источники: сообщения Пентагона в изложении ${releases}\u00a0${pluralForm('ru', releases, OUTLETS_GENITIVE)} (по одному на каждую смерть, см. таблицу); подсчёты NYT и AP; годовые итоги за ${primary} — из системы учёта потерь Пентагона (DCAS), за ${secondary} — из вторичного источника (${secondaryName ?? 'не назван'}), не проверены.`,
};

function annualFacts(annual: AnnualDeaths[], year: number) {
  const peak = annual.reduce<AnnualDeaths | undefined>((a, b) => (!a || b.total > a.total ? b : a), undefined);
  return {
    first: annual[0]?.year ?? '',
    last: annual[annual.length - 1]?.year ?? '',
    peak,
    focus: annual.find((a) => a.year === year),
    secondary: annual.filter((a) => a.verified === 'no'),
  };
}

export const WORDS: Record<Locale, Words> = { en, ru };

/** The words of the data's edition (English unless the data was built for another). */
export const words = (data: { locale?: Locale | undefined }): Words => WORDS[data.locale ?? 'en'];

import type { Dataset } from '../content/datasets.ts';

/**
 * The download datasets as the Russian edition's data page describes them. The files themselves stay
 * one set for both editions (their columns are the research's and the sources'); the statements,
 * proposals, claims and sources files carry the Russian texts in their own *_ru columns.
 */
export const DATASETS_RU: Record<string, { title: string; description: string; caveat?: string }> = {
  statements: {
    title: 'Кто что сказал и когда',
    description:
      'Публичные заявления с 10 июня 2020 года по апрель 2021 года: дословные цитаты, время, где оно известно, и источники.',
  },
  'deaths-2019': {
    title: 'Гибель военнослужащих США в Афганистане, 2019 год',
    description:
      'Одна строка на каждый случай гибели (23): имена, звания, части и места, как их опубликовал Пентагон; все столбцы исходного файла сохранены.',
    caveat:
      'Два случая известны только по сводным подсчётам: их строки — безымянные заготовки с verified = no. Столбец hostile даёт 18 «yes» против 17 случаев гибели «от действий противника» у Пентагона; какой случай Пентагон учитывает иначе, не выяснено.',
  },
  'deaths-annual': {
    title: 'Гибель военнослужащих США в Афганистане по годам, 2001–2020',
    description: 'Итоги по годам и, где источник их даёт, число погибших «от действий противника».',
    caveat:
      'Итоги за 2001–2018 годы взяты у вторичного агрегатора, не называющего свой источник (verified = no); данные о погибших «от действий противника» за эти годы — из других сообщений. Только 2019 и 2020 годы опираются на систему учёта потерь Пентагона (Defense Casualty Analysis System).',
  },
  proposals: {
    title: 'Меры против России, предложенные Республиканским исследовательским комитетом',
    description:
      'Меры из Стратегии национальной безопасности RSC (10 июня 2020 года) в том виде, в каком их цитировала пресса, и что стало с каждой, насколько это видно из источников.',
    caveat: 'Полный текст доклада прочитать не удалось; ни один источник не связывает последующие меры с докладом.',
  },
  claims: {
    title: 'Реестр утверждений',
    description:
      'Каждое утверждение: кто и когда его сделал, какие доказательства привёл, более поздние оценки и его статус сейчас.',
  },
  reports: {
    title: 'Кто что сообщил',
    description:
      'Публикации прессы с 26 июня по 3 июля 2020 года о вознаграждениях: какие элементы истории были в каждой и на скольких должностных лиц она ссылалась, если источник это указывает.',
    caveat: 'Число должностных лиц указано, только если его называет источник; иначе — «not-stated».',
  },
  sources: {
    title: 'Источники',
    description:
      'Все источники, на которые ссылается сайт: издатель, заголовок или наше описание, дата и адрес. Русские названия издателей и наши описания по-русски — в столбцах publisher_ru и description_ru.',
  },
};

/** A dataset's title, description and caveat in one edition. */
export function datasetText(d: Pick<Dataset, 'name' | 'title' | 'description' | 'caveat'>, locale: 'en' | 'ru') {
  const ru = locale === 'ru' ? DATASETS_RU[d.name] : undefined;
  return ru ?? { title: d.title, description: d.description, caveat: d.caveat };
}

/**
 * The Russian edition of the research's 2019 rows (content/data/deaths-2019.csv), as far as the chart
 * and its table show them: ranks, services, units, places, provinces and causes, keyed by the English
 * text, and each named person's name as the Russian chapter writes it (Cyrillic, then the name as the
 * Pentagon published it). The content model carries no Russian columns for deaths; until it does, the
 * Russian lives here. A value not listed stays in English (a new row still draws, untranslated).
 * Terms follow content/chapters/ru/the-2019-toll.mdx.
 */
import { isNamed } from './parse.ts';
import type { Death2019 } from './types.ts';

/** Ranks at the time of death, lower case as Russian writes them mid-sentence. */
const RANKS: Record<string, string> = {
  'Sgt.': 'сержант',
  'Sgt. 1st Class': 'сержант первого класса',
  'Staff Sgt.': 'штаб-сержант',
  'Master Sgt.': 'мастер-сержант',
  'Sgt. Maj.': 'сержант-майор',
  'Cpl.': 'капрал',
  'Spc.': 'специалист',
  'Pfc.': 'рядовой первого класса',
  'Chief Warrant Officer 2': 'старший уорент-офицер 2-го класса',
};

const BRANCHES: Record<string, string> = {
  Army: 'Сухопутные войска',
  'Marine Corps (Reserve)': 'резерв Корпуса морской пехоты',
  'Army National Guard (Georgia)': 'Национальная гвардия сухопутных войск штата Джорджия',
};

/** Afghan provinces, bare names (the label adds «провинция»). */
const PROVINCES: Record<string, string> = {
  Badghis: 'Бадгис',
  Uruzgan: 'Урузган',
  Kunduz: 'Кундуз',
  Parwan: 'Парван',
  Nangarhar: 'Нангархар',
  Faryab: 'Фарьяб',
  Zabul: 'Забуль',
  Kabul: 'Кабул',
  Wardak: 'Вардак',
  Logar: 'Логар',
};

const SFG = (n: string) => `${n} группы специального назначения (воздушно-десантной)`;
const BRAGG = 'Форт-Брэгг (Северная Каролина)';
const CARSON = 'Форт-Карсон (Колорадо)';
const LEWIS = 'объединённая база Льюис-Маккорд (штат Вашингтон)';
const HOOD = 'Форт-Худ (Техас)';
const EGLIN = 'авиабаза Эглин (Флорида)';
const MARINES =
  '25-й полк морской пехоты 4-й дивизии морской пехоты, командование резерва морской пехоты (Форт-Девенс, Массачусетс)';

const UNITS: Record<string, string> = {
  'Company A, 2nd Battalion, 75th Ranger Regiment, Joint Base Lewis-McChord, Wash.': `рота A 2-го батальона 75-го полка рейнджеров, ${LEWIS}`,
  '1st Battalion, 3rd Special Forces Group (Airborne), Fort Bragg, N.C.': `1-й батальон ${SFG('3-й')}, ${BRAGG}`,
  '242nd Ordnance Battalion, 71st Explosive Ordnance Disposal Group, Fort Carson, Colo.': `242-й артиллерийско-технический батальон 71-й группы по обезвреживанию взрывоопасных предметов, ${CARSON}`,
  '2nd Battalion, 10th Special Forces Group (Airborne), Fort Carson, Colo.': `2-й батальон ${SFG('10-й')}, ${CARSON}`,
  '25th Marine Regiment, 4th Marine Division, Marine Forces Reserve (Fort Devens, Mass.)': MARINES,
  '1st Battalion, 118th Field Artillery Regiment, 48th Infantry Brigade Combat Team, Georgia Army National Guard (Savannah)':
    '1-й батальон 118-го полка полевой артиллерии 48-й пехотной бригадной боевой группы, Национальная гвардия сухопутных войск штата Джорджия (Саванна)',
  '79th Ordnance Battalion (Explosive Ordnance Disposal), 71st Ordnance Group, Fort Hood, Texas': `79-й артиллерийско-технический батальон (обезвреживание взрывоопасных предметов) 71-й артиллерийско-технической группы, ${HOOD}`,
  '1st Battalion, 505th Parachute Infantry Regiment, 3rd Brigade Combat Team, 82nd Airborne Division, Fort Bragg, N.C.': `1-й батальон 505-го парашютно-пехотного полка 3-й бригадной боевой группы 82-й воздушно-десантной дивизии, ${BRAGG}`,
  '1st Battalion, 7th Special Forces Group (Airborne), Eglin Air Force Base, Fla.': `1-й батальон ${SFG('7-й')}, ${EGLIN}`,
  '2nd Battalion, 1st Special Forces Group (Airborne), Joint Base Lewis-McChord, Wash.': `2-й батальон ${SFG('1-й')}, ${LEWIS}`,
  '82nd Brigade Support Battalion, 3rd Brigade Combat Team, 82nd Airborne Division, Fort Bragg, N.C.': `82-й батальон обеспечения 3-й бригадной боевой группы 82-й воздушно-десантной дивизии, ${BRAGG}`,
  '3rd Battalion, 1st Special Forces Group (Airborne), Joint Base Lewis-McChord, Wash.': `3-й батальон ${SFG('1-й')}, ${LEWIS}`,
  '1st Battalion, 227th Aviation Regiment, 1st Air Cavalry Brigade, 1st Cavalry Division, Fort Hood, Texas': `1-й батальон 227-го авиационного полка 1-й бригады воздушной кавалерии 1-й кавалерийской дивизии, ${HOOD}`,
};

const PLACES: Record<string, string> = {
  'Wounded Jan. 13 in Jawand (Jawad) district; died Jan. 17 at Landstuhl Regional Medical Center, Germany':
    'ранен 13 января в уезде Джаванд (Джавад) провинции Бадгис, скончался 17 января в региональном медицинском центре Ландштуль (Германия)',
  'Tarin Kowt': 'Тарин-Кот',
  'Kunduz province (partnered U.S.-Afghan operation; NATO described fighting near Kunduz city)':
    'провинция Кундуз (совместная операция США и Афганистана; НАТО сообщало о боях у города Кундуз)',
  'Kunduz province (same engagement as Collette)': 'провинция Кундуз (тот же бой, в котором погиб Коллетт)',
  'Near Bagram Airfield (about a mile from the base per WaPo)':
    'у авиабазы Баграм (примерно в миле от базы, по данным The Washington Post)',
  'Near Bagram Airfield': 'у авиабазы Баграм',
  'Nangarhar Province': 'провинция Нангархар',
  'Uruzgan Province (Taliban claimed Sayed Abad district of Wardak)':
    'провинция Урузган (по заявлению талибов — уезд Сайдабад провинции Вардак)',
  'Uruzgan Province': 'провинция Урузган',
  'Faryab Province (Taliban claimed Ghormach district of Badghis)':
    'провинция Фарьяб (по заявлению талибов — уезд Гормач провинции Бадгис)',
  'Faryab Province': 'провинция Фарьяб',
  'Zabul Province': 'провинция Забуль',
  'Kabul (near Green Zone)': 'Кабул (рядом с «зелёной зоной»)',
  'Wardak Province': 'провинция Вардак',
  'Logar Province': 'провинция Логар',
  'Kunduz Province (Taliban claimed roadside bomb in Chardara district); injured Dec. 22, died Dec. 23':
    'провинция Кундуз (талибы заявили о придорожной бомбе в уезде Чардара); ранен 22 декабря, скончался 23 декабря',
};

const TALIBAN_CLAIMED = 'ответственность взял на себя «Талибан»';
const HELICOPTER = 'крушение вертолёта (AH-64 Apache) при прикрытии войск на земле';
const NO_ENEMY_FIRE = 'по предварительным данным, признаков огня противника нет';

/** Causes as the releases word them; lower case, a sentence capitalises them where one starts. */
const CAUSES: Record<string, string> = {
  'Small arms fire during combat operations (died of wounds)':
    'огонь из стрелкового оружия в ходе боевых действий (скончался от ран)',
  'Enemy small arms fire during combat operations': 'огонь противника из стрелкового оружия в ходе боевых действий',
  'Wounds sustained in combat (Taliban claimed); weapon type not specified in DoD release': `ранения, полученные в бою (${TALIBAN_CLAIMED}); вид оружия в сообщении Пентагона не указан`,
  'Vehicle-borne IED / car bomb against convoy (Taliban claimed)': `атака заминированного автомобиля на колонну (${TALIBAN_CLAIMED})`,
  'Non-combat incident (circumstances not released; under investigation)':
    'небоевой инцидент (обстоятельства не сообщались; ведётся расследование)',
  'Non-combat (details unknown)': 'небоевая смерть (подробности неизвестны)',
  'Small arms fire while engaged in combat operations': 'огонь из стрелкового оружия в ходе боевых действий',
  'Enemy small arms fire': 'огонь противника из стрелкового оружия',
  "Insider attack: Afghan soldier opened fire (US officials to AP); DoD: 'wounds sustained in a combat related incident'":
    'нападение изнутри: огонь открыл афганский военнослужащий (так американские официальные лица сообщили AP); Пентагон: «ранения, полученные при инциденте, связанном с боевыми действиями»',
  'Wounds sustained while engaged in combat operations (details not released; NYT: died at outset of raid with Afghan commandos after disembarking helicopter)':
    'ранения, полученные в ходе боевых действий (подробности не сообщались; NYT: погиб в начале рейда с афганским спецназом, после высадки из вертолёта)',
  'Vehicle-borne IED detonated near his vehicle (Taliban claimed)': `взрыв заминированного автомобиля рядом с его машиной (${TALIBAN_CLAIMED})`,
  'Small arms fire while unit engaged in combat operations':
    'огонь из стрелкового оружия, когда подразделение вело боевые действия',
  'Helicopter (AH-64 Apache) crash while providing security for troops on the ground; Resolute Support: preliminary reports do not indicate enemy fire; Taliban claim of shoot-down called false': `${HELICOPTER}; миссия «Решительная поддержка»: ${NO_ENEMY_FIRE}; заявление талибов о том, что вертолёт сбит, названо ложным`,
  'Helicopter (AH-64 Apache) crash while providing security for troops on the ground; preliminary reports do not indicate enemy fire': `${HELICOPTER}; ${NO_ENEMY_FIRE}`,
  'Injuries sustained while unit engaged in combat operations; Taliban claimed roadside bomb (IED)':
    'ранения, полученные, когда подразделение вело боевые действия; талибы заявили о придорожной бомбе (СВУ)',
};

/** Names as the Russian chapter writes them; the Pentagon's spelling follows in brackets. */
const NAMES: Record<string, [cyrillic: string, latin?: string]> = {
  'Cameron A. Meddock': ['Кэмерон Меддок'],
  'Joshua Z. Beale': ['Джошуа Бил'],
  'Joseph P. Collette': ['Джозеф Коллетт'],
  'Will D. Lindsay': ['Уилл Линдси'],
  'Christopher K.A. Slutman': ['Кристофер Слатман'],
  'Benjamin S. Hines': ['Бенджамин Хайнс'],
  'Robert A. Hendriks': ['Роберт Хендрикс'],
  'Miguel L. Holmes': ['Мигель Холмс'],
  'Micheal B. Riley': ['Майкл Райли'],
  'James G. Johnston': ['Джеймс Джонстон'],
  'James G. "Ryan" Sartor': ['Джеймс «Райан» Сартор', 'James G. Sartor'],
  'Brandon Jay Kreischer': ['Брэндон Джей Крайшер'],
  'Michael Isaiah Nance': ['Майкл Айзая Нэнс'],
  'Luis F. DeLeon-Figueroa': ['Луис Делеон-Фигероа'],
  'Jose J. Gonzalez': ['Хосе Гонсалес'],
  'Dustin B. Ard': ['Дастин Ард'],
  'Elis A. Barreto Ortiz': ['Элис Баррето Ортис'],
  'Jeremy W. Griffin': ['Джереми Гриффин'],
  'David C. Knadle': ['Дэвид Нэдл'],
  'Kirk T. Fuchigami Jr.': ['Кирк Фучигами-младший'],
  'Michael J. Goble': ['Майкл Гобл'],
};

const ru = (map: Record<string, string>, value: string): string => map[value] ?? value;

function russianName(name: string): string {
  const known = NAMES[name];
  return known ? `${known[0]} (${known[1] ?? name})` : name;
}

/**
 * A death with its shown words in Russian. Everything the graphic reasons on stays as the research
 * has it: id, date, the yes/no columns, notes (the hostile flags), source title (titles stay as
 * published); the placeholder name of an unidentified death too, which is never shown.
 */
export function russianDeath(d: Death2019): Death2019 {
  return {
    ...d,
    name: isNamed(d) ? russianName(d.name) : d.name,
    rank: ru(RANKS, d.rank),
    branch: ru(BRANCHES, d.branch),
    unit: ru(UNITS, d.unit),
    place: ru(PLACES, d.place),
    province: ru(PROVINCES, d.province),
    cause: ru(CAUSES, d.cause),
  };
}

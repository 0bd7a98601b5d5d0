// Shared pieces of the 时间要求 parser: normalising a phrase once, the parse context, and the check
// on words that may follow a date without changing it (完成, 出台, 基本建立, 形成方案 …).

import { chineseNumeralsToDigits, normalizeText } from '../normalize';

/** A phrase after normalisation, as every phrase family sees it. */
export interface Phrase {
  /** normalizeText output with numerals as digits, quotes, leading words (力争, 于, 到 …) and
   *  trailing punctuation removed. Five-year-plan names survive: 十三五 is not a number. */
  s: string;
}

/** Per-parse state: the year for phrases that name none, and whether it was used (memo key). */
export interface ParseContext {
  year: number;
  usedDefaultYear: boolean;
}

const QUOTES_RE = /[“”‘’"'「」『』《》]/g;
/** A document title inside a phrase (完成《2021—2025年规划》编制): its years are not the phrase's dates. */
const TITLE_RE = /《[^《》]*》/g;
/** Words before a date that do not move it: 力争2018年底前, 于2019年6月底前, 原则上, 以上工作要在 … */
const LEADING_RE =
  /^(?:原则上|力争|争取|确保|务必|力求|计划|预计|预期|拟|最迟|最晚|不晚于|不迟于|截至到?|截止到?|完成时限为?|时间为?|时限为?|要求|该项工作|此项工作|该工作|上述工作|以上工作|相关工作|各项工作|全部|均|须|需|必须|应当?|要|将|于|到|在|至)+/;
const TRAILING_PUNCT_RE = /[。．.,，、;；:：!！?？…]+$/;
/** What a date starts with once leading words are gone (digits, 年底, 上半年, 第一季度, 每年, 今年 …). */
const DATE_START_RE = /^[\d年上下第每逐十今本当明次]/;
/**
 * A subject before the date: 各县(市、区)于2020年3月底前完成, 市财政局将于…, 各地要在…. Up to 24
 * characters with no time word in them, then a particle (于/在, optionally after 将/要/应/须/力争 …).
 */
const SUBJECT_RE =
  /^[^\d年月季旬每逐起至到—\-~/.,;:]{1,24}?(?:原则上|力争|争取|确保|务必|计划|要求|均|须|需|必须|应当?|要|将)*(?:于|在)(?=[\d年上下第每逐今本当明次])/;

/** 今年/本年/当年: the as-of year, i.e. a yearless phrase (今年底 -> 年底, 今年6月 -> 6月, 当年 -> 年内). */
const THIS_YEAR_RE = /^(?:今|本|当)年度?(?<next>[底末初中内]|[\d上下第])?/;
function thisYear(_all: string, next: string | undefined): string {
  if (next === undefined || next === '内') return '年内';
  return /[底末初中]/.test(next) ? '年' + next : next;
}
/** 明年/次年: the year after the as-of year. */
const NEXT_YEAR_RE = /^(?:明|次)年度?/;

/** 2018年年底, 2019年年中, 2019年年初前: officials often write 年 twice; it means 2018年底 … */
const DOUBLED_YEAR_RE = /(?<y>\d{4})年年(?=[底末初中内])/g;

/**
 * Drops what stands before a date without moving it (leading words, a subject) and reads a relative
 * year (今年, 明年) at the start of `s`, an already normalised piece of a phrase. Used for the whole
 * phrase and for each step of a milestones phrase.
 */
export function stripLeading(s: string, ctx: ParseContext): string {
  const lead = LEADING_RE.exec(s);
  // Never strip the whole phrase: "至今"/"到期" are words, not a leading particle plus a date.
  if (lead && lead[0].length < s.length && DATE_START_RE.test(s.slice(lead[0].length))) {
    s = s.slice(lead[0].length);
  } else if (!DATE_START_RE.test(s)) {
    const subject = SUBJECT_RE.exec(s);
    if (subject) s = s.slice(subject[0].length);
  }
  s = s.replace(THIS_YEAR_RE, thisYear);
  const next = NEXT_YEAR_RE.exec(s);
  if (next) {
    ctx.usedDefaultYear = true;
    s = `${ctx.year + 1}年` + s.slice(next[0].length);
  }
  return s.replace(DOUBLED_YEAR_RE, '$<y>年');
}

export function preparePhrase(raw: string, ctx: ParseContext): Phrase {
  let s = chineseNumeralsToDigits(normalizeText(raw).replace(TITLE_RE, '').replace(QUOTES_RE, '')).replace(
    TRAILING_PUNCT_RE,
    '',
  );
  // A phrase wrapped whole in brackets: (2018年底前)
  if (s.startsWith('(') && s.endsWith(')') && s.indexOf(')') === s.length - 1) s = s.slice(1, -1);
  return { s: stripLeading(s, ctx) };
}

/** 前 / 以前 / 之前 after a date: they do not move it. */
export const BEFORE_RE = /(?:以前|之前|前)?/y;

/** Nouns with 年/月/季 that name a report or a year's work, not a date: 报送上年度情况, 制定年度计划. */
const TRAILER_NOUNS_RE = /至少|上个?月|本月|当月|上1?季度|本季度|当季度?|上1?年度?|本年度?|全年|年度|年报|月报|季报|季度报告|半年报/g;
/**
 * A target or a count after the date is the work, not the time: 2022年底完成90%以上, 建成10个,
 * 每半年报送1次. 个月 and 年 are time words and stay.
 */
const QUANTITY_RE =
  /(?:至少|不少于|不低于|超过)?\d+(?:\.\d+)?(?:%|个百分点|个(?!月)|家|项|所|万|亿|人|名|公里|千米|平方米|米|亩|套|户|座|条|张|台|辆|次|批|类|件|处|倍|元|篇|场)(?:以上|左右|以内|及以上)?/g;
/** Characters that signal more time information, which a trailer must not carry. */
const TIME_CHARS_RE = /[\d年月季旬每逐至到~〜—\-/]/;
/** Words after a date that change its meaning: 以后/之后 (after), 左右/前后 (about), 起/开始 (from). */
const MEANING_CHANGERS_RE = /^(?:后|以后|之后|以来|起(?!草)|开始)|左右|前后|或|及以后/;
/** Ongoing words: after a deadline they make the phrase mixed (完成后持续推进): not a plain deadline. */
/** 2018年启动，尽快完成: a start, then a second clause; not a plain verb after a deadline. */
const START_THEN_MORE_RE = /^(?:启动|开始|起步|着手)[,;、]/;
const ONGOING_RE = /长期|持续|常态|常年/;

/**
 * Whether `rest` (what follows the date and 前) is only a verb phrase such as 完成, 出台, 基本建立,
 * 公布试点名单, 全覆盖. `allowOngoing` lets recurring phrases keep 持续推进 (每年持续推进).
 */
export function isPlainTrailer(rest: string, allowOngoing = false): boolean {
  if (rest === '') return true;
  if (rest.length > 40) return false;
  rest = rest.replace(QUANTITY_RE, '');
  if (TIME_CHARS_RE.test(rest.replace(TRAILER_NOUNS_RE, ''))) return false;
  if (MEANING_CHANGERS_RE.test(rest)) return false;
  if (START_THEN_MORE_RE.test(rest)) return false;
  if (!allowOngoing && ONGOING_RE.test(rest)) return false;
  return true;
}

/** Runs a sticky regex at `pos`; returns the match or null. */
export function matchAt(re: RegExp, s: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(s);
}

/** Length of 前/以前/之前 at `pos` (0 if none). */
export function beforeWordLength(s: string, pos: number): number {
  const m = matchAt(BEFORE_RE, s, pos);
  return m ? m[0].length : 0;
}

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
/** Words before a date that do not move it: 力争2018年底前, 于2019年6月底前, 到2020年 … */
const LEADING_RE =
  /^(?:力争|争取|确保|务必|力求|计划|预计|预期|拟|最迟|最晚|不晚于|不迟于|截至到?|截止到?|时间为?|时限为?|于|到|在|至)+/;
const TRAILING_PUNCT_RE = /[。．.,，、;；:：!！?？…]+$/;

/** 今年/本年/当年: the as-of year, i.e. a yearless phrase (今年底 -> 年底, 今年6月 -> 6月, 当年 -> 年内). */
const THIS_YEAR_RE = /^(?:今|本|当)年度?(?<next>[底末初中内]|[\d上下第])?/;
function thisYear(_all: string, next: string | undefined): string {
  if (next === undefined || next === '内') return '年内';
  return /[底末初中]/.test(next) ? '年' + next : next;
}

/** 2018年年底, 2019年年中, 2019年年初前: officials often write 年 twice; it means 2018年底 … */
const DOUBLED_YEAR_RE = /(?<y>\d{4})年年(?=[底末初中内])/g;

export function preparePhrase(raw: string): Phrase {
  let s = chineseNumeralsToDigits(normalizeText(raw).replace(QUOTES_RE, '')).replace(TRAILING_PUNCT_RE, '');
  // A phrase wrapped whole in brackets: (2018年底前)
  if (s.startsWith('(') && s.endsWith(')') && s.indexOf(')') === s.length - 1) s = s.slice(1, -1);
  const lead = LEADING_RE.exec(s);
  // Never strip the whole phrase: "至今"/"到期" are words, not a leading particle plus a date.
  if (lead && lead[0].length < s.length && /^[\d年上下第每逐十]/.test(s.slice(lead[0].length))) {
    s = s.slice(lead[0].length);
  }
  s = s.replace(THIS_YEAR_RE, thisYear).replace(DOUBLED_YEAR_RE, '$<y>年');
  return { s };
}

/** 前 / 以前 / 之前 after a date: they do not move it. */
export const BEFORE_RE = /(?:以前|之前|前)?/y;

/** Nouns with 年/月/季 that name a report or a year's work, not a date: 报送上年度情况, 制定年度计划. */
const TRAILER_NOUNS_RE = /上1?年度?|本年度?|全年|年度|年报|月报|季报|季度报告|半年报/g;
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

// Phrase family 3: ranges and periods. 2018—2022年, 2018年-2022年, 2018~2020, 2018至2020年,
// 2018年3月至6月, 2018.3—2019.6, "2018年启动，2020年底前完成", and the five-year plans
// (十三五 = 2016..2020). A period starts on the first day of its first span and includes its last.

import { lastDayOfMonth, ymdToIso } from '../dates';
import type { Schedule } from '../types';
import { parseDeadline } from './deadline';
import { beforeWordLength, isPlainTrailer, matchAt, type ParseContext, type Phrase } from './phrase';
import { ALL_POINTS, INVALID, readPoint } from './point';

const JOIN_RE = /(?:起|开始)?(?<join>—|-|~|〜|至|到)/y;
/** "YYYY年启动，YYYY年底前完成": a start word, then the finishing deadline. */
const START_WORD_RE = /(?<verb>启动|开始|起步|着手|部署|试点|实施|开展)(?<sep>[,;、])?/y;
/** 十一五 … 十五五: the national five-year plans, 2006–2010 … 2026–2030. */
const FIVE_YEAR_RE = /^十(?<n>[一二三四五])五(?:规划)?(?:期间|时期|期内|期|内)?(?<atEnd>期末|末|底)?/;
const FIVE_YEAR_INDEX: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5 };

function parseFiveYearPlan(p: Phrase): Schedule | null {
  // 十三五 survives the numeral pass (it is not a number 十-digit form), so it is matched as a name.
  const m = FIVE_YEAR_RE.exec(p.s);
  if (!m || !m.groups) return null;
  const pos = m[0].length + beforeWordLength(p.s, m[0].length);
  if (!isPlainTrailer(p.s.slice(pos))) return null;
  const first = 2006 + 5 * (FIVE_YEAR_INDEX[m.groups.n] - 1);
  const last = first + 4;
  if (m.groups.atEnd) return { kind: 'deadline', due: `${last}-12-31` };
  return { kind: 'period', start: `${first}-01-01`, end: `${last}-12-31` };
}

/** 2018年1-6月, 2018年1—6月, 1至6月: a month span written with one 月. */
const MONTH_SPAN_RE = /(?:(?<y>\d{4})年)?(?<m1>\d{1,2})(?:—|-|~|〜|至|到)(?<m2>\d{1,2})月(?:底|末|份)?/y;

function parseMonthSpan(p: Phrase, ctx: ParseContext): Schedule | null {
  const m = matchAt(MONTH_SPAN_RE, p.s, 0);
  if (!m || !m.groups) return null;
  const pos = m[0].length + beforeWordLength(p.s, m[0].length);
  if (!isPlainTrailer(p.s.slice(pos), true)) return null;
  let year = ctx.year;
  if (m.groups.y !== undefined) year = +m.groups.y;
  else ctx.usedDefaultYear = true;
  const m1 = +m.groups.m1;
  const m2 = +m.groups.m2;
  if (m1 < 1 || m2 > 12 || m1 > m2 || year < 1900 || year > 9999) return { kind: 'unknown' };
  return { kind: 'period', start: ymdToIso(year, m1, 1)!, end: ymdToIso(year, m2, lastDayOfMonth(year, m2))! };
}

export function parseRange(p: Phrase, ctx: ParseContext): Schedule | null {
  const fiveYear = parseFiveYearPlan(p);
  if (fiveYear) return fiveYear;
  const monthSpan = parseMonthSpan(p, ctx);
  if (monthSpan) return monthSpan;

  const a = readPoint(p.s, 0, ALL_POINTS, ctx);
  if (a === null) return null;
  if (a === INVALID) return { kind: 'unknown' };

  const join = matchAt(JOIN_RE, p.s, a.next);
  if (join) {
    const b = readPoint(p.s, a.next + join[0].length, ALL_POINTS, ctx, a.span.year);
    if (b === null) return null;
    if (b === INVALID) return { kind: 'unknown' };
    const pos = b.next + beforeWordLength(p.s, b.next);
    // A period is continuous work: 2018—2022年持续推进 is still that period.
    if (!isPlainTrailer(p.s.slice(pos), true)) return null;
    if (b.span.end < a.span.start) return { kind: 'unknown' }; // 2022—2018年: not corrected
    return { kind: 'period', start: a.span.start, end: b.span.end };
  }

  const startWord = matchAt(START_WORD_RE, p.s, a.next);
  if (startWord) {
    const rest: Phrase = { s: p.s.slice(a.next + startWord[0].length).replace(/^(?:力争|争取|确保|于|到|在)+/, '') };
    const finish = parseDeadline(rest, ctx, a.span.year);
    if (!finish || finish.kind !== 'deadline') return null;
    if (finish.due < a.span.start) return { kind: 'unknown' };
    return { kind: 'period', start: a.span.start, end: finish.due };
  }
  return null;
}

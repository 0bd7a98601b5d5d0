// A "point" is one time expression inside a phrase (2018年9月底, 6月上旬, 2019年, 下半年, 第三季度,
// 2018.6.30 …). Each reads as the span of days it names; a deadline is due at the span's end and a
// range runs from the first span's start to the last span's end. Sticky regexes with named groups,
// tried in order, longest forms first.

import { lastDayOfMonth, ymdToIso } from '../dates';
import type { IsoDate } from '../types';
import { matchAt, type ParseContext } from './phrase';

export interface Span {
  start: IsoDate;
  end: IsoDate;
  /** The year the span lies in (a yearless month after a range's first point takes this year). */
  year: number;
  /** Whether the point named its own year. */
  hasYear: boolean;
}

/** A point was recognised but names an impossible date (13月, 2月30日): the phrase is unknown. */
export const INVALID = 'invalid' as const;
export type PointResult = { span: Span; next: number } | typeof INVALID | null;

const MIN_YEAR = 1900;
const MAX_YEAR = 9999;

/** Day precision: 2018年6月30日, 6月30日, 2018-06-30, 2018/6/30, 2018.6.30. */
export const DAY_POINTS: RegExp[] = [
  /(?:(?<y>\d{4})年)?(?<m>\d{1,2})月(?<d>\d{1,2})[日号]/y,
  /(?<y>\d{4})(?<sep>[-/.])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?!\d)/y,
];

/** Month, year, half-year and quarter precision. */
export const COARSE_POINTS: RegExp[] = [
  // 2018年6月底, 6月上旬, 2018年6月, 6月份, 12月末
  /(?:(?<y>\d{4})年)?(?<m>\d{1,2})月份?(?<mpart>底|末|上中旬|中下旬|上旬|中旬|下旬|初)?/y,
  // 2018.6, 2018-06, 2018/6 (a month written with a separator), optionally 底/末
  /(?<y>\d{4})[-/.](?<m>\d{1,2})(?![\d\-/.])(?:月?(?<mpart>底|末|上旬|中旬|下旬|初))?/y,
  // 上半年, 2018年下半年
  /(?:(?<y>\d{4})年度?)?(?<half>[上下])半年/y,
  // 一季度, 第三季度末, 2018年第四季度
  /(?:(?<y>\d{4})年度?)?第?(?<q>\d)季度?(?:末|底)?/y,
  // 2018年底, 年内, 2018年, 2018年度, 年初, 年中
  /(?<y>\d{4})?年(?<ypart>度内|底|末|初|中|内|度)?/y,
  // a bare year: 2018 (as in 2018—2022年)
  /(?<y>\d{4})(?![\d年])/y,
];

export const ALL_POINTS: RegExp[] = [...DAY_POINTS, ...COARSE_POINTS];

function span(startIso: IsoDate | null, endIso: IsoDate | null, year: number, hasYear: boolean): Span | null {
  if (!startIso || !endIso) return null;
  return { start: startIso, end: endIso, year, hasYear };
}

/** Reads the point's groups into a span; null if the groups do not make a point, INVALID if impossible. */
function toSpan(g: Record<string, string | undefined>, ctx: ParseContext, defaultYear: number | null): Span | null | typeof INVALID {
  const hasYear = g.y !== undefined;
  // A yearless 年 needs a part (年底, 年内); 年度 alone is the recurring family's word.
  if (!hasYear && g.ypart === undefined && g.m === undefined && g.half === undefined && g.q === undefined) return null;
  if (!hasYear && (g.ypart === '度' || g.ypart === '度内')) return null;
  let year: number;
  if (hasYear) {
    year = +g.y!;
  } else if (defaultYear !== null) {
    year = defaultYear;
  } else {
    year = ctx.year;
    ctx.usedDefaultYear = true;
  }
  if (year < MIN_YEAR || year > MAX_YEAR) return INVALID;

  if (g.m !== undefined) {
    const m = +g.m;
    if (m < 1 || m > 12) return INVALID;
    const last = lastDayOfMonth(year, m);
    if (g.d !== undefined) {
      const iso = ymdToIso(year, m, +g.d);
      return iso ? span(iso, iso, year, hasYear) : INVALID;
    }
    switch (g.mpart) {
      case '底':
      case '末':
        return span(ymdToIso(year, m, last), ymdToIso(year, m, last), year, hasYear);
      case '上旬':
      case '初':
        return span(ymdToIso(year, m, 1), ymdToIso(year, m, 10), year, hasYear);
      case '中旬':
        return span(ymdToIso(year, m, 11), ymdToIso(year, m, 20), year, hasYear);
      case '上中旬':
        return span(ymdToIso(year, m, 1), ymdToIso(year, m, 20), year, hasYear);
      case '中下旬':
        return span(ymdToIso(year, m, 11), ymdToIso(year, m, last), year, hasYear);
      case '下旬':
        return span(ymdToIso(year, m, 21), ymdToIso(year, m, last), year, hasYear);
      default:
        return span(ymdToIso(year, m, 1), ymdToIso(year, m, last), year, hasYear);
    }
  }
  if (g.half !== undefined) {
    return g.half === '上'
      ? span(ymdToIso(year, 1, 1), ymdToIso(year, 6, 30), year, hasYear)
      : span(ymdToIso(year, 7, 1), ymdToIso(year, 12, 31), year, hasYear);
  }
  if (g.q !== undefined) {
    const q = +g.q;
    if (q < 1 || q > 4) return INVALID;
    const m = q * 3;
    return span(ymdToIso(year, m - 2, 1), ymdToIso(year, m, lastDayOfMonth(year, m)), year, hasYear);
  }
  switch (g.ypart) {
    case '底':
    case '末':
      return span(ymdToIso(year, 12, 31), ymdToIso(year, 12, 31), year, hasYear);
    case '初':
      return span(ymdToIso(year, 1, 1), ymdToIso(year, 1, 31), year, hasYear);
    case '中':
      return span(ymdToIso(year, 6, 30), ymdToIso(year, 6, 30), year, hasYear);
    default: // a bare year, 年内, 年度
      return span(ymdToIso(year, 1, 1), ymdToIso(year, 12, 31), year, hasYear);
  }
}

/**
 * Reads one point of `patterns` at `pos`. `defaultYear` is the year a yearless point takes when an
 * earlier point of the same phrase named one (2018年3月至6月); otherwise it takes ctx.year.
 */
export function readPoint(
  s: string,
  pos: number,
  patterns: RegExp[],
  ctx: ParseContext,
  defaultYear: number | null = null,
): PointResult {
  for (const re of patterns) {
    const m = matchAt(re, s, pos);
    if (!m || m[0].length === 0 || !m.groups) continue;
    // Check without touching ctx first, so a pattern that does not fit leaves no trace.
    const probe: ParseContext = { year: ctx.year, usedDefaultYear: false };
    const result = toSpan(m.groups, probe, defaultYear);
    if (result === null) continue;
    if (probe.usedDefaultYear) ctx.usedDefaultYear = true;
    if (result === INVALID) return INVALID;
    return { span: result, next: pos + m[0].length };
  }
  return null;
}

// Phrase family 4: recurring work. 每年推进, 逐年推进, 每年开展, 年度, 按年度, 每年12月底清理
// (yearly, due 12-31), 每年6月底前 (yearly, due 06-30), 每季度, 每半年, 每月. Yearly work is due on
// 12-31 unless a month (or part of the year) is named. Bounds in front (2018年起, 2018—2022年) are
// kept as extra fields `from` / `until`.

import type { IsoDate, MonthDay, RecurrenceUnit, Schedule } from '../types';
import { readBounds } from './bounds';
import { beforeWordLength, isPlainTrailer, matchAt, type ParseContext, type Phrase } from './phrase';
import { COARSE_POINTS, DAY_POINTS, INVALID, readPoint } from './point';

/** A recurring schedule with the optional bounds this parser adds (extra fields are allowed). */
export type RecurringSchedule = Extract<Schedule, { kind: 'recurring' }> & { from?: IsoDate; until?: IsoDate };

const YEARLY_RE = /(?<every>每1?年度?|每个年度|逐年|年年|按每年|按年度?|年度)(?:1次)?/y;
const OTHER_RE = /(?:(?<quarter>每个?季度?|按季度?|季度)|(?<half>每半年度?|按半年|半年度)|(?<month>每个?月|按月|月度))(?:末(?!月)|底|1次)?/y;
/** The day a monthly cycle is due: 每月25日前, 每月的25号前. */
const MONTH_DAY_RE = /的?(?<d>\d{1,2})[日号]/y;
/** The day a quarterly cycle is due, in the quarter's last month: 每季度末月20日前, 每季度最后1个月的25日前. */
const QUARTER_DAY_RE = /(?:末月|最后1个?月|第3个月)的?(?<d>\d{1,2})[日号]/y;
/** How often a year: 每年召开2次 is half-yearly. Other counts are not a ledger cycle we read. */
const TIMES_A_YEAR_RE = /(?<![\d.])(?<n>\d+)次/;
const EVERY_BY_COUNT: Record<string, RecurrenceUnit> = { '1': 'year', '2': 'half-year', '4': 'quarter', '12': 'month' };

/** A non-leap reference year: month ends in yearly dues read 02-28, the safe side for February. */
const REFERENCE_YEAR = 2001;
const YEARLY_POINTS: RegExp[] = [DAY_POINTS[0], ...COARSE_POINTS];

function parsePlainRecurring(p: Phrase, ctx: ParseContext): RecurringSchedule | 'invalid' | null {
  const s = p.s;
  const yearly = matchAt(YEARLY_RE, s, 0);
  if (yearly) {
    let pos = yearly[0].length;
    let due: MonthDay = '12-31';
    // Named month or part of the year: 每年12月底, 每年6月30日前, 每年上半年, 每年年底.
    const point = readPoint(s, pos, YEARLY_POINTS, ctx, REFERENCE_YEAR);
    if (point === INVALID) return 'invalid';
    if (point !== null) {
      if (point.span.hasYear) return null; // 每年2018年…: not a yearly phrase
      due = point.span.end.slice(5);
      pos = point.next;
    }
    pos += beforeWordLength(s, pos);
    const rest = s.slice(pos);
    if (!isPlainTrailer(rest, true)) return null;
    // 每年召开2次, 每年至少开展2次: a count of times a year, where no due month was named.
    const times = point === null ? TIMES_A_YEAR_RE.exec(rest) : null;
    if (times) {
      const every = EVERY_BY_COUNT[times.groups!.n];
      if (!every) return 'invalid';
      return every === 'year' ? { kind: 'recurring', every, due } : { kind: 'recurring', every };
    }
    return { kind: 'recurring', every: 'year', due };
  }
  const other = matchAt(OTHER_RE, s, 0);
  if (!other || !other.groups) return null;
  const every: RecurrenceUnit = other.groups.quarter ? 'quarter' : other.groups.half ? 'half-year' : 'month';
  let pos = other[0].length;
  let day: number | undefined;
  const dayRe = every === 'month' ? MONTH_DAY_RE : every === 'quarter' ? QUARTER_DAY_RE : null;
  const named = dayRe && matchAt(dayRe, s, pos);
  if (named) {
    day = +named.groups!.d;
    if (day < 1 || day > 31) return 'invalid';
    pos += named[0].length;
  }
  pos += beforeWordLength(s, pos);
  if (!isPlainTrailer(s.slice(pos), true)) return null;
  return day === undefined ? { kind: 'recurring', every } : { kind: 'recurring', every, day };
}

export function parseRecurring(p: Phrase, ctx: ParseContext): Schedule | null {
  const plain = parsePlainRecurring(p, ctx);
  if (plain === 'invalid') return { kind: 'unknown' };
  if (plain) return plain;
  const bounds = readBounds(p, ctx);
  if (bounds === null) return null;
  if (bounds === 'invalid') return { kind: 'unknown' };
  const inner = parsePlainRecurring(bounds.rest, ctx);
  if (inner === 'invalid') return { kind: 'unknown' };
  if (!inner) return null;
  const out: RecurringSchedule = { ...inner, from: bounds.from };
  if (bounds.until) out.until = bounds.until;
  return out;
}

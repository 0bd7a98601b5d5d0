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
const OTHER_RE = /(?:(?<quarter>每个?季度?|按季度?|季度)|(?<half>每半年度?|按半年|半年度)|(?<month>每个?月|按月|月度))(?:末|底|1次)?/y;

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
    if (!isPlainTrailer(s.slice(pos), true)) return null;
    return { kind: 'recurring', every: 'year', due };
  }
  const other = matchAt(OTHER_RE, s, 0);
  if (!other || !other.groups) return null;
  const pos = other[0].length + beforeWordLength(s, other[0].length);
  if (!isPlainTrailer(s.slice(pos), true)) return null;
  const every: RecurrenceUnit = other.groups.quarter ? 'quarter' : other.groups.half ? 'half-year' : 'month';
  return { kind: 'recurring', every };
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

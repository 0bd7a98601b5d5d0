// parseSchedule: 时间要求 -> Schedule. Like chrono: normalise once, then small parsers, one file per
// phrase family, tried in order; the first that recognises the phrase decides. Anything not fully
// understood is unknown: the checker reports it rather than guessing a date.

import { addDays, isValidIso, lastDayOfMonth, parseDateCell, serialToIso, todayIso, ymdToIso } from '../dates';
import type { CellValue, IsoDate, Schedule } from '../types';
import { parseDeadline } from './deadline';
import { parseMilestones } from './milestones';
import { parseOpen } from './open';
import { preparePhrase, type ParseContext, type Phrase } from './phrase';
import { parseRange } from './range';
import { parseRecurring, type RecurringSchedule } from './recurring';

export type { RecurringSchedule } from './recurring';

export interface ScheduleOptions {
  /** The as-of date; its year is the year of phrases that name none (default: today). */
  asOf?: IsoDate;
}

type Family = (p: Phrase, ctx: ParseContext) => Schedule | null;
/** In order: deadlines (a day, month, quarter, half-year or year), ranges/periods, recurring, open, milestones. */
const FAMILIES: readonly Family[] = [
  (p, ctx) => parseDeadline(p, ctx),
  parseRange,
  parseRecurring,
  parseOpen,
  (p, ctx) => parseMilestones(p.s, ctx),
];

const UNKNOWN: Schedule = Object.freeze({ kind: 'unknown' }) as Schedule;
/** A plain number this size in a 时间要求 cell is a year someone typed (2019), not a 1905 date serial. */
const MIN_YEAR_NUMBER = 1900;
const MAX_YEAR_NUMBER = 2100;
const MAX_PHRASE_LENGTH = 200;

function yearOf(opts?: ScheduleOptions): number {
  const asOf = opts?.asOf;
  return +(asOf && isValidIso(asOf) ? asOf : todayIso()).slice(0, 4);
}

function parseText(raw: string, ctx: ParseContext): Schedule {
  if (raw.length > MAX_PHRASE_LENGTH) return UNKNOWN;
  const p = preparePhrase(raw, ctx);
  if (p.s === '') return UNKNOWN;
  for (const family of FAMILIES) {
    const s = family(p, ctx);
    if (s) return s;
  }
  return UNKNOWN;
}

function parseNonText(input: CellValue): Schedule {
  if (typeof input === 'number') {
    if (Number.isInteger(input) && input >= MIN_YEAR_NUMBER && input <= MAX_YEAR_NUMBER) {
      return { kind: 'deadline', due: `${input}-12-31` };
    }
    const iso = serialToIso(input);
    return iso ? { kind: 'deadline', due: iso } : UNKNOWN;
  }
  if (input instanceof Date) {
    const iso = parseDateCell(input);
    return iso ? { kind: 'deadline', due: iso } : UNKNOWN;
  }
  return UNKNOWN;
}

/** parseSchedule without the memo (for the bench and for callers that must not share objects). */
export function parseScheduleUncached(input: CellValue, opts?: ScheduleOptions): Schedule {
  if (typeof input !== 'string') return parseNonText(input);
  return parseText(input, { year: yearOf(opts), usedDefaultYear: false });
}

// Memo. Most phrases do not depend on the as-of date and are keyed by their text; a phrase that took
// the as-of year (6月底前, 年内完成) is marked and keyed by year + text in a second map.
const YEAR_DEPENDENT = Symbol('year-dependent');
const memo = new Map<string, Schedule | typeof YEAR_DEPENDENT>();
const memoByYear = new Map<string, Schedule>();
/** A ledger has a few dozen distinct phrases; the cap only guards a long-running pane. */
const MEMO_LIMIT = 20_000;

function remember<K, V>(map: Map<K, V>, key: K, value: V): void {
  if (map.size >= MEMO_LIMIT) map.clear();
  map.set(key, value);
}

/**
 * 时间要求 -> Schedule: a phrase, an Excel serial number or a Date. Memoised per phrase; returned
 * objects are shared and frozen.
 */
export function parseSchedule(input: CellValue, opts?: ScheduleOptions): Schedule {
  if (typeof input !== 'string') return parseNonText(input);
  const hit = memo.get(input);
  if (hit !== undefined && hit !== YEAR_DEPENDENT) return hit;
  const year = yearOf(opts);
  if (hit === YEAR_DEPENDENT) {
    const key = year + '\u0000' + input;
    const byYear = memoByYear.get(key);
    if (byYear) return byYear;
    const s = Object.freeze(parseText(input, { year, usedDefaultYear: false })) as Schedule;
    remember(memoByYear, key, s);
    return s;
  }
  const ctx: ParseContext = { year, usedDefaultYear: false };
  const s = Object.freeze(parseText(input, ctx)) as Schedule;
  if (ctx.usedDefaultYear) {
    remember(memo, input, YEAR_DEPENDENT);
    remember(memoByYear, year + '\u0000' + input, s);
  } else {
    remember(memo, input, s);
  }
  return s;
}

// ---------------------------------------------------------------------------------------------
// Cycles and due dates

function monthDayIn(year: number, md: string): IsoDate {
  const m = +md.slice(0, 2);
  const d = Math.min(+md.slice(3, 5), lastDayOfMonth(year, m));
  return ymdToIso(year, m, d)!;
}

/** Day `day` of a month, or its last day when the month is shorter (每月31日前 in February). */
function dayIn(y: number, m: number, day: number): IsoDate {
  // Months run past 12 and below 1 when a cycle crosses a year: normalise first.
  const yy = y + Math.floor((m - 1) / 12);
  const mm = ((((m - 1) % 12) + 12) % 12) + 1;
  return ymdToIso(yy, mm, Math.min(day, lastDayOfMonth(yy, mm)))!;
}

/**
 * The cycle of a recurring schedule that contains `asOf`: from the day after the previous due date
 * to this due date (yearly 12-31 -> the calendar year; yearly 06-30 -> 07-01..06-30; monthly on the
 * 25th -> 26th..25th). After the schedule's `until`, the last cycle is the one containing `until`.
 */
export function currentCycle(s: Schedule & { kind: 'recurring' }, asOf: IsoDate): { start: IsoDate; end: IsoDate } {
  const until = (s as RecurringSchedule).until;
  const at = until && until < asOf ? until : asOf;
  const y = +at.slice(0, 4);
  const m = +at.slice(5, 7);
  switch (s.every) {
    case 'month':
    case 'quarter': {
      // Due in each month (or each quarter's last month) on `day`, else on the month's last day.
      const step = s.every === 'month' ? 1 : 3;
      const day = s.day ?? 31;
      const dueMonth = Math.ceil(m / step) * step;
      const due = dayIn(y, dueMonth, day);
      if (at <= due) return { start: addDays(dayIn(y, dueMonth - step, day), 1), end: due };
      return { start: addDays(due, 1), end: dayIn(y, dueMonth + step, day) };
    }
    case 'half-year':
      return m <= 6
        ? { start: ymdToIso(y, 1, 1)!, end: ymdToIso(y, 6, 30)! }
        : { start: ymdToIso(y, 7, 1)!, end: ymdToIso(y, 12, 31)! };
    default: {
      const md = s.due ?? '12-31';
      const dueThisYear = monthDayIn(y, md);
      if (at <= dueThisYear) {
        return { start: addDays(monthDayIn(y - 1, md), 1), end: dueThisYear };
      }
      return { start: addDays(dueThisYear, 1), end: monthDayIn(y + 1, md) };
    }
  }
}

/** A milestones schedule's current step: the first on or after `asOf`, or the last once all passed. */
export function currentStep(s: Schedule & { kind: 'milestones' }, asOf: IsoDate): IsoDate {
  return s.steps.find((d) => d >= asOf) ?? s.steps[s.steps.length - 1];
}

/**
 * deadline -> due; period -> end; recurring -> due of the cycle containing asOf; milestones -> the
 * current step; open/unknown -> null.
 */
export function scheduleDue(s: Schedule, asOf: IsoDate): IsoDate | null {
  switch (s.kind) {
    case 'deadline':
      return s.due;
    case 'period':
      return s.end;
    case 'milestones':
      return currentStep(s, asOf);
    case 'recurring':
      return currentCycle(s, asOf).end;
    default:
      return null;
  }
}

/** The spec's command-line form; bounds of recurring/open schedules travel as extra fields. */
export function scheduleToJson(s: Schedule): object {
  const extra = s as { from?: IsoDate; until?: IsoDate };
  switch (s.kind) {
    case 'deadline':
      return { kind: 'deadline', due: s.due };
    case 'period':
      return { kind: 'period', start: s.start, end: s.end };
    case 'recurring': {
      const out: Record<string, string | number> = { kind: 'recurring', every: s.every };
      if (s.every === 'year') out.due = s.due ?? '12-31';
      else if (s.day !== undefined) out.day = s.day;
      if (extra.from) out.from = extra.from;
      if (extra.until) out.until = extra.until;
      return out;
    }
    case 'milestones':
      return { kind: 'milestones', steps: [...s.steps] };
    case 'open':
      return extra.from ? { kind: 'open', from: extra.from } : { kind: 'open' };
    default:
      return { kind: 'unknown' };
  }
}

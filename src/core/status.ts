// Status of a task at the as-of date, in the spec's order (first that applies):
// 无法识别, 已完成/逾期完成, 长期, 未开始, 逾期, 临期, 进行中. Recurring tasks are judged on the cycle
// that contains the as-of date.

import { isBlank } from './cells';
import { daysBetween, parseDateCell } from './dates';
import { isDoneMark } from './progress/marks';
import { currentCycle, scheduleDue, type RecurringSchedule } from './schedule';
import { STATUS, type CellValue, type IsoDate, type Schedule, type StatusKey, type StatusLabel } from './types';

export interface Completion {
  /** The 完成情况 cell. */
  done?: CellValue;
  /** The 完成时间 cell (actual completion date): date cell, serial or date text. */
  date?: CellValue;
}

export interface StatusResult {
  key: StatusKey;
  status: StatusLabel;
  /** The due date judged: deadline, period end, or the current cycle's due; null for open/unknown. */
  due: IsoDate | null;
  /** The completion date as read (also when it lies after the as-of date), or null. */
  completedOn: IsoDate | null;
}

export const DEFAULT_WARN_DAYS = 30;
/** A task is 滞后 when its progress is more than this many points below the share of its time elapsed. */
export const DEFAULT_BEHIND_POINTS = 10;

/** What the ledger says of a task's pace (spec step 7): its progress share and its own 是否达序. */
export interface Pace {
  /** The share done, 0–100, or null when the ledger states none. */
  share: number | null;
  /** 是否达序: true when the keeper says behind (否, 滞后), false when on schedule (是), null without a value. */
  behind: boolean | null;
  /** Where a plain deadline's time starts counting (the plan's issue date, or 01-01 of the ledger's year). */
  deadlineStart: IsoDate | null;
  /** Points below the elapsed share that make a task 滞后 (default 10). */
  points?: number;
}

function result(key: StatusKey, due: IsoDate | null, completedOn: IsoDate | null): StatusResult {
  return { key, status: STATUS[key], due, completedOn };
}

/**
 * Status of a task at `asOf`. Done means: a done mark, or (with the 完成情况 cell blank) a valid
 * completion date on or before `asOf` — officials often fill only 完成时间. A completion date after
 * `asOf` is not yet a fact: it neither makes the task done nor late (the rules report it).
 * For recurring tasks a completion date counts for the cycle it falls in, a mark without a date for
 * the current cycle.
 */
export function statusAt(
  s: Schedule,
  completion: Completion,
  asOf: IsoDate,
  warnDays: number = DEFAULT_WARN_DAYS,
  pace: Pace | null = null,
): StatusResult {
  const completedOn = parseDateCell(completion.date ?? null);
  if (s.kind === 'unknown') return result('unknown', null, completedOn);
  const from = (s as { from?: IsoDate }).from;
  const notYetStarted = from !== undefined && from > asOf;
  // A recurring schedule not yet started is judged on its first cycle.
  const due = s.kind === 'recurring' && notYetStarted ? currentCycle(s, from!).end : scheduleDue(s, asOf);
  const marked = isDoneMark(completion.done);
  const markBlank = !marked && isBlank(completion.done);
  // A date counts only once it has happened; an explicit other mark (未完成, 推进中) overrides it.
  let usableDate = completedOn !== null && completedOn <= asOf ? completedOn : null;
  let done: boolean;
  if (s.kind === 'recurring' && usableDate !== null) {
    const cycle = currentCycle(s as RecurringSchedule, asOf);
    const inCycle = usableDate >= cycle.start && usableDate <= cycle.end;
    done = inCycle && (marked || markBlank);
    if (!inCycle) usableDate = null;
  } else {
    done = marked || (markBlank && usableDate !== null);
  }

  if (done) {
    const late = usableDate !== null && due !== null && usableDate > due;
    return result(late ? 'doneLate' : 'done', due, completedOn);
  }
  if (s.kind === 'open') return result('open', null, completedOn);
  if ((s.kind === 'period' && s.start > asOf) || (s.kind === 'recurring' && notYetStarted)) {
    return result('notStarted', due, completedOn);
  }
  if (due === null) return result('unknown', null, completedOn); // not reachable for valid schedules
  const window = Number.isFinite(warnDays) && warnDays >= 0 ? warnDays : DEFAULT_WARN_DAYS;
  const left = daysBetween(asOf, due);
  if (left < 0) return result('overdue', due, completedOn);
  if (left <= window) return result('dueSoon', due, completedOn);
  if (pace && isBehind(s, pace, due, asOf)) return result('behind', due, completedOn);
  return result('inProgress', due, completedOn);
}

/**
 * Step 7: the keeper's own 是否达序 where it has a value; else a known share more than `points` below the
 * share of the task's time elapsed (from the period or cycle start, or the deadline start, to the due date).
 */
function isBehind(s: Schedule, pace: Pace, due: IsoDate, asOf: IsoDate): boolean {
  if (pace.behind !== null) return pace.behind;
  if (pace.share === null) return false;
  const start =
    s.kind === 'period' ? s.start : s.kind === 'recurring' ? currentCycle(s as RecurringSchedule, asOf).start : pace.deadlineStart;
  if (start === null || start >= due || start > asOf) return false;
  const elapsed = (100 * daysBetween(start, asOf)) / daysBetween(start, due);
  return elapsed - pace.share > (pace.points ?? DEFAULT_BEHIND_POINTS);
}

// Done and progress of a row from its completion columns (spec "Ledgers as other governments keep them"), in
// order: a done column where it has a value; a share of 100% or more (share column, or a share stated
// in the progress cell); the target reached; the progress sentence. The done column wins over the text.

import { hasContent, isBlank } from '../cells';
import { isDoneMark, isNotDoneMark } from './marks';
import { quantityOf, readProgress, shareOfNumber, statedShare } from './read';
import type { LedgerRow } from '../rules/types';
import type { HeaderInfo } from '../sheet/header';
import type { TaskRow } from '../sheet/rows';
import type { CellValue, ColumnKey, IsoDate } from '../types';

export interface ColumnRoles {
  /** The 完成情况 column holds marks (是/否/已完成/√ …), not sentences. */
  doneIsMarks: boolean;
  /** The progress column (当前进度) holds shares, not sentences. */
  progressIsShare: boolean;
}

/** A short status word in a done column (推进中, 未启动) reads as a mark too, not as a sentence. */
const MAX_MARK_LENGTH = 4;

function isMarkLike(v: CellValue): boolean {
  return isDoneMark(v) || isNotDoneMark(v) || typeof v === 'boolean' || (typeof v === 'string' && v.trim().length <= MAX_MARK_LENGTH);
}

/** Most of a column's non-empty cells pass `test`. */
function mostly(rows: TaskRow[], key: ColumnKey, test: (v: CellValue) => boolean): boolean {
  let filled = 0;
  let passing = 0;
  for (const r of rows) {
    const v = r.cells[key];
    if (!hasContent(v)) continue;
    filled++;
    if (test(v)) passing++;
  }
  return filled === 0 || passing * 2 > filled;
}

/** How the sheet's completion columns read, decided on all its task rows at once. */
export function readColumnRoles(rows: TaskRow[], columns: HeaderInfo['columns']): ColumnRoles {
  return {
    doneIsMarks: !columns.done || mostly(rows, 'done', isMarkLike),
    progressIsShare: !!columns.progress && mostly(rows, 'progress', (v) => typeof v === 'number' || statedShare(v) !== null),
  };
}

export interface Completion {
  done: boolean;
  /** What statusAt reads as the 完成情况 cell. */
  doneCell: CellValue;
  /** What statusAt reads as the 完成时间 cell: the column's value, else the date a done sentence states. */
  date: CellValue;
  progress: number | null;
  progressColumn: ColumnKey | null;
  conflict: boolean;
}

export function readCompletion(row: LedgerRow, roles: ColumnRoles, asOf: IsoDate): Completion {
  const c = row.cells;
  const mark = roles.doneIsMarks && hasContent(c.done) ? c.done : undefined;
  // The share: a share column, or 当前进度 holding shares.
  const shareCell = hasContent(c.share) ? c.share : roles.progressIsShare && hasContent(c.progress) ? c.progress : undefined;
  const share = shareCell === undefined ? null : typeof shareCell === 'number' ? shareOfNumber(shareCell) : statedShare(shareCell);
  // The sentence: the progress column, or a 完成情况 column of sentences.
  const textColumn: ColumnKey | null =
    !roles.progressIsShare && hasContent(c.progress) ? 'progress' : !roles.doneIsMarks && hasContent(c.done) ? 'done' : null;
  const reading = textColumn ? readProgress(c[textColumn], { asOf, taskText: row.taskText }) : null;
  // A bare quantity against the target in the same unit (7123人 of 8950人).
  const q = textColumn ? quantityOf(c[textColumn]) : null;
  const target = q ? quantityOf(c.target) : null;
  const ofTarget = q && target && target.value > 0 && q.unit === target.unit ? Math.round((100 * q.value) / target.value) : null;

  const stated = share ?? reading?.share ?? ofTarget;
  const byText = reading?.state === 'done' || (stated !== null && stated >= 100);
  const marked = mark !== undefined && isDoneMark(mark);
  const done = mark !== undefined ? marked : byText;
  const conflict = mark !== undefined && reading !== null && ((marked && reading.state === 'part') || (isNotDoneMark(mark) && byText));
  const dateColumn = isBlank(c.doneDate) ? undefined : c.doneDate;
  const sentenceDate = done && reading?.state === 'done' ? reading.date : null;
  return {
    done,
    doneCell: mark ?? (done ? true : undefined),
    date: dateColumn ?? sentenceDate ?? undefined,
    progress: done ? 100 : stated === null ? null : Math.round(Math.min(stated, 100) * 100) / 100,
    progressColumn: textColumn ?? (shareCell !== undefined ? (hasContent(c.share) ? 'share' : 'progress') : null),
    conflict,
  };
}


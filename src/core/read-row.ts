// Reading one task row once (spec "Columns", "Status"): its schedule, units, 序号, plan match, then
// done, progress and status. The engine's pipeline calls readRow on every row, then judge once the
// sheet-level facts (a plan ledger, the deadline start) are known.

import { cellString, hasContent } from './cells';
import { readCompletion, type ColumnRoles } from './progress/completion';
import { readOnSchedule } from './progress/read';
import { parseDateCell } from './dates';
import { cellText, normalizeText } from './normalize';
import { matchRow, textMatch, unitsKey, type PreparedPlan } from './plan/match';
import type { LedgerRow, UnitSource } from './rules/types';
import { taskKey } from './rules/util';
import { parseSchedule } from './schedule';
import type { HeaderInfo } from './sheet/header';
import type { TaskRow } from './sheet/rows';
import { parseSeqCell, seqInTaskText } from './sheet/seq';
import { statusAt } from './status';
import { STATUS, type CellValue, type ColumnKey, type IsoDate, type Schedule } from './types';
import { UnitDirectory, combineLeadSupport, sharedParsedUnits, type ParsedUnits } from './units';

/** What reading a row needs besides the row: the check's options, columns and prepared plan. */
export interface ReadContext {
  asOf: IsoDate;
  warnDays: number;
  directory: UnitDirectory;
  columns: HeaderInfo['columns'];
  prepared: PreparedPlan | null;
  /** Comparable keys per units cell and words per time cell: rows repeat both. */
  unitKeys: Map<ParsedUnits, string>;
  timeWords: Map<CellValue, string>;
  /** Without a 时间要求 column: the year's list deadline (rows matching the plan take the plan's). */
  defaultSchedule: Schedule | null;
  /** How the sheet's completion columns read (readColumnRoles). */
  roles: ColumnRoles;
  /** Where a plain deadline's time starts counting for 滞后: the plan's issue date, or 01-01 of the ledger's year. */
  deadlineStart: IsoDate | null;
  behindPoints?: number;
}

/** The row's units: one units column, or the lead and support columns of a two-column ledger. */
function readUnits(cells: TaskRow['cells'], ctx: ReadContext): { parsed: ParsedUnits; sources: UnitSource[] } {
  const sources: UnitSource[] = [];
  const source = (key: ColumnKey): ParsedUnits => {
    const parsed = sharedParsedUnits(cells[key], ctx.directory);
    if (parsed.units.length) sources.push({ key, parsed });
    return parsed;
  };
  const c = ctx.columns;
  if (c.units) return { parsed: source('units'), sources };
  if (c.lead || c.support) return { parsed: combineLeadSupport(source('lead'), source('support')), sources };
  return { parsed: sharedParsedUnits(null), sources };
}

/** One task row read once: what every rule and the result need. */
export function readRow(row: TaskRow, ctx: ReadContext): LedgerRow {
  const { cells } = row;
  const time: CellValue = cells.time;
  const schedule =
    ctx.defaultSchedule ?? (hasContent(time) ? parseSchedule(time, { asOf: ctx.asOf }) : ({ kind: 'unknown' } as Schedule));
  const { parsed, sources } = readUnits(cells, ctx);
  let taskText = cellString(cells.task);
  let number = ctx.columns.seq ? parseSeqCell(cells.seq) : null;
  if (!ctx.columns.seq) {
    // No 序号 column: a number at the start of the task cell is the 序号 (14.改扩建泉山学校…).
    const inTask = seqInTaskText(taskText);
    if (inTask) {
      number = { path: [inTask.seq], form: 'arabic' };
      taskText = inTask.rest;
    }
  }
  const read: LedgerRow = {
    index: row.index,
    excelRow: row.excelRow,
    cells,
    section: row.section,
    merged: row.merged,
    taskText,
    taskKey: taskKey(taskText),
    seq: number && number.path.length === 1 ? number.path[0] : null,
    number,
    scope: 0,
    timeWords: !ctx.columns.time ? '' : (ctx.timeWords.get(time) ?? remember(ctx.timeWords, time, normalizeText(cellText(time)))),
    schedule,
    parsedUnits: parsed,
    unitsKey: ctx.unitKeys.get(parsed) ?? remember(ctx.unitKeys, parsed, unitsKey(parsed)),
    unitSources: sources,
    done: false,
    doneDate: parseDateCell(cells.doneDate ?? null),
    progress: null,
    progressColumn: null,
    conflict: false,
    reportedBehind: null,
    statusKey: 'unknown',
    status: STATUS.unknown,
    due: null,
    plan: null,
  };
  const pp = ctx.prepared;
  if (pp) {
    read.plan = matchRow(pp, read, textMatch(pp, read.taskKey));
  }
  return read;
}

/** Done, progress and status of a read row, on its schedule. */
export function judge(read: LedgerRow, ctx: ReadContext): LedgerRow {
  const completion = readCompletion(read, ctx.roles, ctx.asOf);
  read.done = completion.done;
  read.progress = completion.progress;
  read.conflict = completion.conflict;
  read.progressColumn = completion.progressColumn;
  read.reportedBehind = readOnSchedule(read.cells.onSchedule);
  const pace = { share: completion.progress, behind: read.reportedBehind, deadlineStart: ctx.deadlineStart, points: ctx.behindPoints };
  const status = statusAt(read.schedule, { done: completion.doneCell, date: completion.date }, ctx.asOf, ctx.warnDays, pace);
  read.statusKey = status.key;
  read.status = status.status;
  read.due = status.due;
  return read;
}

function remember<K, V>(map: Map<K, V>, key: K, value: V): V {
  map.set(key, value);
  return value;
}


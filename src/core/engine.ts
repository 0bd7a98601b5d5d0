// checkLedger: sheet values -> tasks + issues, as a pipeline: find the header -> collect the task
// rows (merged areas applied) -> read each row once (schedule, units, status, plan match) -> run
// each rule over the rows -> sort the issues. Parses are memoised per distinct cell text by the
// parsers themselves (parseSchedule, sharedParsedUnits); nothing is kept between checks.

import { columnLetter } from './a1';
import { cellString, hasContent } from './cells';
import { parseDateCell } from './dates';
import { cellText, normalizeText } from './normalize';
import { PLAN_2018, type Plan } from './plan';
import { matchRow, preparePlan, textMatch, unitsKey, type PreparedPlan, type TextMatch } from './plan/match';
import { RULES } from './rules';
import type { IssueReport, LedgerRow, PlanContext, RuleContext, TimeDefault, UnitSource } from './rules/types';
import { taskKey } from './rules/util';
import { parseSeqCell, pathText, seqInTaskText } from './sheet/seq';
import { planSpan } from './rules/time-outside-plan';
import { parseSchedule } from './schedule';
import { findHeader, type HeaderInfo } from './sheet/header';
import { collectTaskRows, type SheetInput, type TaskRow } from './sheet/rows';
import { ledgerYear } from './sheet/title';
import { statusAt } from './status';
import { readColumnRoles, readCompletion, type ColumnRoles } from './completion';
import { STATUS, type CellValue, type ColumnKey, type IsoDate, type LedgerIssue, type Schedule, type StatusKey, type StatusLabel } from './types';
import { UnitDirectory, combineLeadSupport, sharedParsedUnits, type ParsedUnits } from './units';

export interface CheckOptions {
  asOf: IsoDate;
  warnDays?: number;
  /** The reference plan; default PLAN_2018; null: no plan (plan rules stay silent). */
  plan?: Plan | null;
  directory?: UnitDirectory;
  /** Rule ids switched off. */
  disabled?: string[];
  currentNames?: boolean;
}

export interface TaskResult {
  /** 1-based sheet row. */
  row: number;
  /** 序号: the integer, or the text of a sub-number path (1.2); null without one. */
  seq: number | string | null;
  task: string;
  /** Units as written, markers removed. */
  units: string[];
  lead: string | null;
  schedule: Schedule;
  status: StatusLabel;
  statusKey: StatusKey;
  due: IsoDate | null;
  planSeq: number | null;
  parsedUnits: ParsedUnits;
  /** The share done, 0–100 (100 when done), from the share column, the progress cell or the target; null when the ledger states none. */
  progress: number | null;
}

export interface CheckResult {
  sheet: string | null;
  /** 1-based Excel row of the header (its last row for a two-row header). */
  headerRow: number | null;
  columns: HeaderInfo['columns'] | null;
  tasks: TaskResult[];
  issues: LedgerIssue[];
}

/** What reading a row needs besides the row: the check's options, columns and prepared plan. */
interface ReadContext {
  asOf: IsoDate;
  warnDays: number;
  directory: UnitDirectory;
  columns: HeaderInfo['columns'];
  prepared: PreparedPlan | null;
  /** Text matches per task key and comparable keys per units cell: rows repeat both. */
  textMatches: Map<string, TextMatch | null>;
  unitKeys: Map<ParsedUnits, string>;
  timeWords: Map<CellValue, string>;
  /** Without a 时间要求 column: the year's list deadline (rows matching the plan take the plan's). */
  defaultSchedule: Schedule | null;
  /** How the sheet's completion columns read (readColumnRoles). */
  roles: ColumnRoles;
  /** Where a plain deadline's time starts counting for 滞后: the plan's issue date, or 01-01 of the ledger's year. */
  deadlineStart: IsoDate | null;
}

/** 是否达序: 否 / 未达序 / 滞后 say behind, 是 / 达序 / 超序 say on schedule; anything else says nothing. */
function onSchedule(v: CellValue): boolean | null {
  const s = cellString(v).replace(/[。.!！]+$/, '');
  if (/^(?:否|未达序|未达到|滞后|落后|×)$/.test(s)) return true;
  if (/^(?:是|达序|已达序|超序|达到|√)$/.test(s)) return false;
  return null;
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
function readRow(row: TaskRow, ctx: ReadContext): LedgerRow {
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
    const text = ctx.textMatches.has(read.taskKey)
      ? ctx.textMatches.get(read.taskKey)!
      : remember(ctx.textMatches, read.taskKey, textMatch(pp, read.taskKey));
    read.plan = matchRow(pp, read, text);
  }
  return read;
}

/** Done, progress and status of a read row, on its schedule. */
function judge(read: LedgerRow, ctx: ReadContext): LedgerRow {
  const completion = readCompletion(read, ctx.roles, ctx.asOf);
  read.done = completion.done;
  read.progress = completion.progress;
  read.conflict = completion.conflict;
  read.progressColumn = completion.progressColumn;
  read.reportedBehind = onSchedule(read.cells.onSchedule);
  const pace = { share: completion.progress, behind: read.reportedBehind, deadlineStart: ctx.deadlineStart };
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

/** A numbered row without units of its own whose next row is numbered under it (1 | 1.1, 1.2) is a heading. */
function dropParentRows(rows: LedgerRow[]): LedgerRow[] {
  return rows.filter((r, i) => {
    const next = rows[i + 1];
    if (!r.number || !next?.number || r.parsedUnits.units.length > 0) return true;
    const p = r.number.path;
    const q = next.number.path;
    return !(q.length > p.length && p.every((n, k) => q[k] === n));
  });
}

/**
 * Numbering scopes: a section (after a section row, or a new 类别 value) whose first numbered task
 * starts again at 1 (or 一, ①) is a scope of its own; otherwise it continues the numbering above.
 */
function numberingScopes(rows: LedgerRow[]): LedgerRow[] {
  let scope = 0;
  let sectionKey: string | null = null;
  let sectionOpen = false;
  for (const r of rows) {
    const key = `${r.section}|${cellString(r.cells.section)}`;
    if (key !== sectionKey) {
      sectionOpen = sectionKey !== null;
      sectionKey = key;
    }
    if (sectionOpen && r.number) {
      if (r.number.path[0] === 1) scope++;
      sectionOpen = false;
    }
    r.scope = scope;
  }
  return rows;
}

function taskResult(r: LedgerRow): TaskResult {
  return {
    row: r.excelRow,
    seq: r.number ? (r.number.path.length === 1 ? r.number.path[0] : pathText(r.number.path)) : null,
    task: r.taskText,
    units: r.parsedUnits.units.map((u) => u.name),
    lead: r.parsedUnits.lead,
    schedule: r.schedule,
    status: r.status,
    statusKey: r.statusKey,
    due: r.due,
    planSeq: r.plan ? r.plan.task.seq : null,
    parsedUnits: r.parsedUnits,
    progress: r.progress,
  };
}

export function checkLedger(sheet: SheetInput, options: CheckOptions): CheckResult {
  const asOf = options.asOf;
  const warnDays = options.warnDays ?? 30;
  const plan = options.plan === undefined ? PLAN_2018 : options.plan;
  const directory = options.directory ?? UnitDirectory.builtin();
  const disabled = new Set(options.disabled ?? []);
  const oRow = sheet.origin?.row ?? 0;
  const oCol = sheet.origin?.col ?? 0;

  const header = findHeader(sheet.values ?? []);
  let rows: LedgerRow[] = [];
  let planCtx: PlanContext | null = null;
  let timeDefault: TimeDefault | null = null;
  if (header) {
    const prepared = plan ? preparePlan(plan, directory, asOf) : null;
    if (!header.columns.time) {
      // A year's list: due at the end of the year the title names, else of the as-of year.
      const year = ledgerYear(sheet.values, header.firstRow ?? header.row, sheet.name);
      timeDefault = year
        ? { due: year.due, year: year.year, source: year.source, planRows: 0 }
        : { due: `${asOf.slice(0, 4)}-12-31`, year: +asOf.slice(0, 4), source: 'asOf', planRows: 0 };
    }
    const ctx: ReadContext = {
      asOf,
      warnDays,
      directory,
      columns: header.columns,
      prepared,
      textMatches: new Map(),
      unitKeys: new Map(),
      timeWords: new Map(),
      defaultSchedule: timeDefault ? { kind: 'deadline', due: timeDefault.due } : null,
      roles: { doneIsMarks: true, progressIsShare: false },
      deadlineStart: null,
    };
    const taskRows = collectTaskRows(sheet, header);
    ctx.roles = readColumnRoles(taskRows, header.columns);
    rows = numberingScopes(dropParentRows(taskRows.map((r) => readRow(r, ctx))));
    // A ledger of the reference plan: more than half of its task rows are plan tasks.
    const planRows = rows.filter((r) => r.plan).length;
    const planLedger = planRows * 2 > rows.length;
    if (timeDefault && planLedger) {
      // No 时间要求 column on a plan ledger: plan tasks keep the plan's time requirement.
      for (const r of rows) if (r.plan) r.schedule = prepared!.schedules[r.plan.index];
      timeDefault.planRows = planRows;
    }
    // 滞后 counts a deadline's time from the plan's issue date on a plan ledger, else from the ledger's year.
    const year = ledgerYear(sheet.values, header.firstRow ?? header.row, sheet.name)?.year ?? +asOf.slice(0, 4);
    ctx.deadlineStart = planLedger && plan?.issued ? plan.issued : `${year}-01-01`;
    rows.forEach((r) => judge(r, ctx));
    if (plan && prepared) {
      const matched = new Set<number>();
      for (const r of rows) if (r.plan) matched.add(r.plan.index);
      planCtx = { plan, prepared, matched, planLedger, hasDates: planSpan(plan) !== null };
    }
  }

  const issues: LedgerIssue[] = [];
  const columns = header?.columns ?? {};
  let rule = RULES[0];
  const report = (r: IssueReport): void => {
    // As ESLint's report translator: a message the rule does not define is the rule's bug.
    if (!Object.prototype.hasOwnProperty.call(rule.meta.messages, r.messageId)) {
      throw new Error(`Rule ${rule.meta.id} reported messageId "${r.messageId}", which its meta does not define`);
    }
    const row = r.row === null ? null : typeof r.row === 'number' ? r.row : r.row.excelRow;
    const column = r.column ? columns[r.column] : undefined;
    const col = column ? column.index + oCol : null;
    issues.push({
      rule: rule.meta.id,
      severity: r.severity ?? rule.meta.severity,
      category: rule.meta.category,
      row,
      col,
      column: column ? column.header : null,
      cell: row !== null && col !== null ? columnLetter(col) + row : null,
      messageId: r.messageId,
      data: r.data ?? {},
    });
  };
  const headerRow = header ? header.row + oRow + 1 : null;
  const cellRef = (row: LedgerRow, key: ColumnKey): string => {
    const column = columns[key];
    return column ? columnLetter(column.index + oCol) + row.excelRow : '';
  };
  const ctx: RuleContext = { sheet, header, headerRow, rows, asOf, warnDays, directory, plan: planCtx, timeDefault, cellRef, report };
  for (const r of RULES) {
    if (disabled.has(r.meta.id)) continue;
    rule = r;
    r.check(ctx);
  }

  return {
    sheet: sheet.name ?? null,
    headerRow,
    columns: header ? header.columns : null,
    tasks: rows.map(taskResult),
    issues: sortIssues(issues),
  };
}

const RULE_ORDER = new Map(RULES.map((r, i) => [r.meta.id, i]));

/**
 * By row, then column (a finding without a column first), then rule (table order); findings
 * without a row (plan-missing) last, as reported. The sort is stable: a rule's findings on one
 * cell keep their order.
 */
function sortIssues(issues: LedgerIssue[]): LedgerIssue[] {
  const rowOf = (i: LedgerIssue) => (i.row === null ? Infinity : i.row);
  const colOf = (i: LedgerIssue) => (i.col === null ? -1 : i.col);
  return issues.sort(
    (a, b) =>
      (rowOf(a) === rowOf(b) ? 0 : rowOf(a) - rowOf(b)) ||
      colOf(a) - colOf(b) ||
      (RULE_ORDER.get(a.rule) ?? 999) - (RULE_ORDER.get(b.rule) ?? 999),
  );
}

// checkLedger: sheet values -> tasks + issues, as a pipeline: find the header -> collect the task
// rows (merged areas applied) -> read each row once (schedule, units, status, plan match) -> run
// each rule over the rows -> sort the issues. Parses are memoised per distinct cell text by the
// parsers themselves (parseSchedule, sharedParsedUnits); nothing is kept between checks.

import { columnLetter } from './a1';
import { readColumnRoles } from './progress/completion';
import { PLAN_2018, type Plan } from './plan';
import { preparePlan } from './plan/match';
import { judge, readRow, type ReadContext } from './read-row';
import { RULES } from './rules';
import type { IssueReport, LedgerRow, PlanContext, RuleContext, TimeDefault } from './rules/types';
import { planSpan } from './rules/time-outside-plan';
import { findHeader, type HeaderInfo } from './sheet/header';
import { dropParentRows, numberingScopes } from './sheet/numbering';
import { collectTaskRows, type SheetInput } from './sheet/rows';
import { pathText } from './sheet/seq';
import { ledgerYear } from './schedule/ledger-year';
import type { CellValue, ColumnKey, IsoDate, LedgerIssue, Schedule, StatusKey, StatusLabel } from './types';
import { cellString } from './cells';
import { dateToIso } from './dates';
import { UnitDirectory, type ParsedUnits } from './units';

export interface CheckOptions {
  asOf: IsoDate;
  warnDays?: number;
  /** Points below the share of time elapsed that make a task 滞后 (default 10). */
  behindPoints?: number;
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
  /** 时间要求 as written ('' without one; a date cell as YYYY-MM-DD). */
  time: string;
  /** What the ledger says of the work: 进展情况, else 完成情况, else 备注, as written. */
  note: string;
}

export interface CheckResult {
  sheet: string | null;
  /** 1-based Excel row of the header (its last row for a two-row header). */
  headerRow: number | null;
  columns: HeaderInfo['columns'] | null;
  tasks: TaskResult[];
  issues: LedgerIssue[];
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
    time: cellText(r.cells.time),
    note: cellText(r.cells.progress) || cellText(r.cells.done) || cellText(r.cells.remarks),
  };
}

const cellText = (v: CellValue | undefined): string =>
  v instanceof Date ? (Number.isNaN(v.getTime()) ? '' : dateToIso(v)) : cellString(v ?? null).trim();

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
    // The year the title (or sheet name) names as the ledger's own, else the as-of year.
    const titleYear = ledgerYear(sheet.values, header.firstRow ?? header.row, sheet.name);
    const year = titleYear?.year ?? +asOf.slice(0, 4);
    if (!header.columns.time) {
      // A year's list: due at the end of that year.
      timeDefault = titleYear
        ? { due: titleYear.due, year, source: titleYear.source, planRows: 0 }
        : { due: `${year}-12-31`, year, source: 'asOf', planRows: 0 };
    }
    const taskRows = collectTaskRows(sheet, header);
    const ctx: ReadContext = {
      asOf,
      warnDays,
      directory,
      columns: header.columns,
      prepared,
      unitKeys: new Map(),
      timeWords: new Map(),
      defaultSchedule: timeDefault ? { kind: 'deadline', due: timeDefault.due } : null,
      roles: readColumnRoles(taskRows, header.columns),
      deadlineStart: null,
      behindPoints: options.behindPoints,
    };
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

// checkLedger: sheet values -> tasks + issues. Everything per row is computed once here
// (schedule, units, status, plan match), memoised per distinct text, and the rules read it.

import type { CellValue, ColumnKey, IsoDate, LedgerIssue, Schedule, StatusKey, StatusLabel } from './types';
import { cellText, normalizeText } from './normalize';
import { parseSchedule } from './schedule';
import { isDoneMark, statusAt } from './status';
import { PLAN_2018 } from './plan';
import type { Plan } from './plan';
import { UnitDirectory, parseUnits, combineLeadSupport } from './units';
import type { ParsedUnits } from './units';
import { findHeader, HeaderInfo } from './sheet/header';
import { collectTaskRows, cellString, isErrorValue, SheetInput } from './sheet/rows';
import { RULES } from './rules';
import type { IssueReport, PlanContext, RowContext, RuleContext, UnitSource } from './rules/types';
import { matchRow, preparePlan, unitsKey } from './rules/plan-match';
import { parseSeq, taskKey } from './rules/util';

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
  seq: number | null;
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
}

export interface CheckResult {
  sheet: string | null;
  /** 1-based Excel row of the header (its last row for a two-row header). */
  headerRow: number | null;
  columns: HeaderInfo['columns'] | null;
  tasks: TaskResult[];
  issues: LedgerIssue[];
}

/** Column letters of a 0-based index: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const EMPTY_UNITS: ParsedUnits = Object.freeze({ units: [], lead: null }) as ParsedUnits;

/** Memo key of a cell for parsers: text by value, numbers and dates tagged so they never collide with text. */
function memoKey(v: CellValue): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return `\u0000n${v}`;
  if (v instanceof Date) return `\u0000d${v.getTime()}`;
  if (typeof v === 'boolean') return `\u0000b${v}`;
  return '\u0000';
}

export function checkLedger(sheet: SheetInput, options: CheckOptions): CheckResult {
  const asOf = options.asOf;
  const warnDays = options.warnDays ?? 30;
  const plan = options.plan === undefined ? PLAN_2018 : options.plan;
  const directory = options.directory ?? UnitDirectory.builtin();
  const disabled = new Set(options.disabled ?? []);
  const rules = RULES.filter((r) => !disabled.has(r.meta.id));
  const oRow = sheet.origin?.row ?? 0;
  const oCol = sheet.origin?.col ?? 0;
  const sheetName = sheet.name ?? null;

  const header = findHeader(sheet.values ?? []);
  const issues: LedgerIssue[] = [];
  const ruleOrder = new Map(RULES.map((r, i) => [r.meta.id, i]));

  const scheduleMemo = new Map<string, Schedule>();
  const schedule = (v: CellValue): Schedule => {
    if (v === null || v === undefined || v === '' || isErrorValue(v)) return { kind: 'unknown' };
    const k = memoKey(v);
    let s = scheduleMemo.get(k);
    if (!s) {
      s = parseSchedule(v, { asOf });
      scheduleMemo.set(k, s);
    }
    return s;
  };
  const unitsMemo = new Map<string, ParsedUnits>();
  const units = (v: CellValue): ParsedUnits => {
    if (v === null || v === undefined || v === '' || isErrorValue(v)) return EMPTY_UNITS;
    const k = memoKey(v);
    let p = unitsMemo.get(k);
    if (!p) {
      p = parseUnits(v, directory);
      unitsMemo.set(k, p);
    }
    return p;
  };

  let currentRule = '';
  let currentSeverity: LedgerIssue['severity'] = 'error';
  const columnsOf = header?.columns ?? {};
  const report = (r: IssueReport): void => {
    const excelRow = r.row === null ? null : typeof r.row === 'number' ? r.row : r.row.excelRow;
    const col = r.column ? columnsOf[r.column] : undefined;
    const sheetCol = col ? col.index + oCol : null;
    issues.push({
      rule: currentRule,
      severity: r.severity ?? currentSeverity,
      row: excelRow,
      col: sheetCol,
      column: col ? col.header : null,
      cell: excelRow !== null && sheetCol !== null ? `${columnLetter(sheetCol)}${excelRow}` : null,
      messageId: r.messageId,
      data: r.data ?? {},
    });
  };

  if (!header) {
    const ctx: RuleContext = {
      sheet,
      header: null,
      headerRow: null,
      rows: [],
      asOf,
      warnDays,
      directory,
      plan: null,
      report,
    };
    for (const rule of rules) {
      currentRule = rule.meta.id;
      currentSeverity = rule.meta.severity;
      rule.check(ctx);
    }
    return { sheet: sheetName, headerRow: null, columns: null, tasks: [], issues: sortIssues(issues, ruleOrder) };
  }

  const prepared = plan ? preparePlan(plan, (t) => schedule(t), (t) => units(t), directory) : null;
  const nearMemo = new Map<string, number[] | null>();
  const taskKeyMemo = new Map<string, string>();
  const cols = header.columns;
  const unitKeys: ColumnKey[] = cols.units ? ['units'] : (['lead', 'support'] as ColumnKey[]).filter((k) => cols[k]);
  const unitsKeyMemo = new WeakMap<ParsedUnits, string>();
  const keyOfUnits = (p: ParsedUnits): string => {
    let k = unitsKeyMemo.get(p);
    if (k === undefined) {
      k = unitsKey(p);
      unitsKeyMemo.set(p, k);
    }
    return k;
  };
  const combineMemo = new Map<ParsedUnits, Map<ParsedUnits, ParsedUnits>>();
  const combined = (lead: ParsedUnits, support: ParsedUnits): ParsedUnits => {
    let inner = combineMemo.get(lead);
    if (!inner) combineMemo.set(lead, (inner = new Map()));
    let c = inner.get(support);
    if (!c) {
      c = combineLeadSupport(lead, support);
      inner.set(support, c);
    }
    return c;
  };

  const rows: RowContext[] = collectTaskRows(sheet, header).map((tr) => {
    const cells = tr.cells;
    const text: RowContext['text'] = {};
    for (const k of Object.keys(cells) as ColumnKey[]) text[k] = cellString(cells[k]);
    const taskText = text.task ?? '';
    let tk = taskKeyMemo.get(taskText);
    if (tk === undefined) {
      tk = taskKey(taskText);
      taskKeyMemo.set(taskText, tk);
    }
    const unitSources: UnitSource[] = [];
    for (const k of unitKeys) {
      const p = units(cells[k]);
      if (p.units.length) unitSources.push({ key: k, parsed: p });
    }
    let rowUnits: ParsedUnits;
    if (cols.units) rowUnits = unitSources[0]?.parsed ?? EMPTY_UNITS;
    else rowUnits = combined(units(cells.lead), units(cells.support));
    const sched = cols.time ? schedule(cells.time) : ({ kind: 'unknown' } as Schedule);
    const st = statusAt(sched, { done: cells.done, date: cells.doneDate }, asOf, warnDays);
    const seq = parseSeq(cells.seq);
    const timeWords = normalizeText(cellText(cells.time));
    const uk = keyOfUnits(rowUnits);
    const row: RowContext = {
      index: tr.index,
      excelRow: tr.excelRow,
      cells,
      text,
      seq,
      taskKey: tk,
      timeWords,
      schedule: sched,
      units: rowUnits,
      unitsKey: uk,
      unitSources,
      done: cols.done ? isDoneMark(cells.done) : false,
      status: st,
      plan: null,
    };
    if (prepared) row.plan = matchRow(prepared, { taskKey: tk, seq, unitsKey: uk, units: rowUnits, timeWords, schedule: sched }, nearMemo);
    return row;
  });

  let planCtx: PlanContext | null = null;
  if (plan && prepared) {
    const matched = new Set<number>();
    for (const r of rows) if (r.plan) matched.add(r.plan.index);
    planCtx = { plan, prepared, matched, hasDates: !!plan.issued && plan.lastYear !== null && plan.lastYear !== undefined };
  }

  const ctx: RuleContext = {
    sheet,
    header,
    headerRow: header.row + oRow + 1,
    rows,
    asOf,
    warnDays,
    directory,
    plan: planCtx,
    report,
  };
  for (const rule of rules) {
    currentRule = rule.meta.id;
    currentSeverity = rule.meta.severity;
    rule.check(ctx);
  }

  const tasks: TaskResult[] = rows.map((r) => ({
    row: r.excelRow,
    seq: r.seq,
    task: r.text.task ?? '',
    units: r.units.units.map((u) => u.name),
    lead: r.units.lead,
    schedule: r.schedule,
    status: r.status.status,
    statusKey: r.status.key,
    due: r.status.due,
    planSeq: r.plan ? r.plan.task.seq : null,
    parsedUnits: r.units,
  }));

  return { sheet: sheetName, headerRow: ctx.headerRow, columns: header.columns, tasks, issues: sortIssues(issues, ruleOrder) };
}

/**
 * By row, then column, then rule (table order). Findings without a row (plan-missing) come last,
 * in plan order as reported; findings on a row without a column (missing-column) come first in it.
 */
function sortIssues(issues: LedgerIssue[], ruleOrder: Map<string, number>): LedgerIssue[] {
  const indexed = issues.map((issue, i) => ({ issue, i }));
  indexed.sort((a, b) => {
    const ra = a.issue.row ?? Number.MAX_SAFE_INTEGER;
    const rb = b.issue.row ?? Number.MAX_SAFE_INTEGER;
    if (ra !== rb) return ra - rb;
    const ca = a.issue.col ?? -1;
    const cb = b.issue.col ?? -1;
    if (ca !== cb) return ca - cb;
    const oa = ruleOrder.get(a.issue.rule) ?? 999;
    const ob = ruleOrder.get(b.issue.rule) ?? 999;
    if (oa !== ob) return oa - ob;
    return a.i - b.i;
  });
  return indexed.map((x) => x.issue);
}

// checkLedger: sheet values -> tasks + issues. Everything per row is computed once here
// (schedule, units, status, plan match), memoised per distinct text, and the rules read it.

import type { CellValue, ColumnKey, IsoDate, LedgerIssue, Schedule, StatusKey, StatusLabel } from './types';
import { cellText, normalizeText } from './normalize';
import { parseDateCell } from './dates';
import { parseSchedule } from './schedule';
import { isDoneMark, statusAt } from './status';
import { PLAN_2018 } from './plan';
import type { Plan } from './plan';
import { UnitDirectory, parseUnits, combineLeadSupport } from './units';
import type { ParsedUnits } from './units';
import { findHeader, HeaderInfo } from './sheet/header';
import { forEachTaskRow, cellAt, cellString, hasContent, isErrorValue, RowFill, SheetInput } from './sheet/rows';
import { RULES } from './rules';
import type { IssueReport, PlanContext, PlanMatch, RowContext, RowStatus, RuleContext, UnitSource } from './rules/types';
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

/** Issues without data share one frozen empty object. */
const NO_DATA: LedgerIssue['data'] = Object.freeze({}) as LedgerIssue['data'];
const UNKNOWN_SCHEDULE: Schedule = Object.freeze({ kind: 'unknown' }) as Schedule;
const NO_STATUS: RowStatus = Object.freeze({ key: 'unknown', status: '无法识别', due: null, completedOn: null }) as RowStatus;

/** Values-column index of each header column. */
type ColumnLayout = Partial<Record<ColumnKey, number>>;

/** One task row as the rules see it (a class: 100,000 of them should share one shape). */
class Row implements RowContext {
  requiredGaps = 0;
  done = false;
  doneDate: IsoDate | null = null;
  status: RowStatus = NO_STATUS;
  plan: PlanMatch | null = null;
  constructor(
    readonly index: number,
    readonly excelRow: number,
    private readonly raw: CellValue[],
    private readonly fill: RowFill,
    private readonly layout: ColumnLayout,
    readonly taskText: string,
    readonly seq: number | null,
    readonly taskKey: string,
    readonly timeWords: string,
    readonly schedule: Schedule,
    readonly units: ParsedUnits,
    readonly unitsKey: string,
    readonly unitSources: UnitSource[],
  ) {}
  cell(key: ColumnKey): CellValue {
    const c = this.layout[key];
    return c === undefined ? undefined : cellAt(this.raw, this.fill, c);
  }
  text(key: ColumnKey): string {
    return cellString(this.cell(key));
  }
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
  // Per column: sheet index, letters and header text, worked out once (rules report many issues).
  const columnInfo = new Map<ColumnKey, { col: number; letters: string; header: string }>();
  for (const [key, c] of Object.entries(header?.columns ?? {}) as Array<[ColumnKey, { index: number; header: string }]>) {
    columnInfo.set(key, { col: c.index + oCol, letters: columnLetter(c.index + oCol), header: c.header });
  }
  const report = (r: IssueReport): void => {
    const excelRow = r.row === null ? null : typeof r.row === 'number' ? r.row : r.row.excelRow;
    const col = r.column ? columnInfo.get(r.column) : undefined;
    issues.push({
      rule: currentRule,
      severity: r.severity ?? currentSeverity,
      row: excelRow,
      col: col ? col.col : null,
      column: col ? col.header : null,
      cell: excelRow !== null && col ? col.letters + excelRow : null,
      messageId: r.messageId,
      data: r.data ?? NO_DATA,
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
  const unitsKeyMemo = new Map<ParsedUnits, string>();
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

  // Status, completion dates, done marks and time words repeat across rows: memoised per value
  // (nested maps keyed by the values themselves, so no key strings are built per row).
  const statusMemo = new Map<Schedule, Map<string, Map<string, RowStatus>>>();
  const status = (sched: Schedule, done: CellValue, date: CellValue): RowStatus => {
    let byDone = statusMemo.get(sched);
    if (!byDone) statusMemo.set(sched, (byDone = new Map()));
    const dk = memoKey(done);
    let byDate = byDone.get(dk);
    if (!byDate) byDone.set(dk, (byDate = new Map()));
    const k = memoKey(date);
    let st = byDate.get(k);
    if (!st) {
      st = statusAt(sched, { done, date }, asOf, warnDays);
      byDate.set(k, st);
    }
    return st;
  };
  const dateMemo = new Map<string, IsoDate | null>();
  const dateOf = (v: CellValue): IsoDate | null => {
    if (v === null || v === undefined || v === '') return null;
    const k = memoKey(v);
    let d = dateMemo.get(k);
    if (d === undefined) {
      d = parseDateCell(v);
      dateMemo.set(k, d);
    }
    return d;
  };
  const doneMemo = new Map<string, boolean>();
  const doneOf = (v: CellValue): boolean => {
    const k = memoKey(v);
    let d = doneMemo.get(k);
    if (d === undefined) {
      d = isDoneMark(v);
      doneMemo.set(k, d);
    }
    return d;
  };
  const wordsMemo = new Map<string, string>();
  const wordsOf = (v: CellValue): string => {
    const k = memoKey(v);
    let w = wordsMemo.get(k);
    if (w === undefined) {
      w = normalizeText(cellText(v));
      wordsMemo.set(k, w);
    }
    return w;
  };
  const NO_SOURCES: UnitSource[] = [];
  const sourcesMemo = new Map<ParsedUnits, Map<ParsedUnits | null, UnitSource[]>>();
  const sourcesOf = (a: ParsedUnits, b: ParsedUnits | null): UnitSource[] => {
    let inner = sourcesMemo.get(a);
    if (!inner) sourcesMemo.set(a, (inner = new Map()));
    let out = inner.get(b);
    if (!out) {
      out = [];
      const clean = (p: ParsedUnits) => p.units.every((u) => u.canonical !== null && u.canonical === u.name);
      if (b === null) {
        if (a.units.length) out.push({ key: 'units', parsed: a, clean: clean(a) });
      } else {
        if (a.units.length) out.push({ key: 'lead', parsed: a, clean: clean(a) });
        if (b.units.length) out.push({ key: 'support', parsed: b, clean: clean(b) });
      }
      if (out.length === 0) out = NO_SOURCES;
      inner.set(b, out);
    }
    return out;
  };

  const rows: RowContext[] = [];
  const layout: ColumnLayout = {};
  for (const [k, c] of Object.entries(cols) as Array<[ColumnKey, { index: number }]>) layout[k] = c.index;
  const at = (raw: CellValue[], fill: RowFill, key: ColumnKey): CellValue => {
    const c = layout[key];
    return c === undefined ? undefined : cellAt(raw, fill, c);
  };
  const requiredUnitsKey: ColumnKey | null = cols.units ? 'units' : cols.lead ? 'lead' : null;
  forEachTaskRow(sheet, header, (index, excelRow, raw, fill) => {
    const taskText = cellString(at(raw, fill, 'task'));
    let tk = taskKeyMemo.get(taskText);
    if (tk === undefined) {
      tk = taskKey(taskText);
      taskKeyMemo.set(taskText, tk);
    }
    let rowUnits: ParsedUnits;
    let unitSources: UnitSource[];
    if (cols.units) {
      rowUnits = units(at(raw, fill, 'units'));
      unitSources = sourcesOf(rowUnits, null);
    } else if (cols.lead || cols.support) {
      const lead = units(at(raw, fill, 'lead'));
      const support = units(at(raw, fill, 'support'));
      rowUnits = combined(lead, support);
      unitSources = sourcesOf(lead, support);
    } else {
      rowUnits = EMPTY_UNITS;
      unitSources = NO_SOURCES;
    }
    const timeCell = at(raw, fill, 'time');
    const doneCell = at(raw, fill, 'done');
    const doneDateCell = at(raw, fill, 'doneDate');
    const sched = cols.time ? schedule(timeCell) : UNKNOWN_SCHEDULE;
    const seqCell = at(raw, fill, 'seq');
    const seq = parseSeq(seqCell);
    let gaps = 0;
    if (cols.seq && !hasContent(seqCell)) gaps |= 1;
    if (cols.task && taskText === '') gaps |= 2;
    if (requiredUnitsKey && !hasContent(at(raw, fill, requiredUnitsKey))) gaps |= 4;
    if (cols.time && !hasContent(timeCell)) gaps |= 8;
    const timeWords = cols.time ? wordsOf(timeCell) : '';
    const uk = keyOfUnits(rowUnits);
    const row = new Row(index, excelRow, raw, fill, layout, taskText, seq, tk, timeWords, sched, rowUnits, uk, unitSources);
    row.requiredGaps = gaps;
    row.done = cols.done ? doneOf(doneCell) : false;
    row.doneDate = cols.doneDate ? dateOf(doneDateCell) : null;
    row.status = status(sched, doneCell, doneDateCell);
    if (prepared) row.plan = matchRow(prepared, row, nearMemo);
    rows.push(row);
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

  const namesMemo = new Map<ParsedUnits, string[]>();
  const namesOf = (p: ParsedUnits): string[] => {
    let n = namesMemo.get(p);
    // Shared by every task naming the same cell text, hence frozen.
    if (!n) namesMemo.set(p, (n = Object.freeze(p.units.map((u) => u.name)) as string[]));
    return n;
  };
  const tasks: TaskResult[] = rows.map((r) => ({
    row: r.excelRow,
    seq: r.seq,
    task: r.taskText,
    units: namesOf(r.units),
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
 * By row, then column, then rule (table order). Rules run in table order and report rows in order,
 * so a stable counting sort by row keeps rule order within a row; each row's few issues are then
 * insertion-sorted by column. Linear in the issues, no per-issue allocation. Findings without a
 * row (plan-missing) come last, as reported; findings on a row without a column come first in it.
 */
function sortIssues(issues: LedgerIssue[], ruleOrder: Map<string, number>): LedgerIssue[] {
  let maxRow = 0;
  for (const i of issues) if (i.row !== null && i.row > maxRow) maxRow = i.row;
  const start = new Int32Array(maxRow + 2);
  let noRow = 0;
  for (const i of issues) {
    if (i.row === null) noRow++;
    else start[i.row + 1]++;
  }
  for (let r = 1; r < start.length; r++) start[r] += start[r - 1];
  const withRow = issues.length - noRow;
  const out = new Array<LedgerIssue>(issues.length);
  const fill = start.slice(0, maxRow + 1);
  let tail = withRow;
  for (const i of issues) {
    if (i.row === null) out[tail++] = i;
    else out[fill[i.row]++] = i;
  }
  const colOf = (i: LedgerIssue) => (i.col === null ? -1 : i.col);
  for (let r = 0; r <= maxRow; r++) {
    const from = start[r];
    const to = start[r + 1];
    for (let k = from + 1; k < to; k++) {
      const cur = out[k];
      let j = k - 1;
      while (
        j >= from &&
        (colOf(out[j]) > colOf(cur) ||
          (colOf(out[j]) === colOf(cur) && (ruleOrder.get(out[j].rule) ?? 999) > (ruleOrder.get(cur.rule) ?? 999)))
      ) {
        out[j + 1] = out[j];
        j--;
      }
      out[j + 1] = cur;
    }
  }
  return out;
}

// The custom functions (=LEDGER.TASKSTATUS …): thin wrappers over src/core. Their metadata
// (functions.json) is generated from the JSDoc tags below by custom-functions-metadata-plugin,
// which also appends the CustomFunctions.associate calls to this file at build time. Names and
// descriptions users see, in English and Chinese, come from names.ts (one source).
//
// Runtime rules: no DOM, no Office.context, no state shared with the task pane, so the same code
// runs in Excel's JavaScript-only runtime and in a shared runtime. Optional arguments arrive as
// null. Every failure is a CustomFunctions.Error.

import type { CellValue } from '../core/types';
import { STATUS } from '../core/types';
import { cellText } from '../core/normalize';
import { isoToSerial } from '../core/dates';
import { parseSchedule, scheduleDue } from '../core/schedule';
import { shareOfNumber, statedShare } from '../core/progress/read';
import { statusAt } from '../core/status';
import { UnitDirectory, parseUnits, combineLeadSupport, unitKey, workload } from '../core/units';
import type { ParsedUnits, WorkloadRow } from '../core/units';
import { asCfError, asOfArg, cfError, isBlank, rangeCell, rows, single, warnDaysArg } from './args';

/**
 * Status of a task at the as-of date, decided in the spec's order. Volatile so that an unedited
 * workbook reopened on a later day shows today's status.
 * @customfunction TASKSTATUS
 * @volatile
 * @param timeRequirement 时间要求
 * @param [done] 完成情况
 * @param [completionDate] 完成时间
 * @param [asOf] 基准日期
 * @param [warnDays] 预警天数
 * @param [progress] 完成进度
 * @returns Status label.
 */
export function TASKSTATUS(timeRequirement: any, done?: any, completionDate?: any, asOf?: any, warnDays?: any, progress?: any): string {
  try {
    const time = single(timeRequirement, '时间要求');
    if (isBlank(time)) return '';
    const asOfIso = asOfArg(asOf);
    const warn = warnDaysArg(warnDays);
    const doneMark = single(done, '完成情况');
    const date = single(completionDate, '完成时间');
    // Volatile: Excel recalculates every status cell on every edit, mostly with unchanged inputs.
    const share = progressArg(single(progress, '完成进度'));
    const cacheable = share === null && !(time instanceof Date || doneMark instanceof Date || date instanceof Date);
    const hit = cacheable ? cachedStatus(asOfIso, warn, time, doneMark, date) : undefined;
    if (hit !== undefined) return hit;
    // Without a ledger, a plain deadline's time counts from 01-01 of the as-of year (spec step 7, documented).
    const pace = share === null ? null : { share, behind: null, deadlineStart: `${asOfIso.slice(0, 4)}-01-01` };
    const status = statusAt(parseSchedule(time, { asOf: asOfIso }), { done: doneMark, date }, asOfIso, warn, pace).status;
    if (cacheable) cacheStatus(asOfIso, warn, time, doneMark, date, status);
    return status;
  } catch (e) {
    throw asCfError(e);
  }
}

/** 完成进度: a share cell (0.6 or 60), or text stating one (60%, 完成60%); null when blank or unreadable. */
function progressArg(v: CellValue): number | null {
  if (typeof v === 'number') return shareOfNumber(v);
  return typeof v === 'string' && v.trim() !== '' ? statedShare(v) : null;
}

// Results by exact inputs: nested maps keyed by the values themselves (Map keys keep 1 and "1"
// apart), the as-of date resolved, so a new day is a new key. Bounded: cleared when full.
type Level = Map<unknown, unknown>;
let statusCache: Level = new Map();
let statusCacheSize = 0;
const STATUS_CACHE_LIMIT = 50_000;

function cachedStatus(a: string, w: number, t: CellValue, d: CellValue, c: CellValue): string | undefined {
  const m1 = statusCache.get(a) as Level | undefined;
  const m2 = m1 && (m1.get(w) as Level | undefined);
  const m3 = m2 && (m2.get(t) as Level | undefined);
  const m4 = m3 && (m3.get(d) as Level | undefined);
  return m4 && (m4.get(c) as string | undefined);
}

function cacheStatus(a: string, w: number, t: CellValue, d: CellValue, c: CellValue, status: string): void {
  if (++statusCacheSize > STATUS_CACHE_LIMIT) {
    statusCache = new Map();
    statusCacheSize = 1;
  }
  let level = statusCache;
  for (const k of [a, w, t, d]) {
    let next = level.get(k) as Level | undefined;
    if (!next) level.set(k, (next = new Map()));
    level = next;
  }
  level.set(c, status);
}

/**
 * Due date as an Excel date serial; for recurring tasks the current cycle's. Volatile for the
 * same reason as TASKSTATUS (the cycle and yearless phrases depend on today).
 * @customfunction TASKDUE
 * @volatile
 * @param timeRequirement 时间要求
 * @param [asOf] 基准日期
 * @returns Date serial, or "" for a blank cell.
 */
export function TASKDUE(timeRequirement: any, asOf?: any): any {
  try {
    const time = single(timeRequirement, '时间要求');
    if (isBlank(time)) return '';
    const asOfIso = asOfArg(asOf);
    const schedule = parseSchedule(time, { asOf: asOfIso });
    const phrase = quote(time);
    if (schedule.kind === 'unknown') {
      throw cfError('#VALUE!', `无法识别的时间要求：${phrase} (unreadable time requirement)`);
    }
    const due = scheduleDue(schedule, asOfIso);
    if (!due) throw cfError('#N/A', `长期任务，没有固定期限：${phrase} (ongoing task, no fixed due date)`);
    return isoToSerial(due);
  } catch (e) {
    throw asCfError(e);
  }
}

/**
 * The lead unit of a 责任单位 cell, under its canonical name.
 * @customfunction TASKLEAD
 * @param units 责任单位
 * @returns Canonical name of the lead unit, or "".
 */
export function TASKLEAD(units: any): string {
  try {
    const v = single(units, '责任单位');
    if (isBlank(v)) return '';
    const parsed = parseUnits(v, UnitDirectory.builtin());
    const lead = parsed.units.find((u) => u.role === 'lead') ?? parsed.units[0];
    return lead ? (lead.canonical ?? lead.name) : '';
  } catch (e) {
    throw asCfError(e);
  }
}

/**
 * How many task rows name a unit: as lead, as support, or in total (default).
 * @customfunction UNITWORKLOAD
 * @param unit 单位
 * @param unitsRange 责任单位区域
 * @param [role] 角色
 * @returns Number of task rows, or "" for a blank unit.
 */
export function UNITWORKLOAD(unit: any, unitsRange: any[][], role?: any): any {
  try {
    const name = single(unit, '单位');
    const which = roleArg(role);
    if (isBlank(name)) return '';
    const dir = UnitDirectory.builtin();
    const text = cellText(name).trim();
    const parsed = unitRows(unitsRange, dir).filter((p): p is ParsedUnits => p !== null);
    // Aliases count under the canonical name. Asked by a successor name (省司法厅, 省市场监管局),
    // count under today's names, so the predecessors' rows count too; otherwise the plan's names.
    const resolved = dir.resolve(text);
    const byCurrentName = !!resolved && (resolved.via === 'successor' || isSuccessor(resolved.canonical, dir));
    const table = workload(parsed, dir, { currentNames: byCurrentName });
    const key = resolved ? (byCurrentName ? dir.currentName(resolved.canonical) : resolved.canonical) : null;
    const row = key ? table.find((r) => r.unit === key) : table.find((r) => unitKey(r.unit) === unitKey(text));
    return row ? row[which] : 0;
  } catch (e) {
    throw asCfError(e);
  }
}

/**
 * A spilled table of units: header row, then one row per unit, busiest first.
 * @customfunction WORKLOADTABLE
 * @param unitsRange 责任单位区域
 * @param [statusRange] 状态区域
 * @returns 单位, 牵头, 配合, 合计 (and 逾期 with a status range).
 */
export function WORKLOADTABLE(unitsRange: any[][], statusRange?: any[][]): any[][] {
  try {
    const dir = UnitDirectory.builtin();
    const parsed = unitRows(unitsRange, dir);
    const statuses = statusRange === null || statusRange === undefined ? null : rows(statusRange);
    if (statuses && statuses.length !== parsed.length) {
      throw cfError(
        '#VALUE!',
        `状态区域有 ${statuses.length} 行，责任单位区域有 ${parsed.length} 行，应逐行对应 (status and units ranges must have the same rows)`,
      );
    }
    if (statuses && statuses.some((r) => r.length !== 1)) {
      throw cfError('#VALUE!', '状态区域应为一列 (the status range must be one column)');
    }
    const named = parsed.filter((p): p is ParsedUnits => p !== null);
    const table = workload(named, dir);
    const header: (string | number)[] = ['单位', '牵头', '配合', '合计'];
    if (!statuses) return [header, ...table.map(tableRow)];

    // Overdue counts come from the engine too: the workload of the overdue rows alone.
    const overdueRows = parsed.filter((p, i): p is ParsedUnits => p !== null && isOverdue(statuses[i][0]));
    const overdue = new Map(workload(overdueRows, dir).map((r) => [r.unit, r.total]));
    header.push(STATUS.overdue);
    return [header, ...table.map((r) => [...tableRow(r), overdue.get(r.unit) ?? 0])];
  } catch (e) {
    throw asCfError(e);
  }
}

const successorCache = new WeakMap<UnitDirectory, Set<string>>();

/** True when other units of the directory were renamed into this one (省司法厅 took over 省法制办). */
function isSuccessor(canonical: string, dir: UnitDirectory): boolean {
  let successors = successorCache.get(dir);
  if (!successors) {
    successors = new Set();
    for (const name of dir.knownNames()) {
      const r = dir.resolve(name);
      if (!r) continue;
      const current = dir.currentName(r.canonical);
      if (current !== r.canonical) successors.add(current);
    }
    successorCache.set(dir, successors);
  }
  return successors.has(canonical);
}

function tableRow(r: WorkloadRow): (string | number)[] {
  return [r.unit, r.lead, r.support, r.total];
}

function isOverdue(v: unknown): boolean {
  const c = rangeCell(v);
  return typeof c === 'string' && c.trim() === STATUS.overdue;
}

const ROLE_WORDS: Record<string, 'lead' | 'support' | 'total'> = {
  '': 'total', 全部: 'total', 合计: 'total', 所有: 'total', all: 'total', total: 'total',
  牵头: 'lead', 牵头单位: 'lead', lead: 'lead',
  配合: 'support', 配合单位: 'support', 协办: 'support', support: 'support', supporting: 'support',
};

function roleArg(v: unknown): 'lead' | 'support' | 'total' {
  const x = single(v, '角色');
  const word = isBlank(x) ? '' : cellText(x).trim().toLowerCase();
  const role = ROLE_WORDS[word];
  if (!role) throw cfError('#VALUE!', `角色应为 牵头、配合 或 全部：${cellText(x)} (role must be lead, support or all)`);
  return role;
}

/**
 * One entry per range row: the row's units, or null for a blank row. One column holds 责任单位;
 * two columns are a two-column ledger's 牵头单位 and 配合单位; a single row of cells is read as a
 * list (one task per cell).
 */
function unitRows(range: unknown, dir: UnitDirectory): Array<ParsedUnits | null> {
  let grid = rows(range);
  const cols = grid.length ? grid[0].length : 0;
  if (grid.length === 1 && cols > 2) grid = grid[0].map((c) => [c]);
  else if (cols > 2) {
    throw cfError('#VALUE!', '责任单位区域应为一列，或牵头单位、配合单位两列 (units range: one column, or lead and supporting columns)');
  }
  const out: Array<ParsedUnits | null> = new Array(grid.length);
  for (let i = 0; i < grid.length; i++) {
    const r = grid[i];
    const first: CellValue = rangeCell(r[0]);
    const second: CellValue = r.length > 1 ? rangeCell(r[1]) : null;
    if (isBlank(first) && isBlank(second)) {
      out[i] = null;
    } else if (r.length > 1) {
      out[i] = combineLeadSupport(parseUnits(isBlank(first) ? '' : first, dir), parseUnits(isBlank(second) ? '' : second, dir));
    } else {
      out[i] = parseUnits(first, dir);
    }
  }
  return out;
}

function quote(v: CellValue): string {
  const t = cellText(v).trim();
  return `“${t.length > 60 ? t.slice(0, 60) + '…' : t}”`;
}

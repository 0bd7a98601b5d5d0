// Header detection (spec "Columns"). A ledger's header row is found by its wording, not its
// position: title rows above it are common, header cells wrap ("时间\n要求"), and many ledgers use a
// two-row header whose top row groups columns (责任单位 over 牵头单位 | 配合单位).

import type { CellValue, ColumnKey } from '../types';
import { cellText, normalizeText } from '../normalize';

export interface HeaderColumn {
  /** 0-based index into the row of `values`. */
  index: number;
  /** Header text as written in the sheet (both rows joined for a two-row header). */
  header: string;
}

export interface HeaderInfo {
  /** 0-based index into values of the (last) header row; task rows start below it. */
  row: number;
  columns: Partial<Record<ColumnKey, HeaderColumn>>;
  /** 0-based index of the first header row when the header spans two rows (else equal to row). */
  firstRow?: number;
}

/** The four columns a ledger must have. In a two-column units layout `lead` stands in for `units`. */
export const REQUIRED_KEYS = ['seq', 'task', 'units', 'time'] as const;
export type RequiredKey = (typeof REQUIRED_KEYS)[number];

/** Canonical header of each column key (used in messages when a column is absent). */
export const CANONICAL_HEADERS: Record<ColumnKey, string> = {
  seq: '序号',
  task: '重点任务',
  units: '责任(牵头)单位',
  lead: '牵头单位',
  support: '配合单位',
  time: '时间要求',
  done: '完成情况',
  doneDate: '完成时间',
  progress: '进展情况',
  remarks: '备注',
  status: '状态',
};

/**
 * Wording variants, already normalised. Unit headers are first collected under a provisional
 * key and resolved by `resolveUnitColumns`: a single units column, or lead + support.
 */
type ProvisionalKey = Exclude<ColumnKey, 'units' | 'lead' | 'support'> | 'unitsLead' | 'unitsAny' | 'unitsSupport';

const VARIANTS: Array<[string, ProvisionalKey]> = [
  ['序号', 'seq'],
  ['编号', 'seq'],
  ['序', 'seq'],
  ['重点任务', 'task'],
  ['任务', 'task'],
  ['重点工作', 'task'],
  ['工作任务', 'task'],
  ['任务名称', 'task'],
  ['任务内容', 'task'],
  ['工作内容', 'task'],
  ['主要任务', 'task'],
  // 责任(牵头)单位 names the lead first: with a separate support column it is the lead column.
  ['责任(牵头)单位', 'unitsLead'],
  ['牵头单位', 'unitsLead'],
  ['牵头部门', 'unitsLead'],
  ['牵头责任单位', 'unitsLead'],
  ['责任单位', 'unitsAny'],
  ['责任部门', 'unitsAny'],
  ['配合单位', 'unitsSupport'],
  ['协办单位', 'unitsSupport'],
  ['配合部门', 'unitsSupport'],
  ['参与单位', 'unitsSupport'],
  ['时间要求', 'time'],
  ['完成时限', 'time'],
  ['时限要求', 'time'],
  ['时间节点', 'time'],
  ['完成时间要求', 'time'],
  ['完成期限', 'time'],
  ['完成情况', 'done'],
  ['是否完成', 'done'],
  ['完成状态', 'done'],
  ['完成时间', 'doneDate'],
  ['实际完成时间', 'doneDate'],
  ['完成日期', 'doneDate'],
  ['进展情况', 'progress'],
  ['工作进展', 'progress'],
  ['推进情况', 'progress'],
  ['备注', 'remarks'],
  ['状态', 'status'],
  ['任务状态', 'status'],
];

// Longest wording first, so 完成时间要求 is a time requirement and not a completion date.
const VARIANTS_LONGEST_FIRST = [...VARIANTS].sort((a, b) => b[0].length - a[0].length);
const EXACT = new Map<string, ProvisionalKey>(VARIANTS.map(([w, k]) => [w, k]));

/** Extra characters tolerated around a known wording (e.g. 重点任务名称, 序号(编号)); titles are longer. */
const MAX_EXTRA_CHARS = 4;

/** Header text in comparable form: NFKC, no spaces or line breaks, brackets folded, no trailing colon. */
export function normalizeHeader(v: CellValue): string {
  return normalizeText(cellText(v)).replace(/[:：*＊]+$/, '');
}

// Rows below the header are probed for repeated header wording; their texts repeat, so the answer
// is memoised per string (bounded: a long-running pane sees many sheets).
const classifyMemo = new Map<string, ProvisionalKey | null>();

/** Which column a header cell names, or null. */
export function classifyHeader(v: CellValue): ProvisionalKey | null {
  if (typeof v !== 'string') return classifyHeaderText(v);
  let k = classifyMemo.get(v);
  if (k === undefined) {
    k = classifyHeaderText(v);
    if (classifyMemo.size >= 20000) classifyMemo.clear();
    classifyMemo.set(v, k);
  }
  return k;
}

function classifyHeaderText(v: CellValue): ProvisionalKey | null {
  const h = normalizeHeader(v);
  if (!h || h.length > 20) return null;
  const exact = EXACT.get(h);
  if (exact) return exact;
  // Chinese headers end in their head noun (重点任务名称 is a task, 重点任务完成情况 a completion
  // column): a wording at the end wins, then the longest. 序 alone is too short to look for.
  let best: ProvisionalKey | null = null;
  let bestScore = -1;
  for (const [w, k] of VARIANTS_LONGEST_FIRST) {
    if (w.length < 2 || h.length - w.length > MAX_EXTRA_CHARS || !h.includes(w)) continue;
    const score = (h.endsWith(w) ? 100 : 0) + w.length;
    if (score > bestScore) {
      best = k;
      bestScore = score;
    }
  }
  return best;
}

/** Exact wording only (after normalisation): for telling a sub-header row from a first data row. */
function classifyHeaderExact(v: CellValue): ProvisionalKey | null {
  return EXACT.get(normalizeHeader(v)) ?? null;
}

function isRequiredProvisional(k: ProvisionalKey | null): boolean {
  return k === 'seq' || k === 'task' || k === 'time' || k === 'unitsLead' || k === 'unitsAny';
}

interface Found {
  key: ProvisionalKey;
  index: number;
  header: string;
}

/** Classifies each cell of a row; the first column naming a key wins. */
function classifyRow(row: CellValue[] | undefined): Found[] {
  const out: Found[] = [];
  if (!row) return out;
  const seen = new Set<ProvisionalKey>();
  for (let i = 0; i < row.length; i++) {
    const k = classifyHeader(row[i]);
    if (!k) continue;
    if (seen.has(k) && k !== 'unitsAny') continue;
    seen.add(k);
    out.push({ key: k, index: i, header: cellText(row[i]).trim() });
  }
  return out;
}

function requiredCount(found: Found[]): number {
  const keys = new Set<string>();
  for (const f of found) {
    if (!isRequiredProvisional(f.key)) continue;
    keys.add(f.key === 'unitsLead' || f.key === 'unitsAny' ? 'units' : f.key);
  }
  return keys.size;
}

/**
 * Turns provisional unit headers into `units`, or `lead` + `support`. 牵头单位 with 责任单位 or
 * 配合单位 beside it is the two-column layout; a lone 责任单位 / 牵头单位 / 责任(牵头)单位 is the units column.
 */
function resolveColumns(found: Found[]): HeaderInfo['columns'] {
  const columns: HeaderInfo['columns'] = {};
  const leads = found.filter((f) => f.key === 'unitsLead');
  const anys = found.filter((f) => f.key === 'unitsAny');
  const supports = found.filter((f) => f.key === 'unitsSupport');
  for (const f of found) {
    if (f.key === 'unitsLead' || f.key === 'unitsAny' || f.key === 'unitsSupport') continue;
    if (!columns[f.key]) columns[f.key] = { index: f.index, header: f.header };
  }
  const lead = leads[0];
  const support = supports[0] ?? anys.find((a) => !lead || a.index !== lead.index);
  if (lead && support) {
    columns.lead = { index: lead.index, header: lead.header };
    columns.support = { index: support.index, header: support.header };
  } else if (lead) {
    columns.units = { index: lead.index, header: lead.header };
  } else if (anys[0]) {
    columns.units = { index: anys[0].index, header: anys[0].header };
  } else if (supports[0]) {
    // Only a 配合单位 column: keep it as support; the units column is missing.
    columns.support = { index: supports[0].index, header: supports[0].header };
  }
  return columns;
}

/** Rows searched for the header: title rows sit above it, never thousands of them. */
export const HEADER_SCAN_ROWS = 100;

function isEmptyCell(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/**
 * Second header row of a two-row header: the row below holds header wording only (sub-headers such
 * as 牵头单位 | 配合单位 under a merged 责任单位), never task data.
 */
function mergeSecondRow(values: CellValue[][], r: number, top: Found[]): Found[] | null {
  const below = values[r + 1];
  if (!below) return null;
  let recognised = 0;
  for (let i = 0; i < below.length; i++) {
    const v = below[i];
    if (isEmptyCell(v)) continue;
    // Exact wording only: a data row's "任务甲" or "1" must not pass for a sub-header.
    const joined = classifyHeaderExact(cellText(values[r][i]) + cellText(v));
    if (classifyHeaderExact(v) || joined) recognised++;
    else return null;
  }
  if (recognised === 0) return null;
  const topRow = values[r];
  const width = Math.max(topRow.length, below.length);
  const cells: Found[] = [];
  const seen = new Set<ProvisionalKey>();
  const topByIndex = new Map(top.map((f) => [f.index, f]));
  for (let i = 0; i < width; i++) {
    const subText = isEmptyCell(below[i]) ? '' : cellText(below[i]).trim();
    const topText = isEmptyCell(topRow[i]) ? '' : cellText(topRow[i]).trim();
    let key: ProvisionalKey | null = null;
    let header = '';
    if (subText) {
      // "时间" over "要求" reads as one header; a sub-header under a group header stands alone.
      const joined = topText ? classifyHeaderExact(topText + subText) : null;
      const sub = classifyHeaderExact(subText);
      if (sub) {
        key = sub;
        header = subText;
      } else if (joined) {
        key = joined;
        header = topText + subText;
      }
    } else if (topByIndex.has(i)) {
      key = topByIndex.get(i)!.key;
      header = topText;
    }
    if (!key) continue;
    if (seen.has(key) && key !== 'unitsAny') continue;
    seen.add(key);
    cells.push({ key, index: i, header });
  }
  return cells;
}

/**
 * The header row: the first row (within HEADER_SCAN_ROWS) holding at least two of the four required
 * headers. A following row of sub-headers is merged in; `row` is then the second row.
 */
export function findHeader(values: CellValue[][]): HeaderInfo | null {
  const limit = Math.min(values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const found = classifyRow(values[r]);
    if (requiredCount(found) < 2) continue;
    const twoRow = mergeSecondRow(values, r, found);
    if (twoRow && requiredCount(twoRow) >= requiredCount(found)) {
      return { row: r + 1, firstRow: r, columns: resolveColumns(twoRow) };
    }
    return { row: r, firstRow: r, columns: resolveColumns(found) };
  }
  return null;
}

export function hasLedgerHeader(values: CellValue[][]): boolean {
  return findHeader(values) !== null;
}

/** The sheet to check: the active sheet if it has a ledger header, else the first that has one; -1 if none. */
export function pickLedgerSheet(sheets: Array<{ name: string; values: CellValue[][] }>, active?: string): number {
  if (active !== undefined) {
    const i = sheets.findIndex((s) => s.name === active);
    if (i >= 0 && hasLedgerHeader(sheets[i].values)) return i;
  }
  return sheets.findIndex((s) => hasLedgerHeader(s.values));
}

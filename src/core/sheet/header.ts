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
  target: '目标任务',
  share: '完成率',
  onSchedule: '是否达序',
  section: '类别',
};

/**
 * Wording variants, already normalised. Unit headers are first collected under a provisional
 * key and resolved by `resolveColumns`: a single units column, or lead + support.
 */
type ProvisionalKey = Exclude<ColumnKey, 'units' | 'lead' | 'support'> | 'unitsLead' | 'unitsAny' | 'unitsSupport';

const WORDINGS: Record<ProvisionalKey, string[]> = {
  seq: ['序号', '编号', '序'],
  task: ['重点任务', '任务', '重点工作', '工作任务', '任务名称', '任务内容', '工作内容', '主要任务', '具体任务', '项目名称', '项目内容', '事项名称', '民生事项名称', '民生实事项目', '工作事项', '任务事项'],
  // 责任(牵头)单位 names the lead first: with a separate support column it is the lead column.
  unitsLead: ['责任(牵头)单位', '牵头单位', '牵头部门', '牵头责任单位'],
  unitsAny: ['责任单位', '责任部门', '责任处室', '责任科室', '承办处室'],
  unitsSupport: ['配合单位', '协办单位', '配合部门', '参与单位', '协同单位', '责任主体与协同单位'],
  time: ['时间要求', '完成时限', '时限要求', '时间节点', '完成时间要求', '完成期限', '进度安排'],
  done: ['完成情况', '是否完成', '完成状态'],
  doneDate: ['完成时间', '实际完成时间', '完成日期'],
  progress: ['进展情况', '工作进展', '推进情况', '落实情况', '实际完成情况', '进展', '当前进度'],
  share: ['完成率', '任务完成率', '完成进度', '形象进度', '完成比例', '进度'],
  target: ['目标任务', '全年目标任务', '年度目标', '任务目标', '年度任务目标'],
  onSchedule: ['是否达序', '是否达到序时进度'],
  section: ['类别', '分类', '板块'],
  remarks: ['备注'],
  status: ['状态', '任务状态'],
};
const VARIANTS = Object.entries(WORDINGS).flatMap(([k, words]) => words.map((w) => [w, k as ProvisionalKey] as [string, ProvisionalKey]));

// Longest wording first, so 完成时间要求 is a time requirement and not a completion date.
const VARIANTS_LONGEST_FIRST = [...VARIANTS].sort((a, b) => b[0].length - a[0].length);
/** 项目 names the task only as the whole header (项目建设进度 is not a task column). */
const EXACT = new Map<string, ProvisionalKey>([...VARIANTS, ['项目', 'task'] as [string, ProvisionalKey]]);

/**
 * A report period before or after the header words: 1-8月实际完成情况, 1-11月推进情况, 截至6月底进展,
 * 2022年度任务目标, 推进情况(截至9月底). Its last month tells the latest of several progress columns.
 */
const PERIOD_RE =
  /^(?:截至|截止|至)?(?:(?<y>\d{4})年度?)?(?:(?:\d{1,2}(?:—|-|~|至|到))?(?<m>\d{1,2})月(?:底|末|份)?)?(?:前)?(?:的)?/;
const TRAILING_PERIOD_RE = /\((?:截至|截止)?(?:(?<y>\d{4})年)?(?:\d{1,2}(?:—|-|~|至|到))?(?<m>\d{1,2})月(?:底|末|份)?\)$/;

/** A header's words without its report period, and the period's end as a comparable number (0: none). */
export function splitPeriod(h: string): { words: string; period: number } {
  const tail = TRAILING_PERIOD_RE.exec(h);
  const m = tail ?? PERIOD_RE.exec(h);
  if (!m || m[0] === '') return { words: h, period: 0 };
  const words = tail ? h.slice(0, tail.index) : h.slice(m[0].length);
  const y = m.groups?.y ? +m.groups.y : 0;
  const month = m.groups?.m ? +m.groups.m : 0;
  return { words, period: y * 13 + month };
}

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
  const h = splitPeriod(normalizeHeader(v)).words;
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
  return EXACT.get(splitPeriod(normalizeHeader(v)).words) ?? null;
}

/** A sub-header that names only a report period (1-6月 | 1-9月 under 进展情况). */
function isPeriodOnly(v: CellValue): boolean {
  const h = normalizeHeader(v);
  return h !== '' && splitPeriod(h).words === '';
}

function isRequiredProvisional(k: ProvisionalKey | null): boolean {
  return k === 'seq' || k === 'task' || k === 'time' || k === 'unitsLead' || k === 'unitsAny';
}

interface Found {
  key: ProvisionalKey;
  index: number;
  header: string;
  /** The report period's end (splitPeriod), 0 for none. */
  period: number;
}

/**
 * Adds a classified cell: the first column naming a key wins, except that of several progress or
 * share columns differing by report period the latest is the current one.
 */
function addFound(out: Found[], f: Found): void {
  const i = out.findIndex((o) => o.key === f.key);
  if (i < 0 || f.key === 'unitsAny') out.push(f);
  else if ((f.key === 'progress' || f.key === 'share' || f.key === 'done') && f.period > out[i].period) out[i] = f;
}

/** Classifies each cell of a row. */
function classifyRow(row: CellValue[] | undefined): Found[] {
  const out: Found[] = [];
  if (!row) return out;
  for (let i = 0; i < row.length; i++) {
    const k = classifyHeader(row[i]);
    if (!k) continue;
    addFound(out, { key: k, index: i, header: cellText(row[i]).trim(), period: splitPeriod(normalizeHeader(row[i])).period });
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
    if (classifyHeaderExact(v) || joined || isPeriodOnly(v)) recognised++;
    else return null;
  }
  if (recognised === 0) return null;
  const topRow = values[r];
  const width = Math.max(topRow.length, below.length);
  const cells: Found[] = [];
  const topByIndex = new Map(top.map((f) => [f.index, f]));
  // The group header over column i: its own top cell, or the nearest one to its left (merged across).
  let group: Found | undefined;
  for (let i = 0; i < width; i++) {
    const subText = isEmptyCell(below[i]) ? '' : cellText(below[i]).trim();
    const topText = isEmptyCell(topRow[i]) ? '' : cellText(topRow[i]).trim();
    if (topText) group = topByIndex.get(i);
    let key: ProvisionalKey | null = null;
    let header = '';
    let period = 0;
    if (subText) {
      // "时间" over "要求" reads as one header; a sub-header under a group header stands alone;
      // a period alone (1-9月) takes its kind from the group header above it.
      const joined = topText ? classifyHeaderExact(topText + subText) : null;
      const sub = classifyHeaderExact(subText);
      period = splitPeriod(normalizeHeader(subText)).period;
      if (sub) {
        key = sub;
        header = subText;
      } else if (joined) {
        key = joined;
        header = topText + subText;
      } else if (group && isPeriodOnly(subText)) {
        key = group.key;
        header = group.header + subText;
      }
    } else if (topByIndex.has(i)) {
      key = topByIndex.get(i)!.key;
      header = topText;
      period = topByIndex.get(i)!.period;
    }
    if (key) addFound(cells, { key, index: i, header, period });
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

/**
 * Sheets task-ledger writes (问题清单, 督办单, 考评汇总, and their "(2)" copies): their headers name 序号 and
 * 任务 too, but they are lists about a ledger, never the ledger itself.
 */
export const OUTPUT_SHEET = /^(问题清单|督办单|考评汇总)(\(\d+\))?$/;

/** A sheet that holds a ledger (its first rows have a ledger header) and is not one task-ledger wrote. */
export function isLedgerSheet(s: { name: string; values: CellValue[][] }): boolean {
  return !OUTPUT_SHEET.test(s.name) && hasLedgerHeader(s.values);
}

/**
 * The sheet to check: the active sheet if it has a ledger header, else the first that has one; -1 if
 * none. Sheets task-ledger wrote are never chosen (a 问题清单 just written is the active sheet).
 */
export function pickLedgerSheet(sheets: Array<{ name: string; values: CellValue[][] }>, active?: string): number {
  if (active !== undefined) {
    const i = sheets.findIndex((s) => s.name === active);
    if (i >= 0 && isLedgerSheet(sheets[i])) return i;
  }
  return sheets.findIndex(isLedgerSheet);
}

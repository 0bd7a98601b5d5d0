// New sheets the pane writes: 插入任务清单 (the plan as a ready ledger) and 考评汇总 (per-unit figures
// with a native chart). Workbook content is Chinese whatever the pane's language: the sheet is shared
// with colleagues and the checker recognises the Chinese headers.

import type { Capabilities, ExcelRun } from './capabilities';
import { columnLetter } from '../core/a1';
import type { EvaluationRow } from '../core/evaluation';
import { chineseDate, noticeIntro, noticeRow, NOTICE_HEADER, NOTICE_LEGEND, NOTICE_LIGHT, NOTICE_SIGNATURE, type Notice } from '../report/notices';
import { STATUS, type Category, type Severity } from '../core/types';
import type { IssueListRow } from '../report/issue-list';
import { quoteSheetName } from './a1';
import { MARK_STYLES } from './paint-plan';

export interface PlanRow {
  seq: number;
  task: string;
  units: string;
  time: string;
  project?: number;
}

export interface PlanSheetInput {
  title: string;
  docNo?: string;
  projects: string[];
  tasks: PlanRow[];
}

export const PLAN_HEADERS = ['序号', '重点任务', '责任(牵头)单位', '时间要求', '完成情况', '完成时间', '进展情况', '状态'] as const;
const WIDTHS = [36, 260, 170, 110, 64, 78, 200, 64];
export const HEADER_FILL = '#D9E1F2';
export const SECTION_FILL = '#F2F2F2';
const CN_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/** A name not yet taken: "重点任务台账", "重点任务台账(2)" … (Excel: at most 31 characters). */
export function uniqueSheetName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const n = `${base}(${i})`;
    if (!lower.has(n.toLowerCase())) return n;
  }
}

export interface PlanSheetLayout {
  values: (string | number)[][];
  /** 0-based rows of section (工程) lines. */
  sectionRows: number[];
  headerRow: number;
  /** 0-based rows of tasks. */
  taskRows: number[];
}

/**
 * Rows of the plan sheet: title, source line, header, then tasks grouped under their 工程 as section
 * rows (一、大力实施…) the checker skips. statusCell(row) gives the 状态 cell: a formula or a value.
 */
export function planSheetLayout(plan: PlanSheetInput, statusCell: (sheetRow1: number, task: PlanRow) => string): PlanSheetLayout {
  const values: (string | number)[][] = [];
  const width = PLAN_HEADERS.length;
  const line = (first: string | number) => [first, ...Array(width - 1).fill('')];
  values.push(line(`${plan.title}重点任务执行台账`));
  values.push(line(`依据：${plan.docNo ?? plan.title}。完成情况填“已完成”等，完成时间填实际完成日期；状态列自动计算。`));
  values.push([...PLAN_HEADERS]);
  const sectionRows: number[] = [];
  const taskRows: number[] = [];
  let project: number | undefined = -1;
  for (const t of plan.tasks) {
    if (t.project !== project && t.project !== undefined && plan.projects[t.project - 1]) {
      project = t.project;
      sectionRows.push(values.length);
      values.push(line(`${CN_NUMBERS[t.project - 1] ?? t.project}、${plan.projects[t.project - 1]}`));
    }
    taskRows.push(values.length);
    const r = values.length + 1;
    values.push([t.seq, t.task, t.units, t.time, '', '', '', statusCell(r, t)]);
  }
  return { values, sectionRows, headerRow: 2, taskRows };
}

/** =LEDGER.TASKSTATUS(时间要求, 完成情况, 完成时间) of a row. */
/** A new worksheet named baseName, or baseName (2), (3) … when that name is taken. */
async function addSheet(ctx: Excel.RequestContext, baseName: string): Promise<{ ws: Excel.Worksheet; name: string }> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name');
  await ctx.sync();
  const name = uniqueSheetName(baseName, sheets.items.map((s) => s.name));
  return { ws: sheets.add(name), name };
}

export const statusFormula = (row: number) => `=LEDGER.TASKSTATUS(D${row},E${row},F${row})`;

export async function insertPlanSheet(
  run: ExcelRun,
  caps: Capabilities,
  plan: PlanSheetInput,
  /** The engine's status of a task with nothing filled in yet (used where custom functions cannot run). */
  statusValue: (task: PlanRow) => string,
  baseName = '重点任务台账',
): Promise<string> {
  return run(async (ctx) => {
    const { ws, name } = await addSheet(ctx, baseName);
    const layout = planSheetLayout(plan, (r, t) => (caps.customFunctions ? statusFormula(r) : statusValue(t)));
    const last = columnLetter(PLAN_HEADERS.length - 1);
    const rows = layout.values.length;
    const all = ws.getRange(`A1:${last}${rows}`);
    all.formulas = layout.values;
    all.format.font.name = '宋体';
    all.format.font.size = 10;
    all.format.wrapText = true;
    ws.getRange(`A1:${last}1`).merge(false);
    ws.getRange(`A2:${last}2`).merge(false);
    ws.getRange('A1').format.font.size = 14;
    ws.getRange('A1').format.font.bold = true;
    ws.getRange('A1').format.horizontalAlignment = 'Center';
    ws.getRange('A2').format.font.color = '#595959';
    const table = ws.getRange(`A3:${last}${rows}`);
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical']) {
      const b = table.format.borders.getItem(edge as Excel.BorderIndex);
      b.style = 'Continuous';
      b.color = '#808080';
    }
    const header = ws.getRange(`A3:${last}3`);
    header.format.fill.color = HEADER_FILL;
    header.format.font.bold = true;
    header.format.horizontalAlignment = 'Center';
    for (const r of layout.sectionRows) {
      const sec = ws.getRange(`A${r + 1}:${last}${r + 1}`);
      sec.merge(false);
      sec.format.fill.color = SECTION_FILL;
      sec.format.font.bold = true;
    }
    WIDTHS.forEach((w, i) => (ws.getRange(`${columnLetter(i)}:${columnLetter(i)}`).format.columnWidth = w * 0.75 * 1.33));
    ws.getRange(`A4:A${rows}`).format.horizontalAlignment = 'Center';
    ws.getRange(`H4:H${rows}`).format.horizontalAlignment = 'Center';
    ws.getRange(`F4:F${rows}`).numberFormat = Array.from({ length: rows - 3 }, () => ['yyyy-mm-dd']);
    if (caps.freezePanes) ws.freezePanes.freezeRows(3);
    ws.activate();
    await ctx.sync();
    return name;
  });
}

export const EVALUATION_HEADERS = ['单位', '牵头', '配合', '合计', '按时完成', '逾期完成', '逾期', '按时完成率'] as const;
export const CHART_UNITS = 10;

/** 考评汇总 sheet: the table, and a stacked column chart (牵头/配合) of the busiest units. */
/** Rows of the 考评汇总 sheet: title, note, header (row 3), one row per unit. */
export function evaluationSheetValues(rows: readonly EvaluationRow[], meta: { title: string; asOf: string; sheet: string }): (string | number)[][] {
  const width = EVALUATION_HEADERS.length;
  const pad = (s: string) => [s, ...Array(width - 1).fill('')];
  return [
    pad(`${meta.title}考评汇总`),
    pad(`基准日期：${meta.asOf}；来源工作表：${meta.sheet}；按时完成率 = 按时完成 ÷（按时完成 + 逾期完成 + 逾期）`),
    [...EVALUATION_HEADERS],
    ...rows.map((r) => [r.unit, r.led, r.supported, r.total, r.doneOnTime, r.doneLate, r.overdue, r.onTimeRate === null ? '—' : r.onTimeRate]),
  ];
}

export async function writeEvaluationSheet(
  run: ExcelRun,
  rows: readonly EvaluationRow[],
  meta: { title: string; asOf: string; sheet: string },
  baseName = '考评汇总',
): Promise<string> {
  return run(async (ctx) => {
    const { ws, name } = await addSheet(ctx, baseName);
    const last = columnLetter(EVALUATION_HEADERS.length - 1);
    const values = evaluationSheetValues(rows, meta);
    const n = values.length;
    ws.getRange(`A1:${last}${n}`).values = values;
    ws.getRange(`A1:${last}1`).merge(false);
    ws.getRange('A1').format.font.bold = true;
    ws.getRange('A1').format.font.size = 14;
    ws.getRange('A2').format.font.color = '#595959';
    const header = ws.getRange(`A3:${last}3`);
    header.format.fill.color = HEADER_FILL;
    header.format.font.bold = true;
    if (rows.length) ws.getRange(`H4:H${n}`).numberFormat = rows.map(() => ['0.0%']);
    ws.getRange('A:A').format.columnWidth = 150;
    if (rows.length) {
      const top = Math.min(rows.length, CHART_UNITS);
      const chart = ws.charts.add('ColumnStacked' as Excel.ChartType, ws.getRange(`A3:C${3 + top}`), 'Columns' as Excel.ChartSeriesBy);
      chart.title.text = `任务最多的${top}个单位（牵头/配合）`;
      chart.setPosition(`J3`, `Q20`);
    }
    ws.activate();
    await ctx.sync();
    return name;
  });
}

export interface NoticesSheet {
  values: string[][];
  header: string[];
  /** 0-based first row of each notice. */
  starts: number[];
  blocks: Array<{ title: number; intro: number; header: number; rows: number; items: Notice['items'] }>;
}

/** Rows of the 督办单 sheet: each notice's title, number and date, addressee, text, table and signature. */
export function noticesSheetValues(
  notices: readonly Notice[],
  meta: { source: string; asOf: string; withRoles?: boolean },
  /** Two blank rows between notices, where no page break can separate them. */
  gaps: boolean,
): NoticesSheet {
  const withRoles = meta.withRoles ?? false;
  const header: string[] = [...NOTICE_HEADER];
  if (withRoles) header.splice(2, 0, '职责');
  const width = header.length;
  const pad = (s: string) => [s, ...Array(width - 1).fill('')];
  const values: string[][] = [];
  const starts: number[] = [];
  const blocks: NoticesSheet['blocks'] = [];
  const stamp = meta.asOf.replace(/-/g, '');
  notices.forEach((n, i) => {
    if (i > 0 && gaps) values.push(pad(''), pad(''));
    starts.push(values.length);
    const title = values.length;
    values.push(pad('督办通知单'));
    values.push(pad(`编号：${stamp}-${String(i + 1).padStart(2, '0')}　　日期：${chineseDate(meta.asOf)}`));
    values.push(pad(`${n.unit}：`));
    const intro = values.length;
    values.push(pad(noticeIntro(n, { source: meta.source, asOf: meta.asOf, withRoles })));
    const head = values.length;
    values.push([...header]);
    for (const item of n.items) values.push(noticeRow(item, withRoles, (k) => STATUS[k]));
    values.push(pad(''), pad(NOTICE_SIGNATURE), pad('年　　月　　日'), pad(NOTICE_LEGEND));
    blocks.push({ title, intro, header: head, rows: n.items.length, items: n.items });
  });
  return { values, header, starts, blocks };
}

/**
 * 督办单 sheet: one notice per unit, each on its own printed page (a page break before each one
 * where ExcelApi 1.9 allows; blank rows between them otherwise). The same text as the command
 * line's Word notices. Returns the sheet's name.
 */
export async function writeNoticesSheet(
  run: ExcelRun,
  caps: Capabilities,
  notices: readonly Notice[],
  meta: { source: string; asOf: string; withRoles?: boolean },
  baseName = '督办单',
): Promise<string> {
  return run(async (ctx) => {
    const { ws, name } = await addSheet(ctx, baseName);
    const withRoles = meta.withRoles ?? false;
    const { values, header, starts, blocks: layout } = noticesSheetValues(notices, meta, !caps.rangeAreas);
    const last = columnLetter(header.length - 1);
    const all = ws.getRange(`A1:${last}${values.length}`);
    // Text, not formulas: a task that starts with "=" stays text.
    all.numberFormat = values.map((r) => r.map(() => '@'));
    all.values = values;
    all.format.font.name = '宋体';
    all.format.font.size = 10.5;
    all.format.wrapText = true;
    all.format.verticalAlignment = 'Center';
    const statusCol = header.indexOf('状态');
    for (const b of layout) {
      const row = (r: number) => ws.getRange(`A${r + 1}:${last}${r + 1}`);
      row(b.title).merge(false);
      ws.getRange(`A${b.title + 1}`).format.font.size = 18;
      ws.getRange(`A${b.title + 1}`).format.font.bold = true;
      ws.getRange(`A${b.title + 1}`).format.horizontalAlignment = 'Center';
      row(b.title + 1).merge(false);
      ws.getRange(`A${b.title + 2}`).format.horizontalAlignment = 'Right';
      row(b.title + 2).merge(false);
      ws.getRange(`A${b.title + 3}`).format.font.bold = true;
      row(b.intro).merge(false);
      row(b.intro).format.rowHeight = 54;
      const table = ws.getRange(`A${b.header + 1}:${last}${b.header + 1 + b.rows}`);
      for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical']) {
        const border = table.format.borders.getItem(edge as Excel.BorderIndex);
        border.style = 'Continuous';
        border.color = '#808080';
      }
      row(b.header).format.fill.color = HEADER_FILL;
      row(b.header).format.font.bold = true;
      row(b.header).format.horizontalAlignment = 'Center';
      b.items.forEach((item, k) => {
        ws.getRange(`${columnLetter(statusCol)}${b.header + 2 + k}`).format.fill.color = `#${NOTICE_LIGHT[item.statusKey]}`;
      });
      const after = b.header + 1 + b.rows;
      for (const r of [after + 1, after + 2, after + 3]) row(r).merge(false);
      ws.getRange(`A${after + 2}:A${after + 3}`).format.horizontalAlignment = 'Right';
    }
    const widths = withRoles ? [36, 190, 36, 100, 78, 40, 64, 140] : [36, 220, 100, 78, 40, 64, 160];
    widths.forEach((w, i) => (ws.getRange(`${columnLetter(i)}:${columnLetter(i)}`).format.columnWidth = w));
    if (caps.rangeAreas) for (const start of starts.slice(1)) ws.horizontalPageBreaks.add(`A${start + 1}`);
    ws.activate();
    await ctx.sync();
    return name;
  });
}

/** Fills of the severities in the 问题清单 legend: the colours the pane marks cells with. */
const SEVERITY_FILL: Record<Severity, string> = { error: MARK_STYLES.error.fill, warning: MARK_STYLES.warning.fill, info: MARK_STYLES.info.fill };
const SEVERITY_ZH: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
const CATEGORY_ZH: Record<Category, string> = { ledger: '填报问题', progress: '进度预警' };
export const ISSUE_LIST_HEADERS = ['类别', '级别', '问题类型', '单元格', '序号', '任务', '牵头单位', '问题说明'] as const;

/** Rows of the 问题清单 sheet: title, legend, header (row 3), one row per finding. */
export function issueListSheetValues(rows: readonly IssueListRow[], meta: { sheet: string; asOf: string; filter?: string }): string[][] {
  const width = ISSUE_LIST_HEADERS.length;
  const title = `问题清单（工作表“${meta.sheet}”，检查日期 ${meta.asOf}${meta.filter ? `，${meta.filter}` : ''}）`;
  return [
    [title, ...Array(width - 1).fill('')],
    ['图例：', SEVERITY_ZH.error, SEVERITY_ZH.warning, SEVERITY_ZH.info, ...Array(width - 4).fill('')],
    [...ISSUE_LIST_HEADERS],
    ...rows.map((r) => [CATEGORY_ZH[r.category], SEVERITY_ZH[r.severity], r.ruleName, r.cell ?? '', r.seq === null ? '' : String(r.seq), r.task, r.lead, r.message]),
  ];
}

/**
 * 问题清单 sheet, the command line's layout: title, a legend of the fills, the header (frozen, printed
 * on every page), one row per finding with a link to its cell; A4 landscape where ExcelApi 1.9 allows.
 */
export async function writeIssueListSheet(
  run: ExcelRun,
  caps: Capabilities,
  rows: readonly IssueListRow[],
  meta: { sheet: string; asOf: string; filter?: string },
  baseName = '问题清单',
): Promise<string> {
  return run(async (ctx) => {
    const { ws, name } = await addSheet(ctx, baseName);
    const last = columnLetter(ISSUE_LIST_HEADERS.length - 1);
    const values = issueListSheetValues(rows, meta);
    const all = ws.getRange(`A1:${last}${values.length}`);
    all.numberFormat = values.map((line) => line.map(() => '@'));
    all.values = values;
    all.format.font.name = '宋体';
    all.format.font.size = 10;
    all.format.verticalAlignment = 'Top';
    ws.getRange(`A1:${last}1`).merge(false);
    ws.getRange('A1').format.font.bold = true;
    ws.getRange('A1').format.font.size = 13;
    (['error', 'warning', 'info'] as const).forEach((sev, i) => (ws.getRange(`${columnLetter(i + 1)}2`).format.fill.color = SEVERITY_FILL[sev]));
    const header = ws.getRange(`A3:${last}3`);
    header.format.fill.color = HEADER_FILL;
    header.format.font.bold = true;
    rows.forEach((r, i) => {
      const row = i + 4;
      ws.getRange(`B${row}`).format.fill.color = SEVERITY_FILL[r.severity];
      // A link that jumps to the cell: the list is a to-do list.
      if (r.cell) ws.getRange(`D${row}`).hyperlink = { documentReference: `${quoteSheetName(meta.sheet)}!${r.cell}`, textToDisplay: r.cell };
    });
    if (rows.length) ws.getRange(`A4:${last}${rows.length + 3}`).format.wrapText = true;
    [60, 40, 150, 44, 32, 170, 90, 280].forEach((w, i) => (ws.getRange(`${columnLetter(i)}:${columnLetter(i)}`).format.columnWidth = w));
    if (caps.freezePanes) ws.freezePanes.freezeRows(3);
    if (caps.rangeAreas) {
      ws.pageLayout.orientation = 'Landscape' as Excel.PageOrientation;
      ws.pageLayout.paperSize = 'A4' as Excel.PaperType;
      ws.pageLayout.setPrintTitleRows('$3:$3');
    }
    ws.activate();
    await ctx.sync();
    return name;
  });
}

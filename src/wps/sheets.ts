// New sheets the pane writes, in WPS 表格: the same rows as on the Excel side (office/sheets.ts builds
// them), written with WPS's calls. Formatting is the plain part of the Excel layout (title, header
// fill, borders, widths); charts, links, page breaks and print titles are the Excel side's alone.

import { columnLetter } from '../core/a1';
import type { EvaluationRow } from '../core/evaluation';
import type { IssueListRow } from '../report/issue-list';
import type { Notice } from '../report/notices';
import {
  EVALUATION_HEADERS,
  evaluationSheetValues,
  HEADER_FILL,
  issueListSheetValues,
  noticesSheetValues,
  PLAN_HEADERS,
  planSheetLayout,
  SECTION_FILL,
  statusFormula,
  uniqueSheetName,
  type PlanRow,
  type PlanSheetInput,
} from '../office/sheets';
import { bgr, XL, type WpsApplication, type WpsWorksheet } from './object-model';
import { sheetsOf, workbookOf } from './marks';

/** A new sheet after the last one, named baseName or baseName(2) …; it becomes the active sheet. */
function addSheet(app: WpsApplication, baseName: string): { ws: WpsWorksheet; name: string } {
  const wb = workbookOf(app);
  const sheets = sheetsOf(wb);
  const name = uniqueSheetName(baseName, sheets.map((s) => s.Name));
  const ws = wb.Worksheets.Add(undefined, sheets[sheets.length - 1]);
  ws.Name = name;
  return { ws, name };
}

function writeRows(ws: WpsWorksheet, values: (string | number)[][], asText: boolean): string {
  const width = Math.max(...values.map((r) => r.length));
  const all = ws.Range(`A1:${columnLetter(width - 1)}${values.length}`);
  // Text, not formulas: a task that starts with "=" stays text.
  if (asText) all.NumberFormat = '@';
  all.Value2 = values;
  all.Font.Name = '宋体';
  return columnLetter(width - 1);
}

/** Column widths (in characters) from A, then the new sheet comes into view. */
function show(ws: WpsWorksheet, name: string, widths: number[]): string {
  widths.forEach((w, i) => (ws.Range(`${columnLetter(i)}:${columnLetter(i)}`).ColumnWidth = w));
  ws.Activate();
  return name;
}

function styleHeader(ws: WpsWorksheet, last: string, row1: number): void {
  const header = ws.Range(`A${row1}:${last}${row1}`);
  header.Interior.Color = bgr(HEADER_FILL);
  header.Font.Bold = true;
  header.HorizontalAlignment = XL.center;
}

function title(ws: WpsWorksheet, last: string, row1: number, size: number): void {
  ws.Range(`A${row1}:${last}${row1}`).Merge();
  ws.Range(`A${row1}`).Font.Bold = true;
  ws.Range(`A${row1}`).Font.Size = size;
}

export function insertPlanSheetWps(
  app: WpsApplication,
  plan: PlanSheetInput,
  customFunctions: boolean,
  statusValue: (task: PlanRow) => string,
): string {
  const { ws, name } = addSheet(app, '重点任务台账');
  const layout = planSheetLayout(plan, (r, t) => (customFunctions ? statusFormula(r) : statusValue(t)));
  const last = columnLetter(PLAN_HEADERS.length - 1);
  const all = ws.Range(`A1:${last}${layout.values.length}`);
  all.Formula = layout.values;
  all.Font.Name = '宋体';
  all.WrapText = true;
  title(ws, last, 1, 14);
  ws.Range(`A2:${last}2`).Merge();
  styleHeader(ws, last, 3);
  ws.Range(`A3:${last}${layout.values.length}`).Borders.LineStyle = XL.continuous;
  for (const r of layout.sectionRows) {
    const sec = ws.Range(`A${r + 1}:${last}${r + 1}`);
    sec.Merge();
    sec.Interior.Color = bgr(SECTION_FILL);
    sec.Font.Bold = true;
  }
  return show(ws, name, [5, 40, 24, 16, 9, 11, 28, 9]);
}

export function writeEvaluationSheetWps(app: WpsApplication, rows: readonly EvaluationRow[], meta: { title: string; asOf: string; sheet: string }): string {
  const { ws, name } = addSheet(app, '考评汇总');
  const values = evaluationSheetValues(rows, meta);
  const last = writeRows(ws, values, false);
  title(ws, last, 1, 14);
  styleHeader(ws, last, 3);
  if (rows.length) ws.Range(`H4:H${values.length}`).NumberFormat = '0.0%';
  ws.Range(`A3:${columnLetter(EVALUATION_HEADERS.length - 1)}${values.length}`).Borders.LineStyle = XL.continuous;
  return show(ws, name, [22]);
}

export function writeNoticesSheetWps(app: WpsApplication, notices: readonly Notice[], meta: { source: string; asOf: string }): string {
  const { ws, name } = addSheet(app, '督办单');
  // No page breaks here: two blank rows keep the notices apart.
  const sheet = noticesSheetValues(notices, meta, true);
  const last = writeRows(ws, sheet.values, true);
  ws.Range(`A1:${last}${sheet.values.length}`).WrapText = true;
  for (const b of sheet.blocks) {
    for (const r of [b.title, b.title + 1, b.title + 2, b.intro]) ws.Range(`A${r + 1}:${last}${r + 1}`).Merge();
    ws.Range(`A${b.title + 1}`).Font.Size = 18;
    ws.Range(`A${b.title + 1}`).Font.Bold = true;
    ws.Range(`A${b.title + 1}`).HorizontalAlignment = XL.center;
    styleHeader(ws, last, b.header + 1);
    ws.Range(`A${b.header + 1}:${last}${b.header + 1 + b.rows}`).Borders.LineStyle = XL.continuous;
  }
  return show(ws, name, [5, 30, 14, 11, 6, 9, 22]);
}

export function writeIssueListSheetWps(app: WpsApplication, rows: readonly IssueListRow[], meta: { sheet: string; asOf: string; filter?: string }): string {
  const { ws, name } = addSheet(app, '问题清单');
  const values = issueListSheetValues(rows, meta);
  const last = writeRows(ws, values, true);
  title(ws, last, 1, 13);
  styleHeader(ws, last, 3);
  if (rows.length) ws.Range(`A4:${last}${values.length}`).WrapText = true;
  return show(ws, name, [8, 5, 20, 6, 4, 23, 12, 38]);
}

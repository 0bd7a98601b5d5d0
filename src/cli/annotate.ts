// --annotate: a copy of the workbook with problem cells filled by severity and a note on each saying
// why, plus a 问题清单 sheet listing every issue. The loaded workbook is changed in memory only and
// written to OUT; the input file is never opened for writing.
import ExcelJS from 'exceljs';
import type { Lang, LedgerIssue, Severity } from '../core/types';
import { msg } from './messages';

/** Fill colours by severity (Excel's light red / yellow / blue highlight shades, text stays legible). */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFBDD7EE',
};

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export interface AnnotateInput {
  workbook: ExcelJS.Workbook;
  /** The checked sheet, whose cells get painted. */
  sheetName: string | null;
  issues: readonly LedgerIssue[];
  /** Rendered message of each issue, same order as `issues`. */
  messages: readonly string[];
  lang: Lang;
  fileLabel: string;
  asOf: string;
}

/** Paints and annotates in memory; returns the number of cells painted. */
export function annotateWorkbook(input: AnnotateInput): number {
  const { workbook, issues, messages, lang } = input;
  const ws = input.sheetName ? workbook.getWorksheet(input.sheetName) : undefined;
  const byCell = new Map<string, number[]>();
  issues.forEach((iss, i) => {
    if (!iss.cell) return;
    const list = byCell.get(iss.cell);
    if (list) list.push(i);
    else byCell.set(iss.cell, [i]);
  });
  let painted = 0;
  if (ws) {
    for (const [address, idx] of byCell) {
      const cell = ws.getCell(address);
      const worst = idx.map((i) => issues[i].severity).sort((a, b) => SEVERITY_RANK[b] - SEVERITY_RANK[a])[0];
      // ExcelJS shares one style object between cells with the same style (files written by
      // LibreOffice especially): mutating cell.fill would colour every sharer. A fresh object per cell.
      cell.style = {
        ...cell.style,
        fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: SEVERITY_FILL[worst] } },
      };
      const text = idx.map((i) => `【${msg(`report.severity.${issues[i].severity}`, lang)}】${messages[i]}（${issues[i].rule}）`).join('\n');
      cell.note = mergeNote(cell.note, text);
      painted++;
    }
  }
  addIssueSheet(workbook, input);
  return painted;
}

/** Keeps a note the user already had, and puts ours after it. */
function mergeNote(existing: unknown, ours: string): ExcelJS.Comment | string {
  const prior =
    typeof existing === 'string'
      ? existing
      : existing && typeof existing === 'object' && Array.isArray((existing as ExcelJS.Comment).texts)
        ? (existing as ExcelJS.Comment).texts!.map((t) => t.text).join('')
        : '';
  const text = prior ? `${prior}\n——\ntask-ledger:\n${ours}` : `task-ledger:\n${ours}`;
  return { texts: [{ text }], margins: { insetmode: 'auto' }, protection: { locked: 'True', lockText: 'True' }, editAs: 'absolute' } as unknown as ExcelJS.Comment;
}

function uniqueSheetName(wb: ExcelJS.Workbook, base: string): string {
  if (!wb.getWorksheet(base)) return base;
  for (let i = 2; ; i++) {
    const name = `${base}(${i})`;
    if (!wb.getWorksheet(name)) return name;
  }
}

function addIssueSheet(wb: ExcelJS.Workbook, input: AnnotateInput): void {
  const { lang, issues, messages } = input;
  const ws = wb.addWorksheet(uniqueSheetName(wb, msg('annotate.sheet', lang)));
  ws.columns = [{ width: 10 }, { width: 24 }, { width: 10 }, { width: 8 }, { width: 18 }, { width: 70 }];
  ws.getCell('A1').value = msg('annotate.title', lang, { file: input.fileLabel, sheet: input.sheetName ?? '', asOf: input.asOf });
  ws.getCell('A1').font = { bold: true, size: 13 };
  ws.mergeCells('A1:F1');
  const header = ws.getRow(2);
  ['annotate.severity', 'annotate.rule', 'annotate.cell', 'annotate.row', 'annotate.column', 'annotate.message'].forEach((k, i) => {
    const c = header.getCell(i + 1);
    c.value = msg(k, lang);
    c.style = { font: { bold: true }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } } };
  });
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 2 }];
  issues.forEach((iss, i) => {
    const row = ws.getRow(i + 3);
    const sev = row.getCell(1);
    sev.value = msg(`report.severity.${iss.severity}`, lang);
    sev.style = { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: SEVERITY_FILL[iss.severity] } } };
    row.getCell(2).value = iss.rule;
    if (iss.cell && input.sheetName) {
      // A link that jumps to the cell, so the list is a to-do list.
      row.getCell(3).value = { text: iss.cell, hyperlink: `#'${input.sheetName.replace(/'/g, "''")}'!${iss.cell}` };
      row.getCell(3).font = { color: { argb: 'FF0563C1' }, underline: true };
    }
    if (iss.row !== null) row.getCell(4).value = iss.row;
    if (iss.column) row.getCell(5).value = iss.column;
    row.getCell(6).value = messages[i];
    row.getCell(6).alignment = { wrapText: true, vertical: 'top' };
  });
  if (issues.length > 0) ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: issues.length + 2, column: 6 } };
}

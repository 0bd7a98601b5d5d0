// --annotate: a copy of the workbook with problem cells filled by severity and a note on each saying
// why, plus a 问题清单 sheet listing every issue. The loaded workbook is changed in memory only and
// written to OUT; the input file is never opened for writing.
import type * as ExcelJS from 'exceljs';
import { excelJS } from './lazy';
import type { TaskResult } from '../core/engine';
import type { Lang, LedgerIssue, Severity } from '../core/types';
import { msg } from './messages';
import { issueListRows } from '../report/issue-list';
import { decodeEscapes } from './xlsx-read';

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
  /** The checked tasks, to name each finding's task in the list. */
  tasks?: readonly TaskResult[];
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
      // The problem in the user's language, as a reader of the sheet needs it: no program name, no rule id.
      const text = idx.map((i) => `【${msg(`report.severity.${issues[i].severity}`, lang)}】${messages[i]}`).join('\n');
      cell.note = mergeNote(cell.note, text);
      painted++;
    }
  }
  addIssueSheet(workbook, input);
  return painted;
}

// Characters XML 1.0 cannot hold (and CR, which an XML reader turns into LF): Excel writes them as
// _xHHHH_, and writes the text "_xHHHH_" itself as "_x005F_xHHHH_" so that it reads back unchanged.
// ExcelJS decodes both on reading but escapes neither on writing: a copy would lose control
// characters and turn the text "_x0041_" into "A".
const LITERAL_ESCAPE = /_(?=x[0-9A-Fa-f]{4}_)/g;
const NOT_IN_XML = /[\x00-\x08\x0B\x0C\x0D\x0E-\x1F\uFFFE\uFFFF]/g;

/** One text as Excel stores it in a cell. */
export function escapeCellText(text: string): string {
  if (!text.includes('_x') && !/[\x00-\x1F\uFFFE\uFFFF]/.test(text)) return text;
  return text
    .replace(LITERAL_ESCAPE, '_x005F_')
    .replace(NOT_IN_XML, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

// ExcelJS.ValueType.Merge: a cell covered by a merged area, whose value is its master's.
const MERGE_CELL = 1;

/**
 * Escapes every text a copy writes into cells (values, rich text runs, hyperlink texts, formula
 * results), in every sheet, just before the copy is written. Returns the number of texts changed.
 */
export function escapeWorkbookText(workbook: ExcelJS.Workbook): number {
  let changed = 0;
  const esc = (t: string) => {
    const e = escapeCellText(t);
    if (e !== t) changed++;
    return e;
  };
  for (const ws of workbook.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if ((cell.type as number) === MERGE_CELL) return;
        const v = cell.value as unknown;
        if (typeof v === 'string') {
          const e = esc(v);
          if (e !== v) cell.value = e;
        } else if (v && typeof v === 'object' && !(v instanceof Date)) {
          const o = v as { richText?: Array<{ text: string }>; text?: unknown; result?: unknown };
          if (Array.isArray(o.richText)) for (const run of o.richText) run.text = esc(run.text);
          if (typeof o.text === 'string') o.text = esc(o.text);
          if (typeof o.result === 'string') o.result = esc(o.result);
        }
      });
    });
  }
  return changed;
}

/**
 * ExcelJS decodes _xHHHH_ in shared strings but not in inline strings or formula results: a cell it
 * left encoded takes the text the bounded reader decoded (as Excel shows it), so that escaping on
 * writing does not escape it twice. Rich text keeps its runs, each decoded.
 */
export function decodeLikeExcel(workbook: ExcelJS.Workbook, sheets: ReadonlyArray<{ name: string; values: ReadonlyArray<ReadonlyArray<unknown>> }>): void {
  for (const sheet of sheets) {
    const ws = workbook.getWorksheet(sheet.name);
    if (!ws) continue;
    sheet.values.forEach((line, r) => {
      line.forEach((truth, c) => {
        if (typeof truth !== 'string' || !truth) return;
        const cell = ws.getCell(r + 1, c + 1);
        if ((cell.type as number) === MERGE_CELL) return;
        const v = cell.value as unknown;
        if (typeof v === 'string') {
          if (v !== truth && decodeEscapes(v) === truth) cell.value = truth;
        } else if (v && typeof v === 'object' && !(v instanceof Date)) {
          const o = v as { richText?: Array<{ text: string }>; result?: unknown };
          if (Array.isArray(o.richText)) {
            const joined = o.richText.map((run) => run.text).join('');
            if (joined !== truth && decodeEscapes(joined) === truth) for (const run of o.richText) run.text = decodeEscapes(run.text);
          } else if (typeof o.result === 'string' && o.result !== truth && decodeEscapes(o.result) === truth) o.result = truth;
        }
      });
    });
  }
}

/** Keeps a note the user already had, and puts ours after it. */
function mergeNote(existing: unknown, ours: string): ExcelJS.Comment | string {
  const prior =
    typeof existing === 'string'
      ? existing
      : existing && typeof existing === 'object' && Array.isArray((existing as ExcelJS.Comment).texts)
        ? (existing as ExcelJS.Comment).texts!.map((t) => t.text).join('')
        : '';
  const text = prior ? `${prior}\n——\n${ours}` : ours;
  return { texts: [{ text }], margins: { insetmode: 'auto' }, protection: { locked: 'True', lockText: 'True' }, editAs: 'absolute' } as unknown as ExcelJS.Comment;
}

function uniqueSheetName(wb: ExcelJS.Workbook, base: string): string {
  if (!wb.getWorksheet(base)) return base;
  for (let i = 2; ; i++) {
    const name = `${base}(${i})`;
    if (!wb.getWorksheet(name)) return name;
  }
}

/** Width of text in column-width units: a CJK character takes two. */
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.charCodeAt(0) > 0x2e7f ? 2 : 1;
  return w;
}

/**
 * The 问题清单: ledger mistakes first, then progress alerts; each finding with its task, in Chinese rule
 * names; a colour legend; printed on A4 landscape with the header repeated on every page.
 */
function addIssueSheet(wb: ExcelJS.Workbook, input: AnnotateInput): void {
  const { lang, issues, messages } = input;
  const ws = wb.addWorksheet(uniqueSheetName(wb, msg('annotate.sheet', lang)), {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' },
  });
  ws.columns = [{ width: 10 }, { width: 7 }, { width: 28 }, { width: 8 }, { width: 6 }, { width: 30 }, { width: 16 }, { width: 50 }];
  ws.getCell('A1').value = msg('annotate.title', lang, { file: input.fileLabel, sheet: input.sheetName ?? '', asOf: input.asOf });
  ws.getCell('A1').font = { bold: true, size: 13 };
  ws.mergeCells('A1:H1');
  // Legend: what the fills on the ledger sheet mean.
  const legend = ws.getRow(2);
  legend.getCell(1).value = msg('annotate.legend', lang);
  (['error', 'warning', 'info'] as const).forEach((s, i) => {
    const c = legend.getCell(i + 2);
    c.value = msg(`report.severity.${s}`, lang);
    c.style = { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: SEVERITY_FILL[s] } }, alignment: { horizontal: 'center' } };
  });
  const header = ws.getRow(3);
  ['annotate.category', 'annotate.severity', 'annotate.rule', 'annotate.cell', 'annotate.seq', 'annotate.task', 'annotate.lead', 'annotate.message'].forEach((k, i) => {
    const c = header.getCell(i + 1);
    c.value = msg(k, lang);
    c.style = { font: { bold: true }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } }, alignment: { wrapText: true, vertical: 'middle' } };
  });
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 3 }];
  // The rows the pane's 问题清单 has too: ledger mistakes first, each with its task.
  issueListRows(issues, input.tasks ?? [], lang, messages).forEach((iss, n) => {
    const row = ws.getRow(n + 4);
    row.getCell(1).value = msg(`report.category.${iss.category}`, lang);
    const sev = row.getCell(2);
    sev.value = msg(`report.severity.${iss.severity}`, lang);
    sev.style = { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: SEVERITY_FILL[iss.severity] } } };
    row.getCell(3).value = iss.ruleName;
    if (iss.cell && input.sheetName) {
      // A link that jumps to the cell, so the list is a to-do list.
      row.getCell(4).value = { text: iss.cell, hyperlink: `#'${input.sheetName.replace(/'/g, "''")}'!${iss.cell}` };
      row.getCell(4).font = { color: { argb: 'FF0563C1' }, underline: true };
    }
    if (iss.seq !== null) row.getCell(5).value = iss.seq;
    if (iss.task) row.getCell(6).value = iss.task;
    if (iss.lead) row.getCell(7).value = iss.lead;
    row.getCell(8).value = iss.message;
    for (let c = 1; c <= 8; c++) row.getCell(c).alignment = { wrapText: [3, 6, 7, 8].includes(c), vertical: 'top' };
    // Row heights for the wrapped text: spreadsheet programs do not always fit them when printing.
    const lines = Math.max(...[3, 6, 7, 8].map((c) => Math.ceil(textWidth(String(row.getCell(c).value ?? '')) / (ws.getColumn(c).width ?? 10))));
    row.height = 15 * Math.max(1, lines);
  });
  if (issues.length > 0) ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: issues.length + 3, column: 8 } };
}

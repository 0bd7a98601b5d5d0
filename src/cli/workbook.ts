// Writing ledger workbooks with ExcelJS: the template (the plain plan, ready to fill in) and the
// built-in sample ledger, both from the same layout (src/core/sample.ts).
import type * as ExcelJS from 'exceljs';
import { excelJS } from './lazy';
import type { Lang } from '../core/types';
import { LEDGER_HEADERS, LEDGER_WIDTHS, type LedgerLayout } from '../report/sample';
import { msg } from './messages';

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Builds a styled workbook: merged title, header with fill, frozen panes, widths, wrap text. */
export function layoutToWorkbook(layout: LedgerLayout, sheetName: string, lang: Lang): ExcelJS.Workbook {
  const wb = new (excelJS().Workbook)();
  wb.creator = 'task-ledger';
  wb.created = new Date(Date.UTC(2018, 3, 28));
  const ws = wb.addWorksheet(sheetName, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: layout.headerRow + 1, activeCell: `A${layout.headerRow + 2}` }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.pageSetup.printTitlesRow = `1:${layout.headerRow + 1}`;
  ws.columns = LEDGER_WIDTHS.map((width) => ({ width }));
  layout.values.forEach((line, r) => {
    const row = ws.getRow(r + 1);
    line.forEach((v, c) => {
      if (v !== null && v !== undefined) row.getCell(c + 1).value = v as ExcelJS.CellValue;
    });
  });
  for (const m of layout.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);

  const width = LEDGER_HEADERS.length;
  const title = ws.getRow(1);
  title.height = 30;
  title.getCell(1).style = { font: { bold: true, size: 16, name: '宋体' }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } };

  const header = ws.getRow(layout.headerRow + 1);
  header.height = 24;
  for (let c = 1; c <= width; c++) {
    header.getCell(c).style = {
      font: { bold: true, name: '黑体', size: 11 },
      alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } },
      border: BORDER,
    };
  }
  for (const r of layout.sectionRows) {
    for (let c = 1; c <= width; c++) {
      ws.getRow(r + 1).getCell(c).style = {
        font: { bold: true, name: '宋体', size: 11 },
        alignment: { horizontal: 'left', vertical: 'middle' },
        fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } },
        border: BORDER,
      };
    }
  }
  const choices = msg('template.done-choices', lang);
  for (const r of layout.taskRows) {
    const row = ws.getRow(r + 1);
    for (let c = 1; c <= width; c++) {
      const center = c === 1 || c === 5 || c === 6;
      row.getCell(c).style = {
        font: { name: '宋体', size: 11 },
        alignment: { horizontal: center ? 'center' : 'left', vertical: 'middle', wrapText: true },
        border: BORDER,
        ...(c === 6 ? { numFmt: 'yyyy-mm-dd' } : {}),
      };
    }
    // 完成情况 offers the usual marks; other text is still allowed (showErrorMessage false), since
    // ledgers write their own words (基本完成, 已出台 …).
    row.getCell(5).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${choices}"`],
      showInputMessage: true,
      promptTitle: msg('template.prompt-title', lang),
      prompt: msg('template.prompt', lang),
      showErrorMessage: false,
    };
  }
  return wb;
}

// ExcelJS takes about 0.2 s to load, on every run and in every checker process. Cell values are read
// by xlsx-read.ts; only the commands that write a workbook (template, --annotate, --summary) load it.
import type * as ExcelJS from 'exceljs';

export function excelJS(): typeof ExcelJS {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('exceljs') as typeof ExcelJS;
}

// Libraries only some commands need, loaded on first use: otherwise every run and every checker process
// would load them (ExcelJS 0.2 s; docx 26 ms and JSZip 16 ms of a 90 ms start). Cell values are read by
// xlsx-read.ts; ExcelJS writes workbooks (template, --annotate, --summary), JSZip adds the summary's
// chart, docx writes the 督办单 (notices-docx.ts).
/* eslint-disable @typescript-eslint/no-require-imports */
import type * as ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import type * as NoticesDocx from './notices-docx';

export function excelJS(): typeof ExcelJS {
  return require('exceljs') as typeof ExcelJS;
}

export function jsZip(): typeof JSZip {
  return require('jszip') as typeof JSZip;
}

export function noticesDocx(): typeof NoticesDocx {
  return require('./notices-docx') as typeof NoticesDocx;
}

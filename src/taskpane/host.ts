// The contract between the pane's actions and a spreadsheet host: Excel through office.js
// (src/office) or WPS 表格 through its JS API (src/wps). Everything the pane does to a workbook goes
// through one of these; what it computes (plans, 考评, 督办单, 问题清单) is the engine's, host-free.

import type { CheckOptions, CheckResult } from '../core/engine';
import { checkLedger } from '../core/engine';
import { pickLedgerSheet } from '../core/sheet/header';
import type { EvaluationRow } from '../core/evaluation';
import type { IssueListRow } from '../report/issue-list';
import type { Notice } from '../report/notices';
import type { CellValue, MergeArea } from '../core/types';
import type { Capabilities, ExcelRun } from '../office/capabilities';
import { checkWorkbook, clearMarks, selectCell, type CheckOutcome, type CheckProgress } from '../office/marks';
import { listLedgerSheets, readSheetTable } from '../office/plan-sheets';
import { loadSettings, saveSettings, type PaneSettings } from '../office/settings-store';
import {
  insertPlanSheet,
  writeEvaluationSheet,
  writeIssueListSheet,
  writeNoticesSheet,
  type PlanRow,
  type PlanSheetInput,
} from '../office/sheets';

export interface HostCheckParams {
  options: CheckOptions;
  /** The sheet the user chose; default: the active sheet if it has a header, else the first that does. */
  sheetName?: string | null;
  onProgress?: (p: CheckProgress) => void;
  /** false: read and check only (考评), leaving marks as they are. */
  paint?: boolean;
}

export interface LedgerHost {
  caps: Capabilities;
  /** Reads the ledger sheet, checks it with the engine and (unless paint is false) marks its problem cells. */
  checkWorkbook(params: HostCheckParams): Promise<CheckOutcome<CheckResult>>;
  /** Removes the marks; every cell's own format is as before. Returns how many marks went. */
  clearMarks(): Promise<number>;
  selectCell(sheet: string, cell: string): Promise<void>;
  insertPlanSheet(plan: PlanSheetInput, statusValue: (task: PlanRow) => string): Promise<string>;
  writeEvaluationSheet(rows: readonly EvaluationRow[], meta: { title: string; asOf: string; sheet: string }): Promise<string>;
  writeNoticesSheet(notices: readonly Notice[], meta: { source: string; asOf: string }): Promise<string>;
  writeIssueListSheet(rows: readonly IssueListRow[], meta: { sheet: string; asOf: string; filter?: string }): Promise<string>;
  loadSettings(): Promise<PaneSettings>;
  saveSettings(s: PaneSettings): Promise<void>;
  /** Sheets whose first rows hold a ledger header (the 参照计划 choices). */
  listLedgerSheets(): Promise<string[]>;
  /** A sheet's values and merged areas from A1, or null when there is no such sheet. */
  readSheetTable(name: string): Promise<{ values: CellValue[][]; merges: MergeArea[] } | null>;
}

/** The engine as the adapters drive it. */
export const ENGINE = { checkLedger, pickLedgerSheet };

/** Excel, through office.js (Excel.run) or the in-memory fake. */
export function excelHost(run: ExcelRun, caps: Capabilities): LedgerHost {
  return {
    caps,
    checkWorkbook: (p) => checkWorkbook(run, ENGINE, { ...p, caps }),
    clearMarks: () => clearMarks(run, caps),
    selectCell: (sheet, cell) => selectCell(run, sheet, cell),
    insertPlanSheet: (plan, statusValue) => insertPlanSheet(run, caps, plan, statusValue),
    writeEvaluationSheet: (rows, meta) => writeEvaluationSheet(run, rows, meta),
    writeNoticesSheet: (notices, meta) => writeNoticesSheet(run, caps, notices, meta),
    writeIssueListSheet: (rows, meta) => writeIssueListSheet(run, caps, rows, meta),
    loadSettings: () => loadSettings(run, caps),
    saveSettings: (s) => saveSettings(run, caps, s),
    listLedgerSheets: () => listLedgerSheets(run),
    readSheetTable: (name) => readSheetTable(run, caps, name),
  };
}

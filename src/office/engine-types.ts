// The engine as the adapter uses it (docs/architecture.md: checkLedger, pickLedgerSheet). Declared
// structurally here so the adapter can be driven by the real engine (src/core) in the pane and by a
// small stand-in in adapter tests that are about Excel, not about the rules.

import type { CellValue, LedgerIssue, MergeArea, StatusKey } from '../core/types';

export interface EngineSheetInput {
  values: CellValue[][];
  merges?: MergeArea[];
  name?: string;
  origin?: { row: number; col: number };
}

export interface EngineTask {
  /** 1-based sheet row. */
  row: number;
  statusKey: StatusKey;
}

export interface EngineResult<T extends EngineTask = EngineTask> {
  sheet: string | null;
  headerRow: number | null;
  columns: Partial<Record<string, { index: number; header: string }>> | null;
  tasks: T[];
  issues: LedgerIssue[];
}

export interface LedgerEngine<O, R extends EngineResult> {
  pickLedgerSheet(sheets: Array<{ name: string; values: CellValue[][] }>, active?: string): number;
  checkLedger(sheet: EngineSheetInput, options: O): R;
}

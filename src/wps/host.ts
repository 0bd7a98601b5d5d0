// The pane's host in WPS 表格 (src/taskpane/host.ts's contract over the WPS object model). WPS calls
// are synchronous; the contract is asynchronous, so each call is wrapped in a resolved promise.

import type { Capabilities } from '../office/capabilities';
import { sanitizeSettings, settingsFromXml, settingsToXml, SETTINGS_NAMESPACE, type PaneSettings } from '../office/settings-store';
import { PLAN_SHEET_MAX_ROWS } from '../office/plan-sheets';
import { isLedgerSheet } from '../core/sheet/header';
import type { LedgerHost } from '../taskpane/host';
import type { WpsApplication } from './object-model';
import { checkWorkbookWps, clearMarksWps, probeSheets, readSheetTableWps, selectCellWps, workbookOf } from './marks';
import { insertPlanSheetWps, writeEvaluationSheetWps, writeIssueListSheetWps, writeNoticesSheetWps } from './sheets';

/** The global `wps` object of a WPS 加载项, as far as the add-in uses it. */
export interface WpsGlobal {
  /** WPS 12.1.0.20540 and later: a worksheet function, synchronous, with an ASCII name. */
  AddCustomFunction?: (namespace: string, name: string, fn: (...args: unknown[]) => unknown) => void;
}

/** What this WPS can do, in the terms the pane already uses for Excel. */
export function wpsCapabilities(app: WpsApplication, wpsGlobal: WpsGlobal | undefined): Capabilities {
  const customXml = !!app.ActiveWorkbook?.CustomXMLParts;
  return {
    inExcel: false,
    supported: true,
    conditionalFormats: true,
    freezePanes: false,
    rangeAreas: true,
    mergedAreas: true,
    customXmlParts: customXml,
    customFunctions: typeof wpsGlobal?.AddCustomFunction === 'function',
  };
}

/** Settings in the workbook's custom XML part, the very part Excel uses: a shared file has one set. */
function settingsStore(app: WpsApplication) {
  let session: PaneSettings = sanitizeSettings(null);
  return {
    load(): PaneSettings {
      const parts = workbookOf(app).CustomXMLParts;
      if (!parts) return session;
      const mine = parts.SelectByNamespace(SETTINGS_NAMESPACE);
      return mine.Count ? settingsFromXml(mine.Item(1).XML) : sanitizeSettings(null);
    },
    save(s: PaneSettings): void {
      const clean = sanitizeSettings(s);
      const parts = workbookOf(app).CustomXMLParts;
      if (!parts) {
        session = clean;
        return;
      }
      const mine = parts.SelectByNamespace(SETTINGS_NAMESPACE);
      for (let i = mine.Count; i >= 1; i--) mine.Item(i).Delete();
      parts.Add(settingsToXml(clean));
    },
  };
}

const later = <T>(f: () => T): Promise<T> => new Promise((resolve) => resolve(f()));

export function wpsHost(app: WpsApplication, wpsGlobal?: WpsGlobal): LedgerHost {
  const caps = wpsCapabilities(app, wpsGlobal);
  const settings = settingsStore(app);
  return {
    caps,
    checkWorkbook: (p) => later(() => checkWorkbookWps(app, p)),
    clearMarks: () => later(() => clearMarksWps(app)),
    selectCell: (sheet, cell) => later(() => selectCellWps(app, sheet, cell)),
    insertPlanSheet: (plan, statusValue) => later(() => insertPlanSheetWps(app, plan, caps.customFunctions, statusValue)),
    writeEvaluationSheet: (rows, meta) => later(() => writeEvaluationSheetWps(app, rows, meta)),
    writeNoticesSheet: (notices, meta) => later(() => writeNoticesSheetWps(app, notices, meta)),
    writeIssueListSheet: (rows, meta) => later(() => writeIssueListSheetWps(app, rows, meta)),
    loadSettings: () => later(() => settings.load()),
    saveSettings: (s) => later(() => settings.save(s)),
    listLedgerSheets: () => later(() => probeSheets(app).filter(isLedgerSheet).map((s) => s.name)),
    readSheetTable: (name) => later(() => readSheetTableWps(app, name, PLAN_SHEET_MAX_ROWS)),
  };
}

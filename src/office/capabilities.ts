// What this Excel can do, by requirement set (never by host or version sniffing).

export interface Capabilities {
  /** Office.js present and running inside Excel. */
  inExcel: boolean;
  /** ExcelApi 1.4, the pane's floor (null objects, used range of values, workbook settings). */
  supported: boolean;
  /** ExcelApi 1.6: conditional formats (our marks) and suspending calculation. */
  conditionalFormats: boolean;
  /** ExcelApi 1.7: freeze panes (the inserted plan sheet keeps its header in view). */
  freezePanes: boolean;
  /** ExcelApi 1.9: RangeAreas, so one rule covers many scattered cells. */
  rangeAreas: boolean;
  /** ExcelApi 1.13: merged areas of a range (values of merged 责任单位 spread over their rows). */
  mergedAreas: boolean;
  /** ExcelApi 1.5: custom XML parts (settings and the marks' bookkeeping live in the workbook). */
  customXmlParts: boolean;
  /** Custom functions (=LEDGER.TASKSTATUS) can run here. */
  customFunctions: boolean;
}

export interface RequirementsLike {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export const NO_EXCEL: Capabilities = {
  inExcel: false,
  supported: false,
  conditionalFormats: false,
  freezePanes: false,
  rangeAreas: false,
  mergedAreas: false,
  customXmlParts: false,
  customFunctions: false,
};

export function detectCapabilities(req: RequirementsLike | null | undefined): Capabilities {
  if (!req) return NO_EXCEL;
  const excel = (v: string) => {
    try {
      return req.isSetSupported('ExcelApi', v);
    } catch {
      return false;
    }
  };
  let customFunctions = false;
  try {
    customFunctions = req.isSetSupported('CustomFunctionsRuntime', '1.1');
  } catch {
    customFunctions = false;
  }
  return {
    inExcel: excel('1.1'),
    supported: excel('1.4'),
    conditionalFormats: excel('1.6'),
    freezePanes: excel('1.7'),
    rangeAreas: excel('1.9'),
    mergedAreas: excel('1.13'),
    customXmlParts: excel('1.5'),
    customFunctions,
  };
}

/** Excel.run's shape, so the adapter runs against Office or the in-memory fake alike. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

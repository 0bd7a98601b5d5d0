// =LEDGER.TASKSTATUS(…) and the other four in WPS 表格: the very functions of src/functions, registered
// with wps.AddCustomFunction (WPS 12.1.0.20540 and later; synchronous, ASCII names). Excel's runtime
// provides CustomFunctions.Error; WPS has no such object, so a stand-in is installed here and an error
// result is answered as its error text (#VALUE!, #N/A), which is how a WPS cell shows it.

import { TASKDUE, TASKLEAD, TASKSTATUS, UNITWORKLOAD, WORKLOADTABLE } from '../functions/functions';
import type { WpsGlobal } from './host';

export const WPS_NAMESPACE = 'LEDGER';

/** The functions by the names Excel's metadata gives them (functions.json ids). */
export const WPS_FUNCTIONS: Record<string, (...args: never[]) => unknown> = { TASKSTATUS, TASKDUE, TASKLEAD, UNITWORKLOAD, WORKLOADTABLE };

/** Excel's error object, for code that builds one; only its code and message are read. */
class CellError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

const ERROR_CODES = { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!', nullReference: '#NULL!' };

/** Installs the CustomFunctions stand-in where there is none (never over Excel's own). */
export function installCustomFunctionsShim(g: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): void {
  if (!g.CustomFunctions) g.CustomFunctions = { Error: CellError, ErrorCode: ERROR_CODES };
}

/** A function's answer as a WPS cell takes it: error objects become their error text, also inside a table. */
export function toWpsValue(v: unknown): unknown {
  if (v instanceof CellError) return v.code;
  if (Array.isArray(v)) return v.map((row) => (Array.isArray(row) ? row.map(toWpsValue) : toWpsValue(row)));
  return v;
}

/** Registers the five functions under LEDGER; returns their names, or [] where WPS cannot run them. */
export function registerWpsFunctions(wps: WpsGlobal | undefined): string[] {
  if (!wps || typeof wps.AddCustomFunction !== 'function') return [];
  installCustomFunctionsShim();
  const names = Object.keys(WPS_FUNCTIONS);
  for (const name of names) {
    const fn = WPS_FUNCTIONS[name] as (...args: unknown[]) => unknown;
    const wrapped = (...args: unknown[]) => {
      // Excel's runtime passes null for a missing optional argument; WPS passes nothing.
      try {
        return toWpsValue(fn(...args.map((a) => (a === undefined ? null : a))));
      } catch (e) {
        // The functions throw CustomFunctions.Error as Excel expects; a WPS cell shows the code.
        return e instanceof CellError ? e.code : '#VALUE!';
      }
    };
    wps.AddCustomFunction(WPS_NAMESPACE, name, wrapped);
  }
  return names;
}

export { wpsFunctionsJson } from './functions-json';

// Argument handling for the custom functions. Excel hands a custom function whatever is in the
// cells: text, numbers, booleans, null for an omitted optional argument, "" for an empty cell,
// 2-D arrays where a range was passed, and error values. These helpers turn each of those into
// either a value the engine understands or a CustomFunctions.Error, so no function ever throws
// anything else.

import type { CellValue, IsoDate } from '../core/types';
import { parseDateCell, serialToIso, todayIso } from '../core/dates';
import { EXCEL_ERRORS, isBlank } from '../core/cells';

export { isBlank };

/** Error codes a custom function may return (#NAME? and #REF! are input-only in Excel). */
export type OutputErrorCode = '#VALUE!' | '#N/A' | '#DIV/0!' | '#NUM!' | '#NULL!';

const OUTPUT_CODES: readonly string[] = ['#VALUE!', '#N/A', '#DIV/0!', '#NUM!', '#NULL!'];
const ERROR_LITERALS = new Set(EXCEL_ERRORS);

/**
 * Builds the runtime's error object. CustomFunctions is looked up at call time, never at load
 * time, so the bundle loads in any context. Messages show only on #VALUE! and #N/A.
 */
export function cfError(code: OutputErrorCode, message?: string): CustomFunctions.Error {
  const withMessage = code === '#VALUE!' || code === '#N/A';
  return withMessage && message
    ? new CustomFunctions.Error(code as CustomFunctions.ErrorCode, message)
    : new CustomFunctions.Error(code as CustomFunctions.ErrorCode);
}

/** An argument that is an Excel error: a runtime error object or an error literal such as "#N/A". */
export function errorCodeOf(v: unknown): string | null {
  if (typeof v === 'string') return v.length <= 14 && v[0] === '#' && ERROR_LITERALS.has(v) ? v : null;
  if (v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)) {
    const code = (v as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    if (typeof (v as { errorCode?: unknown }).errorCode === 'string') return (v as { errorCode: string }).errorCode;
    return '#VALUE!';
  }
  return null;
}

/** The error to answer with when an input was an error: the same code where Excel allows it. */
export function propagate(code: string): CustomFunctions.Error {
  return OUTPUT_CODES.includes(code)
    ? cfError(code as OutputErrorCode, code === '#N/A' ? '输入单元格为 #N/A (input is #N/A)' : undefined)
    : cfError('#VALUE!', `输入单元格有错误 ${code} (an input cell holds ${code})`);
}

/**
 * One cell's value from an argument meant to be a single cell. A 1×1 array is unwrapped; a larger
 * range is an error (Excel would otherwise leave the user guessing which cell was meant); an error
 * value is passed on.
 */
export function single(v: unknown, what: string): CellValue {
  let x = v;
  if (Array.isArray(x)) {
    const rows = x.length;
    const cols = rows ? (Array.isArray(x[0]) ? (x[0] as unknown[]).length : 1) : 0;
    if (rows === 1 && cols === 1) x = Array.isArray(x[0]) ? (x[0] as unknown[])[0] : x[0];
    else throw cfError('#VALUE!', `${what}应为单个单元格 (${what} must be a single cell)`);
  }
  const code = errorCodeOf(x);
  if (code) throw propagate(code);
  if (x === undefined || x === null) return null;
  if (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean' || x instanceof Date) return x;
  return null;
}


let todayCheckedAt = -Infinity;
let todayValue: IsoDate = '';

/** todayIso, read at most once a second: a recalculation asks for it once per status cell. */
export function today(): IsoDate {
  const now = Date.now();
  if (now - todayCheckedAt >= 1000 || now < todayCheckedAt) {
    todayValue = todayIso();
    todayCheckedAt = now;
  }
  return todayValue;
}

let lastAsOfSerial = NaN;
let lastAsOfIso: IsoDate | null = null;

/**
 * The as-of date: today when omitted; else a date serial (time of day dropped), a JS Date or
 * date text. Anything else, or Excel's phantom 1900-02-29 (serial 60), is #VALUE!.
 */
export function asOfArg(v: unknown): IsoDate {
  const x = single(v, '基准日期');
  // A number is read as a date serial first: NaN is not an empty argument but an invalid date.
  if (typeof x !== 'number' && isBlank(x)) return today();
  if (typeof x === 'number') {
    // Every cell of a status column passes the same as-of serial: remember the last conversion.
    if (x === lastAsOfSerial && lastAsOfIso) return lastAsOfIso;
    const iso = Number.isFinite(x) ? serialToIso(x) : null;
    if (!iso) throw cfError('#VALUE!', `基准日期不是有效日期：${x} (as-of date is not a valid date)`);
    lastAsOfSerial = x;
    lastAsOfIso = iso;
    return iso;
  }
  const iso = typeof x === 'boolean' ? null : parseDateCell(x);
  if (!iso) throw cfError('#VALUE!', `基准日期不是有效日期：${String(x)} (as-of date is not a valid date)`);
  return iso;
}

/** 预警天数: a whole number of days ≥ 0 (numeric text accepted); default 30. */
export function warnDaysArg(v: unknown, fallback = 30): number {
  const x = single(v, '预警天数');
  if (typeof x !== 'number' && isBlank(x)) return fallback;
  const n = typeof x === 'number' ? x : typeof x === 'string' ? Number(x.trim()) : NaN;
  if (typeof x === 'boolean' || !Number.isFinite(n)) {
    throw cfError('#VALUE!', `预警天数应为数字：${String(x)} (warning days must be a number)`);
  }
  if (n < 0) throw cfError('#NUM!');
  return Math.floor(n);
}

/**
 * A range argument as rows of cells. Excel passes ranges as 2-D arrays; a single value (a one-cell
 * range in some hosts, or a test) becomes [[value]]; a flat array becomes one column.
 */
export function rows(v: unknown): unknown[][] {
  if (!Array.isArray(v)) return [[v]];
  if (v.length === 0) return [];
  return Array.isArray(v[0]) ? (v as unknown[][]) : (v as unknown[]).map((c) => [c]);
}

/** A range cell as engine input: errors and non-cell values become blank (they name no unit). */
export function rangeCell(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return errorCodeOf(v) ? null : v;
  if (typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  return null;
}

/** Turns anything thrown into a CustomFunctions.Error, so Excel never sees a raw exception. */
export function asCfError(e: unknown): CustomFunctions.Error {
  if (e instanceof CustomFunctions.Error) return e;
  const msg = e instanceof Error ? e.message : String(e);
  return cfError('#VALUE!', `计算出错 (calculation failed): ${msg}`.slice(0, 250));
}

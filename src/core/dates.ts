// Calendar dates for the engine: Excel 1900-system serials, ISO text, JS Dates and the many ways
// officials type a date into a ledger cell. All arithmetic is on UTC days so no time zone can shift
// a date by one.

import type { CellValue, IsoDate } from './types';
import { chineseNumeralsToDigits, normalizeText } from './normalize';

const MS_PER_DAY = 86_400_000;
/** Excel's largest date serial: 9999-12-31. */
export const MAX_SERIAL = 2_958_465;
/** Excel's phantom 1900-02-29 (Lotus 1-2-3 compatibility). */
const PHANTOM_SERIAL = 60;
/** Day number (days since 1970-01-01) of serial 0 for serials after the phantom day: 1899-12-30. */
const EPOCH_AFTER_PHANTOM = Date.UTC(1899, 11, 30) / MS_PER_DAY;
/** For serials 1..59 Excel counts from 1899-12-31. */
const EPOCH_BEFORE_PHANTOM = Date.UTC(1899, 11, 31) / MS_PER_DAY;

const MIN_YEAR = 1900;
const MAX_YEAR = 9999;

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/** ISO text of a UTC day number (days since 1970-01-01). */
function dayNumberToIso(day: number): IsoDate {
  const d = new Date(day * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const ys = y >= 1000 ? String(y) : String(y).padStart(4, '0');
  return `${ys}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** UTC day number of a valid ISO date. */
function isoToDayNumber(iso: IsoDate): number {
  const y = +iso.slice(0, 4);
  const m = +iso.slice(5, 7);
  const d = +iso.slice(8, 10);
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d); // setUTCFullYear keeps years 0..99 literal, unlike Date.UTC
  return Math.round(t.getTime() / MS_PER_DAY);
}

export function lastDayOfMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** ISO text for year/month/day, or null when the day does not exist (2月30日, 13月). */
export function ymdToIso(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  if (day > lastDayOfMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidIso(iso: string): boolean {
  if (typeof iso !== 'string') return false;
  const m = ISO_RE.exec(iso);
  if (!m) return false;
  return ymdToIso(+m[1], +m[2], +m[3]) !== null;
}

/** 1900 date system; fractions (times of day) are dropped; 60 and out-of-range serials -> null. */
export function serialToIso(serial: number): IsoDate | null {
  if (typeof serial !== 'number' || !Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < 1 || whole > MAX_SERIAL || whole === PHANTOM_SERIAL) return null;
  const epoch = whole < PHANTOM_SERIAL ? EPOCH_BEFORE_PHANTOM : EPOCH_AFTER_PHANTOM;
  return dayNumberToIso(epoch + whole);
}

/** Inverse of serialToIso. NaN for text that is not a valid ISO date or lies before 1900-01-01. */
export function isoToSerial(iso: IsoDate): number {
  if (!isValidIso(iso)) return NaN;
  const day = isoToDayNumber(iso);
  const serial = day - EPOCH_BEFORE_PHANTOM;
  if (serial < 1) return NaN;
  // From 1900-03-01 on, Excel counts its phantom 1900-02-29 as well.
  return serial < PHANTOM_SERIAL ? serial : day - EPOCH_AFTER_PHANTOM;
}

/** UTC calendar date of a JS Date (ExcelJS hands date cells over at UTC midnight). */
export function dateToIso(d: Date): IsoDate {
  if (!(d instanceof Date) || Number.isNaN(d.getTime())) {
    throw new RangeError('dateToIso: invalid Date');
  }
  return dayNumberToIso(Math.floor(d.getTime() / MS_PER_DAY));
}

export function addDays(iso: IsoDate, n: number): IsoDate {
  return dayNumberToIso(isoToDayNumber(iso) + Math.trunc(n));
}

/** to - from, in days. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return isoToDayNumber(to) - isoToDayNumber(from);
}

/** Today's local calendar date (the official's clock, not UTC). */
export function todayIso(): IsoDate {
  const now = new Date();
  return `${now.getFullYear()}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}`;
}

// Date text. After normalizeText (NFKC, no spaces) and Chinese numerals -> digits:
//   2018年6月30日 / 2018年6月30号, 2018-06-30, 2018/6/30, 2018.6.30, 20180630,
//   optionally followed by a time of day (2018-06-30 00:00:00, 2018-06-30T00:00:00.000Z).
const DATE_TEXT_RES: RegExp[] = [
  /^(?<y>\d{4})年(?<m>\d{1,2})月(?<d>\d{1,2})[日号]?$/,
  /^(?<y>\d{4})(?<sep>[-/.])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})$/,
  /^(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})$/,
];
/** A time of day after the date ("2018-06-30 00:00:00", "2018-06-30T00:00:00.000Z"); cut before spaces go. */
const TIME_OF_DAY_RE = /(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?\s*$/;
const TRAILING_PUNCT_RE = /[。．.,，、;；:：!！?？]+$/;

/** ISO date of date text in any spelling the spec lists, or null (impossible dates included). */
export function parseDateText(text: string): IsoDate | null {
  let s = text.normalize('NFKC').replace(TIME_OF_DAY_RE, '');
  s = chineseNumeralsToDigits(normalizeText(s));
  s = s.replace(TRAILING_PUNCT_RE, '');
  if (s.length < 8 || s.length > 40) return null;
  for (const re of DATE_TEXT_RES) {
    const m = re.exec(s);
    if (!m || !m.groups) continue;
    const y = +m.groups.y;
    if (y < MIN_YEAR || y > MAX_YEAR) return null;
    return ymdToIso(y, +m.groups.m, +m.groups.d);
  }
  return null;
}

/** A date cell: Excel serial number, JS Date (UTC), or date text. Anything else -> null. */
export function parseDateCell(v: CellValue): IsoDate | null {
  if (typeof v === 'number') return serialToIso(v);
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return null;
    const iso = dateToIso(v);
    const y = +iso.slice(0, 4);
    return y >= MIN_YEAR && y <= MAX_YEAR ? iso : null;
  }
  if (typeof v === 'string') return parseDateText(v);
  return null;
}

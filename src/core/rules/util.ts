// Small helpers shared by the rules.

import type { CellValue } from '../types';
import { normalizeText } from '../normalize';
import type { CandidateKind, RowContext, RuleContext } from './types';

/** 序号 as a positive whole number: 3, "3", "３", " 3 "; anything else (3.5, "3、", "三", true) is null. */
export function parseSeq(v: CellValue): number | null {
  if (typeof v === 'number') return Number.isInteger(v) && v > 0 ? v : null;
  if (typeof v !== 'string') return null;
  const s = normalizeText(v);
  if (!/^\d{1,9}$/.test(s)) return null;
  const n = Number(s);
  return n > 0 ? n : null;
}

// Punctuation and quotes that differ between copies of the same text without changing it.
const TEXT_NOISE = /[“”"'‘’「」『』《》〈〉<>、,，。.;；:：!！?？·•()（）\-—_]/g;

/** Task text in comparable form: normalised, punctuation and quotes dropped. */
export function taskKey(text: string): string {
  return fastTaskKey(text) ?? slowTaskKey(text);
}

/** The definition: normalizeText, then punctuation and quotes dropped. */
export function slowTaskKey(text: string): string {
  return normalizeText(text).replace(TEXT_NOISE, '');
}

// Characters that taskKey drops whatever normalizeText makes of them: TEXT_NOISE itself, the
// characters NFKC and normalizeText turn into TEXT_NOISE (full-width punctuation, 〔【［[ ]］】〕,
// dashes), and white space. Indexed by UTF-16 code unit.
const DROPPED = new Set<number>();
for (const c of '“”"\'‘’「」『』《》〈〉<>、,，。.;；:：!！?？·•()（）-—_〔【［[〕】］]–―‒−') DROPPED.add(c.charCodeAt(0));
for (const c of ' \t\n\r\v\f\u00a0\u3000\u200b\ufeff') DROPPED.add(c.charCodeAt(0));
/** DROPPED as a table by code unit (1: dropped). */
const DROPPED_UNITS = new Uint8Array(65536);
for (const c of DROPPED) DROPPED_UNITS[c] = 1;

// The key being built, reused from call to call (one flat string per key, no concatenations).
let keyBuffer = new Uint16Array(256);
const keyViews: Array<Uint16Array | undefined> = [];
// Decodes a view of the buffer into one flat string without the argument list that
// String.fromCharCode.apply builds (the buffer holds no surrogates and no BOM: see fastTaskKey).
const utf16 = typeof TextDecoder === 'function' ? new TextDecoder('utf-16le') : null;

/**
 * taskKey without NFKC and regular expressions for the usual task text: CJK unified ideographs and
 * printable ASCII (all unchanged by NFKC) and dropped characters. Returns null for any other
 * character (full-width digits, compatibility ideographs, control characters …): slowTaskKey
 * decides those. Text with nothing to drop is returned as is (no new string).
 */
function fastTaskKey(text: string): string | null {
  const n = text.length;
  if (n > keyBuffer.length) {
    keyBuffer = new Uint16Array(Math.max(n, keyBuffer.length * 2));
    keyViews.length = 0; // views of the old buffer
  }
  const buf = keyBuffer;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
      buf[k++] = c;
    } else if (DROPPED_UNITS[c] === 1) {
      // dropped
    } else if (c >= 0x21 && c <= 0x7e) {
      buf[k++] = c;
    } else {
      return null;
    }
  }
  if (k === n) return text;
  return unitsToString(buf, k);
}

/**
 * A task key worked out without building its string: `scanTaskKey` puts the key's code units in
 * `keyScan.units` (the first `length`) and a 30-bit hash of them in `hash` (see `hashTaskKey`),
 * for the text fastTaskKey handles; false for any other text (taskKey decides those). The units
 * are valid until the next taskKey or scan.
 */
export const keyScan = { units: keyBuffer, length: 0, hash: 0 };

/** The hash scanTaskKey gives a key, of a key string (FNV-1a, kept to 30 bits: a small integer). */
export function hashTaskKey(key: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h & 0x3fffffff;
}

export function scanTaskKey(text: string): boolean {
  const n = text.length;
  if (n > keyBuffer.length) {
    keyBuffer = new Uint16Array(Math.max(n, keyBuffer.length * 2));
    keyViews.length = 0;
  }
  const buf = keyBuffer;
  let k = 0;
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (DROPPED_UNITS[c] !== 1 && c >= 0x21 && c <= 0x7e)) {
      buf[k++] = c;
      h = Math.imul(h ^ c, 0x01000193);
    } else if (DROPPED_UNITS[c] !== 1) {
      return false;
    }
  }
  keyScan.units = buf;
  keyScan.length = k;
  keyScan.hash = h & 0x3fffffff;
  return true;
}

/** The key string of the last scan of `text` (taskKey(text)); `text` itself when nothing was dropped. */
export function scannedTaskKey(text: string): string {
  const k = keyScan.length;
  if (k === text.length) return text;
  return unitsToString(keyScan.units, k);
}

/** The key of the last scan equals `key` (no key string built). */
export function scannedKeyEquals(key: string): boolean {
  const k = keyScan.length;
  if (key.length !== k) return false;
  const u = keyScan.units;
  for (let i = 0; i < k; i++) if (u[i] !== key.charCodeAt(i)) return false;
  return true;
}

function unitsToString(buf: Uint16Array, k: number): string {
  if (k <= 256) {
    // Views of the buffer's first k units, one per length, kept (no view allocated per key).
    let view = keyViews[k];
    if (view === undefined) view = keyViews[k] = buf.subarray(0, k);
    return utf16 !== null ? utf16.decode(view) : String.fromCharCode.apply(null, view as unknown as number[]);
  }
  let out = '';
  // fromCharCode over bounded chunks (argument count limits).
  for (let i = 0; i < k; i += 4096) out += String.fromCharCode.apply(null, buf.subarray(i, Math.min(k, i + 4096)) as unknown as number[]);
  return out;
}

/** The rows a rule must look at for one kind of finding: the engine's list, else every row. */
export function rowsFor(ctx: RuleContext, kind: CandidateKind): readonly RowContext[] {
  return ctx.candidates ? ctx.candidates[kind] : ctx.rows;
}

/** Groups rows by a key, ignoring empty keys; returns only groups with more than one row. */
export function duplicateGroups<K>(rows: readonly RowContext[], keyOf: (r: RowContext) => K | null): RowContext[][] {
  // Most keys are unique: hold the first row itself and make an array only on a second one.
  const groups = new Map<K, RowContext | RowContext[]>();
  const out: RowContext[][] = [];
  for (const r of rows) {
    const k = keyOf(r);
    if (k === null || k === '') continue;
    const g = groups.get(k);
    if (g === undefined) groups.set(k, r);
    else if (Array.isArray(g)) g.push(r);
    else {
      const group = [g, r];
      groups.set(k, group);
      out.push(group);
    }
  }
  return out;
}

/** Rows listed in a duplicate finding; a big group is summed up by its count, not listed in full. */
export const MAX_LISTED_ROWS = 3;

/**
 * Data for each row of a duplicate group. Every row after the first MAX_LISTED_ROWS lists the same
 * other rows, so those rows share one frozen data object (a ledger may repeat a task 1,000 times).
 */
export function duplicateData(
  group: RowContext[],
  base: Record<string, string | number | null>,
): (row: RowContext, i: number) => Record<string, string | number | null> {
  let shared: Record<string, string | number | null> | null = null;
  return (row, i) => {
    if (i < MAX_LISTED_ROWS) return { ...base, otherRows: otherRows(group, row), count: group.length };
    if (!shared) shared = Object.freeze({ ...base, otherRows: otherRows(group, row), count: group.length });
    return shared;
  };
}

/** Up to MAX_LISTED_ROWS other rows of a duplicate group, as "5、9" (Excel row numbers). */
export function otherRows(group: RowContext[], self: RowContext): string {
  const out: number[] = [];
  for (const r of group) {
    if (r === self) continue;
    out.push(r.excelRow);
    if (out.length === MAX_LISTED_ROWS) break;
  }
  return out.join('、');
}

type IssueData = Record<string, string | number | null>;

/**
 * Issue data shared by the rows whose findings say the same thing (two keys: e.g. plan task and
 * cell value). Frozen, since several issues hold the same object.
 */
export class SharedData<K1, K2> {
  private readonly byFirst = new Map<K1, Map<K2, IssueData>>();
  get(k1: K1, k2: K2, make: () => IssueData): IssueData {
    let inner = this.byFirst.get(k1);
    if (!inner) this.byFirst.set(k1, (inner = new Map()));
    let d = inner.get(k2);
    if (!d) {
      d = Object.freeze(make());
      inner.set(k2, d);
    }
    return d;
  }
}

// Completion marks in a 完成情况 cell (spec "Status of a task at a date"): the marks that say done, and
// those that say not done (for progress-conflict). Anything else that is no done mark is not done.

import { nfkc } from '../normalize';
import type { CellValue } from '../types';

/** The spec's completion marks, folded (NFKC, lower case, trimmed). */
const DONE_MARKS = new Set(['已完成', '完成', '是', '√', '✓', '✔', 'y', 'yes', 'true', '1', '100%']);
/** Spellings of 1 and 100% that spreadsheets produce (1.0, 100.00%). */
const DONE_NUMBER_TEXT_RE = /^(?:1(?:\.0+)?|100(?:\.0+)?%)$/;
const TRAILING_PUNCT_RE = /[。.!！]+$/;

/**
 * Whether a 完成情况 cell says done: 已完成, 完成, 是, √, ✓, ✔, Y, yes, TRUE, true, 1, 100% (and the
 * number 1, which is what a percent-formatted 100% cell holds). Anything else, 未完成 included, is not.
 */
export function isDoneMark(v: CellValue): boolean {
  if (v === true) return true;
  if (typeof v === 'number') return v === 1;
  if (typeof v !== 'string') return false;
  if (DONE_MARKS.has(v)) return true; // written exactly as a mark: no folding needed
  const s = nfkc(v)
    .replace(/\ufe0f/g, '') // emoji presentation selector after ✔
    .trim()
    .replace(TRAILING_PUNCT_RE, '')
    .toLowerCase();
  return DONE_MARKS.has(s) || DONE_NUMBER_TEXT_RE.test(s);
}

/** Marks that say "not done" (for progress-conflict); anything else that is no done mark is not done either. */
const NOT_DONE_MARKS = new Set(['否', '未完成', '未', '×', '✗', '✘', 'x', 'n', 'no', 'false', '0', '0%']);

export function isNotDoneMark(v: CellValue): boolean {
  if (v === false || v === 0) return true;
  return typeof v === 'string' && NOT_DONE_MARKS.has(nfkc(v).trim().toLowerCase());
}

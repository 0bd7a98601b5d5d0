// 序号 as ledgers write it (spec "Ledgers as other governments keep them"): 1, 1、, 1., (1), （1）, 一,
// （一）, ①, and sub-numbers 1.1, 1-1, 1.1.1. A 序号 is an integer path; 1-1 = 1.1, 1.10 ≠ 1.1.

import { chineseNumeralsToDigits, normalizeText } from '../normalize';
import type { CellValue } from '../types';

export interface SeqNumber {
  /** The integers of the number: [3] for 3, [1, 2] for 1.2 or 1-2. */
  path: number[];
  /** Which numbering it belongs to: 1 / 一 / ① each start again at their first value. */
  form: 'arabic' | 'chinese' | 'circled';
}

const ARABIC_RE = /^\(?(\d{1,9}(?:[.\-—]\d{1,4}){0,3})\)?[、.,]?$/;
const CHINESE_RE = /^(?:第)?\(?([一二三四五六七八九十百〇零两]+)\)?[、.,]?$/;
const CIRCLED_START = 0x2460; // ① … ⑳

/** A 序号 cell as a number path, or null when it holds no number form (empty cells too). */
export function parseSeqCell(v: CellValue): SeqNumber | null {
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v <= 0) return null;
    if (Number.isInteger(v)) return { path: [v], form: 'arabic' };
    // A number cell 1.1 is a sub-number as it reads.
    return parseSeqText(String(v));
  }
  if (typeof v !== 'string') return null;
  return parseSeqText(v);
}

function parseSeqText(raw: string): SeqNumber | null {
  const trimmed = raw.trim();
  // ① … ⑳ (NFKC would turn them into digits: read them before normalising).
  const c = trimmed.charCodeAt(0);
  if (trimmed.length === 1 && c >= CIRCLED_START && c < CIRCLED_START + 20) return { path: [c - CIRCLED_START + 1], form: 'circled' };
  const s = normalizeText(trimmed).replace(/[．。]/g, '.');
  const arabic = ARABIC_RE.exec(s);
  if (arabic) {
    const path = arabic[1].split(/[.\-—]/).map(Number);
    return path[0] > 0 && path.every((n) => Number.isInteger(n)) ? { path, form: 'arabic' } : null;
  }
  const chinese = CHINESE_RE.exec(s);
  if (chinese) {
    const n = Number(chineseNumeralsToDigits(chinese[1]));
    return Number.isInteger(n) && n > 0 ? { path: [n], form: 'chinese' } : null;
  }
  return null;
}

/** The number written at the start of a task cell (`14.改扩建泉山学校…`), when the sheet has no 序号 column. */
const TASK_NUMBER_RE = /^\s*(\d{1,4})\s*[、.．]\s*(?=\D)/;

export function seqInTaskText(text: string): { seq: number; rest: string } | null {
  const m = TASK_NUMBER_RE.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  return n > 0 ? { seq: n, rest: text.slice(m[0].length).trim() } : null;
}

/** Paths in reading order: negative when a comes first (1 < 1.1 < 1.2 < 2). */
export function comparePaths(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** A path as users write it: 3, 1.2. */
export function pathText(path: readonly number[]): string {
  return path.join('.');
}

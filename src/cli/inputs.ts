// What `check` is given, as a province's office gives it: files, folders of returned ledgers, and
// patterns quoted so that the shell passes them on (Windows cmd and PowerShell never expand them).
// Folders and patterns are expanded here (tinyglobby); Excel's lock files (~$台账.xlsx, present while
// someone has the ledger open), hidden files and files that are not workbooks are skipped and counted.
// A file named explicitly is always checked, whatever its name.
import * as fs from 'fs';
import * as path from 'path';
import { globSync } from 'tinyglobby';

export interface Input {
  /** As the user would write it: relative to the working folder where it lies below it. */
  label: string;
  full: string;
}

export interface Skipped {
  /** ~$ files: Excel's lock file of a workbook someone has open. */
  lock: number;
  /** Names starting with a dot (and files inside hidden folders). */
  hidden: number;
  /** Files that are not .xlsx / .xlsm workbooks. */
  other: number;
}

export interface ExpandedInputs {
  inputs: Input[];
  skipped: Skipped;
  /** Folders and patterns that gave no workbook at all (said, not an error). */
  empty: string[];
}

const WORKBOOK = /\.(xlsx|xlsm)$/i;
const PATTERN = /[*?[\]{}]/;

export function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function exists(p: string): boolean {
  try {
    fs.statSync(p);
    return true;
  } catch {
    return false;
  }
}

/** Sorted as people sort file names: 台账2 before 台账10. */
const collator = new Intl.Collator('zh-CN', { numeric: true });

/** A path as the user would write it: relative below the working folder, absolute elsewhere. */
export function displayPath(full: string, cwd: string): string {
  const rel = path.relative(cwd, full);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : full;
}

export function expandInputs(args: readonly string[], cwd: string): ExpandedInputs {
  const inputs: Input[] = [];
  const skipped: Skipped = { lock: 0, hidden: 0, other: 0 };
  const empty: string[] = [];
  const seen = new Set<string>();
  const add = (full: string, lbl: string) => {
    if (seen.has(full)) return;
    seen.add(full);
    inputs.push({ label: lbl, full });
  };
  for (const arg of args) {
    const full = path.resolve(cwd, arg);
    // A path that exists is taken as it is (a file named like a pattern, [1].xlsx, included).
    if (exists(full) && !isDirectory(full)) {
      add(full, arg);
      continue;
    }
    let found: string[];
    if (isDirectory(full)) {
      found = globSync('**/*', { cwd: full, absolute: true, dot: true, onlyFiles: true, followSymbolicLinks: false });
    } else if (PATTERN.test(arg)) {
      // tinyglobby takes forward slashes; a Windows user writes backslashes.
      const pattern = path.sep === '\\' ? arg.replace(/\\/g, '/') : arg;
      found = globSync(pattern, { cwd, absolute: true, dot: true, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false });
    } else {
      // Neither a file, a folder nor a pattern: the check says 文件不存在 for it.
      add(full, arg);
      continue;
    }
    const before = inputs.length;
    const base = isDirectory(full) ? full : cwd;
    for (const file of found.map((f) => path.resolve(f)).sort((a, b) => collator.compare(a, b))) {
      const name = path.basename(file);
      const rel = path.relative(base, file);
      if (name.startsWith('~$')) skipped.lock++;
      else if (rel.split(path.sep).some((part) => part.startsWith('.'))) skipped.hidden++;
      else if (!WORKBOOK.test(name)) skipped.other++;
      else add(file, displayPath(file, cwd));
    }
    if (inputs.length === before) empty.push(arg);
  }
  return { inputs, skipped, empty };
}

// Column letters of A1 references, shared by the engine (issue cells), the Excel adapter (range
// addresses) and the command line (ExcelJS merge ranges).

/** Column letters of a 0-based index: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based index of column letters: A -> 0, Z -> 25, AA -> 26 (case-insensitive). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

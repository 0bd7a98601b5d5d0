// Plain-text helpers for reports read in a terminal: display width of CJK text (two columns per
// wide character) and ANSI colour that switches itself off when piped or under NO_COLOR.

/** True for code points a terminal draws two columns wide (East Asian Wide / Fullwidth). */
export function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

const ANSI = /\x1b\[[0-9;]*m/g;
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/** Columns the text takes in a terminal (ANSI codes take none; combining marks take none). */
export function displayWidth(s: string): number {
  // Most of a report's cells are plain ASCII (cells, counts, dates): their width is their length.
  if (PLAIN_ASCII.test(s)) return s.length;
  let w = 0;
  for (const ch of s.replace(ANSI, '')) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || (cp >= 0x300 && cp <= 0x36f) || cp === 0x200b || cp === 0xfe0f) continue;
    w += isWide(cp) ? 2 : 1;
  }
  return w;
}

export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

export function padStart(s: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(s))) + s;
}

/** Cuts text to at most `width` columns, marking the cut with "…". */
export function truncate(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = displayWidth(ch);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return out + '…';
}

/** A table with columns aligned by display width; `right` marks right-aligned (numeric) columns. */
export function table(rows: string[][], right: boolean[] = []): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(c))));
  return rows.map((r) =>
    r
      .map((c, i) => (right[i] ? padStart(c, widths[i]) : i === r.length - 1 ? c : padEnd(c, widths[i])))
      .join('  ')
      .trimEnd(),
  );
}

export type Colour = 'red' | 'yellow' | 'green' | 'blue' | 'orange' | 'grey' | 'bold' | 'dim' | 'magenta';

const CODES: Record<Colour, [string, string]> = {
  red: ['\x1b[31m', '\x1b[39m'],
  yellow: ['\x1b[33m', '\x1b[39m'],
  green: ['\x1b[32m', '\x1b[39m'],
  blue: ['\x1b[34m', '\x1b[39m'],
  // 256-colour orange; terminals without it show the default colour.
  orange: ['\x1b[38;5;208m', '\x1b[39m'],
  grey: ['\x1b[90m', '\x1b[39m'],
  magenta: ['\x1b[35m', '\x1b[39m'],
  bold: ['\x1b[1m', '\x1b[22m'],
  dim: ['\x1b[2m', '\x1b[22m'],
};

export type Paint = (colour: Colour, s: string) => string;

export function painter(enabled: boolean): Paint {
  return enabled ? (c, s) => CODES[c][0] + s + CODES[c][1] : (_c, s) => s;
}

/** Colours on only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function colourEnabled(isTTY: boolean | undefined, env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  // FORCE_COLOR (as chalk and ESLint read it): colours into a pipe too; FORCE_COLOR=0 none.
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return Boolean(isTTY);
}

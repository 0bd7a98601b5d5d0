// Reading an .xlsx file's cell values with bounded time and memory, whatever the file holds.
//
// ExcelJS's loader inflates every part whole and builds a cell object for every cell, including each
// cell of a merged area: a 2 MB file with the merge A1:XFD1048576, or 480 MB of rows zipped into
// 1.6 MB, exhausts the heap. The checker needs far less than a workbook model: each sheet's values
// down to its last row with content, and its merged areas. So the zip is read with yauzl (its
// directory first, then one part at a time, streamed; yauzl stops a part that inflates past its
// declared size) and the XML with saxes (streamed; entities are never expanded), and only non-empty
// cells are kept. The limits below are checked before anything is inflated where the zip's
// directory tells, and while reading otherwise; docs/cli.md lists them.
import yauzl from 'yauzl';
import { SaxesParser } from 'saxes';
import { StringDecoder } from 'string_decoder';
import * as zlib from 'zlib';
import type { CellValue, MergeArea } from '../core/types';
import { FileError, classifyBuffer } from './xlsx';

export const LIMITS = {
  /** Excel's grid: rows and columns (XFD). A reference beyond it is not a workbook Excel wrote. */
  maxRows: 1_048_576,
  maxCols: 16_384,
  /** Largest part (uncompressed): a 200,000-row ledger's sheet is about 60 MB. */
  maxPartBytes: 200 * 1024 * 1024,
  /** All parts together (uncompressed), as declared by the zip's directory. */
  maxTotalBytes: 1024 * 1024 * 1024,
  /** Apache POI's ZipSecureFile default: a part may inflate to at most 100 times its zipped size … */
  minInflateRatio: 0.01,
  /** … once it is larger than this (small parts of repeated markup inflate further, harmlessly). */
  ratioGraceBytes: 1024 * 1024,
  /**
   * Non-empty cells in the whole workbook: 200,000 rows × 10 columns, read in about 5 s. A sheet past
   * it is refused once the reader gets there, so a huge sheet costs seconds, not minutes.
   */
  maxCells: 2_000_000,
  /** Merged areas in one sheet; a ledger has a few hundred. */
  maxMerges: 100_000,
  /**
   * Rows with content in the sheet that is checked: a ledger has 50–500, a year's county-wide list a
   * few thousand. A 250,000-row sheet of two columns is checked in about 10 s; past this a sheet is
   * refused as soon as the reader gets there, not after a minute and gigabytes.
   */
  maxContentRows: 250_000,
};
export type Limits = typeof LIMITS;

export interface SheetValues {
  name: string;
  /**
   * Rows from row 1 down to the last row with content. Rows are as long as their last non-empty
   * cell (the engine reads a missing cell as blank), so one stray value at XFD1 does not widen
   * every row to 16,384 cells.
   */
  values: CellValue[][];
  /** Merged areas (0-based), clipped to the sheet's content; covered cells read as empty. */
  merges: MergeArea[];
  /** Hidden or very hidden in the workbook. */
  hidden: boolean;
}

export interface WorkbookValues {
  sheets: SheetValues[];
  /** Name of the active sheet (the workbook view's activeTab), if any. */
  active: string | undefined;
  /** The file carries macros (xl/vbaProject.bin): an annotated copy (.xlsx) leaves them out. */
  macros: boolean;
}

const EMPTY_ROW: CellValue[] = Object.freeze([]) as unknown as CellValue[];

/** An open zip: yauzl's handle, its parts by lower-case name, and the bytes it reads from. */
export interface Package {
  zip: yauzl.ZipFile;
  parts: Map<string, yauzl.Entry>;
  buf: Buffer;
}

/** The zip's directory as read by yauzl, with each part's declared sizes checked against the limits. */
export async function openZip(buf: Buffer, limits: Limits): Promise<Package> {
  let zip: yauzl.ZipFile;
  const parts = new Map<string, yauzl.Entry>();
  try {
    zip = await yauzl.fromBufferPromise(buf, { lazyEntries: true, decodeStrings: true, validateEntrySizes: true, strictFileNames: false });
    for await (const entry of zip.eachEntry()) parts.set(entry.fileName.replace(/^\/+/, '').toLowerCase(), entry);
  } catch {
    throw new FileError('damaged', { part: '' });
  }
  let total = 0;
  for (const e of parts.values()) {
    if (e.uncompressedSize > limits.maxPartBytes) throw tooLarge(e, limits);
    if (e.uncompressedSize > limits.ratioGraceBytes && e.compressedSize < e.uncompressedSize * limits.minInflateRatio) {
      throw new FileError('unzip-ratio', { part: e.fileName, ratio: String(Math.round(e.uncompressedSize / Math.max(1, e.compressedSize))) });
    }
    total += e.uncompressedSize;
  }
  if (total > limits.maxTotalBytes) throw new FileError('unzip-size', { part: '', size: megabytes(total), limit: megabytes(limits.maxTotalBytes) });
  return { zip, parts, buf };
}

const megabytes = (n: number) => String(Math.ceil(n / (1024 * 1024)));
const tooLarge = (e: yauzl.Entry, limits: Limits) =>
  new FileError('unzip-size', { part: e.fileName, size: megabytes(e.uncompressedSize), limit: megabytes(limits.maxPartBytes) });

/** Parts up to this size are inflated in one synchronous call; larger ones are streamed. */
const STREAM_ABOVE_BYTES = 16 * 1024 * 1024;

/**
 * Passes one part's text to `onText`, in decoded chunks. The declared size was checked against the
 * limits, and declared sizes can lie: a small part is inflated with zlib's maxOutputLength set to it,
 * a large one is streamed by yauzl, which stops a part that inflates past its declared size.
 */
async function streamPart({ zip, buf }: Package, entry: yauzl.Entry, onText: (text: string) => void): Promise<void> {
  if (entry.uncompressedSize <= STREAM_ABOVE_BYTES && !entry.isEncrypted() && (entry.compressionMethod === 0 || entry.compressionMethod === 8)) {
    let data: Buffer;
    try {
      const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
      const raw = buf.subarray(fileDataStart, fileDataStart + entry.compressedSize);
      data = entry.compressionMethod === 0 ? raw : zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    } catch {
      throw new FileError('damaged', { part: entry.fileName });
    }
    if (data.length !== entry.uncompressedSize) throw new FileError('damaged', { part: entry.fileName });
    onText(data.toString('utf8'));
    return;
  }
  const decoder = new StringDecoder('utf8');
  let stream: NodeJS.ReadableStream;
  try {
    stream = await zip.openReadStreamPromise(entry);
  } catch {
    throw new FileError('damaged', { part: entry.fileName });
  }
  try {
    for await (const chunk of stream) onText(decoder.write(chunk as Buffer));
    onText(decoder.end());
  } catch (e) {
    // Leaving the loop early destroys the stream: nothing more is inflated.
    if (e instanceof FileError || e instanceof StopReading) throw e;
    throw new FileError('damaged', { part: entry.fileName });
  }
}

/** A streaming XML parser over one part; element names lose any namespace prefix. */
export async function parsePart(
  pkg: Package,
  entry: yauzl.Entry,
  handlers: { open?: (name: string, attrs: Record<string, string>) => void; close?: (name: string) => void; text?: (t: string) => void },
): Promise<void> {
  const parser = new SaxesParser({ position: false });
  const local = (n: string) => n.slice(n.indexOf(':') + 1);
  if (handlers.open) {
    const open = handlers.open;
    parser.on('opentag', (t) => open(local(t.name), t.attributes as Record<string, string>));
  }
  if (handlers.close) {
    const close = handlers.close;
    parser.on('closetag', (t) => close(local(t.name)));
  }
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  // saxes reports malformed XML through this handler; a handler of ours may throw a FileError (a
  // limit): either way the part's stream stops there.
  let failed: Error | null = null;
  parser.on('error', (e) => {
    failed ??= e;
  });
  const stopIfFailed = () => {
    if (failed) throw failed instanceof FileError || failed instanceof StopReading ? failed : new FileError('damaged', { part: entry.fileName });
  };
  await streamPart(pkg, entry, (text) => {
    parser.write(text);
    stopIfFailed();
  });
  parser.close();
  stopIfFailed();
}

/** Excel's escape of characters XML cannot hold (and of a literal "_x"): _x000D_, _x005F_x0041_. */
export function decodeEscapes(s: string): string {
  return s.includes('_x') ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s;
}

/** Resolves a relationship target against the folder of the part that points at it. */
function resolveTarget(fromPart: string, target: string): string {
  const parts = target.startsWith('/') ? [] : fromPart.split('/').slice(0, -1);
  for (const seg of target.replace(/^\/+/, '').split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/').toLowerCase();
}

function relsPartOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

interface Relationship {
  type: string;
  target: string;
}

async function readRels(pkg: Package, forPart: string): Promise<Map<string, Relationship>> {
  const rels = new Map<string, Relationship>();
  const entry = pkg.parts.get(relsPartOf(forPart));
  if (!entry) return rels;
  await parsePart(pkg, entry, {
    open: (name, a) => {
      if (name === 'Relationship' && a.Id && a.Target && a.TargetMode !== 'External') {
        rels.set(a.Id, { type: (a.Type ?? '').replace(/^.*\//, ''), target: resolveTarget(forPart, a.Target) });
      }
    },
  });
  return rels;
}

/** Shared strings and inline strings: the text of <t> elements, outside phonetic runs (<rPh>). */
function richTextCollector() {
  let depthPhonetic = 0;
  let inT = false;
  let text = '';
  return {
    open(name: string) {
      if (name === 'rPh') depthPhonetic++;
      else if (name === 't' && depthPhonetic === 0) inT = true;
    },
    close(name: string) {
      if (name === 'rPh') depthPhonetic--;
      else if (name === 't') inT = false;
    },
    text(t: string) {
      if (inT) text += t;
    },
    take(): string {
      const s = decodeEscapes(text);
      text = '';
      return s;
    },
  };
}

async function readSharedStrings(pkg: Package, entry: yauzl.Entry): Promise<string[]> {
  const out: string[] = [];
  const rich = richTextCollector();
  let inSi = false;
  await parsePart(pkg, entry, {
    open: (name) => {
      if (name === 'si') inSi = true;
      else if (inSi) rich.open(name);
    },
    close: (name) => {
      if (name === 'si') {
        inSi = false;
        out.push(rich.take());
      } else if (inSi) rich.close(name);
    },
    text: (t) => {
      if (inSi) rich.text(t);
    },
  });
  return out;
}

// Built-in number formats that show dates or times: Excel's 14–22 and 45–47, and the East Asian
// date formats 27–36 and 50–58 (年月日 in a Chinese Excel).
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A custom format code that shows a date or time (the test ExcelJS uses): y m d h s outside quotes and []. */
export function isDateFormat(code: string): boolean {
  return /[ymdhsb]/i.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, ''));
}

/** For each cell style index (the s attribute), whether its number format shows a date. */
async function readDateStyles(pkg: Package, entry: yauzl.Entry | undefined): Promise<boolean[]> {
  if (!entry) return [];
  const custom = new Map<number, boolean>();
  const dateStyles: boolean[] = [];
  let inCellXfs = false;
  await parsePart(pkg, entry, {
    open: (name, a) => {
      if (name === 'numFmt') custom.set(Number(a.numFmtId), isDateFormat(a.formatCode ?? ''));
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        dateStyles.push(custom.get(id) ?? BUILTIN_DATE_FORMATS.has(id));
      }
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return dateStyles;
}

/** "XFD1048576" -> 0-based row and column; null when it is not a cell reference. (Read per cell: no regex.) */
function parseRef(ref: string): { row: number; col: number } | null {
  let i = 0;
  let col = 0;
  let row = 0;
  if (ref.charCodeAt(i) === 36) i++; // $
  const letters = i;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i) & ~32; // upper case
    if (ch < 65 || ch > 90) break;
    col = col * 26 + (ch - 64);
  }
  if (i === letters || i - letters > 4) return null;
  if (ref.charCodeAt(i) === 36) i++;
  const digits = i;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    row = row * 10 + d;
  }
  if (i === digits || i - digits > 9) return null;
  return { row: row - 1, col: col - 1 };
}

function outsideGrid(ref: string): FileError {
  return new FileError('outside-grid', { ref: ref.slice(0, 40) });
}

interface SheetContext {
  sharedStrings: string[];
  dateStyles: boolean[];
  date1904: boolean;
  limits: Limits;
  /** Non-empty cells read so far in the workbook (the cap is per file). */
  cells: { count: number };
}

/** Excel's serial day number -> a Date at UTC midnight (the 1900 system counts the phantom 1900-02-29). */
function serialToDate(v: number, date1904: boolean): Date {
  return new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

/** Thrown by a handler to stop reading a part early (a preview has its rows). */
class StopReading extends Error {}

async function readSheet(
  pkg: Package,
  entry: yauzl.Entry,
  meta: { name: string; hidden: boolean },
  ctx: SheetContext,
  /** Only the first rows (a preview to choose the ledger sheet by its header). */
  previewRows?: number,
): Promise<SheetValues> {
  const { limits } = ctx;
  let contentRows = 0;
  const rows: CellValue[][] = [];
  const rawMerges: MergeArea[] = [];
  let inSheetData = false;
  let rowIndex = -1;
  let row: CellValue[] | null = null;
  // The current cell.
  let inCell = false;
  let col = -1;
  let type = 'n';
  let style = 0;
  let v: string | null = null;
  let inV = false;
  let inIs = false;
  const rich = richTextCollector();
  let width = 0;

  const cellValue = (): CellValue => {
    switch (type) {
      case 's': {
        if (v === null) return null;
        return ctx.sharedStrings[Number(v)] ?? null;
      }
      case 'inlineStr':
        return inIs ? null : rich.take();
      case 'str':
        return v === null ? null : decodeEscapes(v);
      case 'b':
        return v === null ? null : v.trim() === '1' || v.trim() === 'true';
      case 'e':
        return v === null ? null : v.trim();
      case 'd': {
        if (v === null) return null;
        const d = new Date(v.trim().length === 10 ? `${v.trim()}T00:00:00Z` : v.trim());
        return Number.isNaN(d.getTime()) ? v : d;
      }
      default: {
        if (v === null || v.trim() === '') return null;
        const n = Number(v);
        if (!Number.isFinite(n)) return null;
        return ctx.dateStyles[style] ? serialToDate(n, ctx.date1904) : n;
      }
    }
  };

  const reading = parsePart(pkg, entry, {
    open: (name, a) => {
      if (inCell) {
        if (name === 'v') {
          inV = true;
          v = '';
        } else if (name === 'is') inIs = true;
        else if (inIs) rich.open(name);
        return;
      }
      switch (name) {
        case 'sheetData':
          inSheetData = true;
          break;
        case 'row': {
          if (!inSheetData) break;
          const r = a.r !== undefined ? Number(a.r) - 1 : rowIndex + 1;
          if (!Number.isInteger(r) || r < 0 || r >= limits.maxRows) throw outsideGrid(`${a.r ?? ''}`);
          if (previewRows !== undefined && r >= previewRows) throw new StopReading();
          rowIndex = r;
          row = null;
          col = -1;
          break;
        }
        case 'c': {
          if (!inSheetData) break;
          inCell = true;
          if (a.r !== undefined) {
            const ref = parseRef(a.r);
            if (!ref || ref.row >= limits.maxRows || ref.col >= limits.maxCols || ref.row < 0 || ref.col < 0) throw outsideGrid(a.r);
            // A cell outside its <row> is taken where its reference says.
            if (ref.row !== rowIndex) {
              rowIndex = ref.row;
              row = null;
            }
            col = ref.col;
          } else {
            col++;
            if (col >= limits.maxCols) throw outsideGrid(`${rowIndex + 1}`);
          }
          if (rowIndex < 0) rowIndex = 0;
          type = a.t ?? 'n';
          style = a.s !== undefined ? Number(a.s) : 0;
          v = null;
          break;
        }
        case 'mergeCell': {
          const range = (a.ref ?? '').split(':');
          const p = parseRef(range[0]);
          const q = range.length === 2 ? parseRef(range[1]) : p;
          if (!p || !q) break;
          if (p.row >= limits.maxRows || q.row >= limits.maxRows || p.col >= limits.maxCols || q.col >= limits.maxCols) throw outsideGrid(a.ref);
          if (rawMerges.length >= limits.maxMerges) throw new FileError('too-many-merges', { limit: String(limits.maxMerges) });
          rawMerges.push({ top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) });
          break;
        }
      }
    },
    close: (name) => {
      if (!inCell) {
        if (name === 'sheetData') inSheetData = false;
        return;
      }
      if (name === 'v') inV = false;
      else if (name === 'is') inIs = false;
      else if (inIs) rich.close(name);
      else if (name === 'c') {
        inCell = false;
        const value = cellValue();
        // A formula cell's value is its cached result (<v>); without one it is empty, as in ExcelJS.
        if (value === null || value === '') return;
        if (++ctx.cells.count > limits.maxCells) throw new FileError('too-many-cells', { limit: String(limits.maxCells) });
        if (!row) {
          row = rows[rowIndex];
          if (!row) {
            rows[rowIndex] = row = [];
            if (++contentRows > limits.maxContentRows) throw new FileError('too-many-rows', { sheet: meta.name, limit: String(limits.maxContentRows) });
          }
        }
        row[col] = value;
        if (col + 1 > width) width = col + 1;
      }
    },
    text: (t) => {
      if (inV) v += t;
      else if (inIs) rich.text(t);
    },
  });
  try {
    await reading;
  } catch (e) {
    if (!(e instanceof StopReading)) throw e;
  }

  // Dense rows down to the last with content; holes read as null, empty rows share one empty array.
  const height = rows.length;
  for (let r = 0; r < height; r++) {
    const line = rows[r];
    if (line === undefined) rows[r] = EMPTY_ROW;
    else for (let c = 0; c < line.length; c++) if (line[c] === undefined) line[c] = null;
  }
  return { name: meta.name, values: rows, merges: clipMerges(rawMerges, rows, width), hidden: meta.hidden };
}

/**
 * Merged areas clipped to the sheet's content (a merge of A1:XFD1048576 over a 60-row ledger is the
 * 60 rows of its columns with content), and the cells they cover emptied: Excel shows only an area's
 * top-left value. Clearing stops after a fixed amount of work, so a hostile sheet cannot make it slow.
 */
function clipMerges(raw: MergeArea[], rows: CellValue[][], width: number): MergeArea[] {
  const merges: MergeArea[] = [];
  let budget = 5_000_000;
  for (const m of raw) {
    if (m.top >= rows.length || m.left >= width) continue;
    const clipped = { top: m.top, left: m.left, bottom: Math.min(m.bottom, rows.length - 1), right: Math.min(m.right, width - 1) };
    if (clipped.bottom === clipped.top && clipped.right === clipped.left) continue;
    merges.push(clipped);
    for (let r = clipped.top; r <= clipped.bottom && budget > 0; r++) {
      const line = rows[r];
      const end = Math.min(clipped.right, line.length - 1);
      budget -= Math.max(1, end - clipped.left + 1);
      for (let c = clipped.left; c <= end; c++) if (r !== clipped.top || c !== clipped.left) line[c] = null;
    }
  }
  return merges;
}

/** A workbook opened for reading: its sheets' names, and their values on demand. */
export interface OpenWorkbook {
  sheets: Array<{ name: string; hidden: boolean }>;
  /** Name of the active sheet (the workbook view's activeTab), if any. */
  active: string | undefined;
  /** The file carries macros (xl/vbaProject.bin): an annotated copy (.xlsx) leaves them out. */
  macros: boolean;
  /**
   * One sheet's values: all of them, or only the first `previewRows` rows. Cells count against the
   * limit in `cells` (shared by several reads) or in a counter of this read's own.
   */
  read(name: string, opts?: { previewRows?: number; cells?: { count: number } }): Promise<SheetValues>;
  close(): void;
}

/**
 * Opens an .xlsx held in memory: the zip's directory, the workbook part, shared strings and styles.
 * Throws FileError with the reason when the file is not a readable workbook or breaks a limit.
 * Each read() counts its own cells against the limits.
 */
export async function openWorkbook(buf: Buffer, limits: Limits = LIMITS): Promise<OpenWorkbook> {
  const bad = classifyBuffer(buf);
  if (bad) throw new FileError(bad);
  const pkg = await openZip(buf, limits);
  const { parts } = pkg;
  try {
    const rootRels = await readRels(pkg, '');
    const officeDocument = [...rootRels.values()].find((r) => r.type === 'officeDocument');
    const bookPart = officeDocument && parts.has(officeDocument.target) ? officeDocument.target : 'xl/workbook.xml';
    const book = parts.get(bookPart);
    if (!book) throw new FileError('not-workbook');

    const sheetsMeta: Array<{ name: string; hidden: boolean; rid: string }> = [];
    let activeTab: number | undefined;
    let date1904 = false;
    await parsePart(pkg, book, {
      open: (name, a) => {
        if (name === 'sheet') {
          const rid = Object.entries(a).find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1] ?? '';
          sheetsMeta.push({ name: decodeEscapes(a.name ?? ''), hidden: a.state === 'hidden' || a.state === 'veryHidden', rid });
        } else if (name === 'workbookView' && activeTab === undefined && a.activeTab !== undefined) activeTab = Number(a.activeTab);
        else if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      },
    });
    const rels = await readRels(pkg, bookPart);
    const relOfType = (type: string) => [...rels.values()].find((r) => r.type === type);
    const sst = relOfType('sharedStrings');
    const styles = relOfType('styles');
    const sharedStrings = sst && parts.get(sst.target) ? await readSharedStrings(pkg, parts.get(sst.target)!) : [];
    const dateStyles = await readDateStyles(pkg, styles ? parts.get(styles.target) : undefined);

    // Chart sheets and dialog sheets hold no cells; a worksheet whose part is missing is an error.
    const worksheets = new Map<string, { meta: (typeof sheetsMeta)[number]; entry: yauzl.Entry }>();
    for (const meta of sheetsMeta) {
      const rel = rels.get(meta.rid);
      if (rel && rel.type !== 'worksheet') continue;
      const entry = rel ? parts.get(rel.target) : undefined;
      if (!entry) throw new FileError('sheet-part-missing', { sheet: meta.name });
      if (!worksheets.has(meta.name)) worksheets.set(meta.name, { meta, entry });
    }
    if (worksheets.size === 0) throw new FileError('no-sheets');
    return {
      sheets: [...worksheets.values()].map(({ meta }) => ({ name: meta.name, hidden: meta.hidden })),
      active: activeTab !== undefined ? sheetsMeta[activeTab]?.name : undefined,
      macros: parts.has('xl/vbaproject.bin'),
      read(name, opts = {}) {
        const sheet = worksheets.get(name);
        if (!sheet) return Promise.reject(new FileError('sheet-not-found', { sheet: name, sheets: [...worksheets.keys()].join('、') }));
        const ctx: SheetContext = { sharedStrings, dateStyles, date1904, limits, cells: opts.cells ?? { count: 0 } };
        return readSheet(pkg, sheet.entry, sheet.meta, ctx, opts.previewRows);
      },
      close: () => pkg.zip.close(),
    };
  } catch (e) {
    pkg.zip.close();
    throw e;
  }
}

/** Every worksheet's values (annotated copies, tests); the cell limit counts the whole workbook. */
export async function readWorkbookValues(buf: Buffer, limits: Limits = LIMITS): Promise<WorkbookValues> {
  const book = await openWorkbook(buf, limits);
  try {
    const sheets: SheetValues[] = [];
    const cells = { count: 0 };
    for (const { name } of book.sheets) sheets.push(await book.read(name, { cells }));
    return { sheets, active: book.active, macros: book.macros };
  } finally {
    book.close();
  }
}

/**
 * Before ExcelJS loads a whole workbook (to write an annotated copy): every part inflated once,
 * through the same bounds, and discarded. ExcelJS trusts the zip's declared sizes; this does not.
 */
export async function verifyParts(buf: Buffer, limits: Limits = LIMITS): Promise<void> {
  const pkg = await openZip(buf, limits);
  try {
    for (const entry of pkg.parts.values()) if (!entry.fileName.endsWith('/')) await streamPart(pkg, entry, () => undefined);
  } finally {
    pkg.zip.close();
  }
}

// Reading .xlsx files with ExcelJS into the engine's cell values, and telling apart the many ways a
// file can fail to be a readable workbook (old .xls, encrypted, truncated, empty …) so that the user
// gets one clear line instead of a stack trace.
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import type { CellValue, MergeArea } from '../core/types';
import { columnIndex, columnLetter } from '../core/a1';

/** Why a file could not be read; each id has a message in messages.ts (`file.<id>`). */
export type FileErrorId =
  | 'not-found'
  | 'is-directory'
  | 'unreadable'
  | 'empty'
  | 'xls'
  | 'encrypted'
  | 'ole-other'
  | 'xlsb'
  | 'ods'
  | 'truncated'
  | 'damaged'
  | 'not-workbook'
  | 'no-sheets'
  | 'sheet-not-found';

export class FileError extends Error {
  constructor(
    readonly id: FileErrorId,
    readonly data: Record<string, string> = {},
  ) {
    super(id);
    this.name = 'FileError';
  }
}

export interface SheetValues {
  name: string;
  values: CellValue[][];
  merges: MergeArea[];
  /** Hidden or very hidden in the workbook. */
  hidden: boolean;
}

export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  /** Name of the active sheet (workbook view's activeTab), if any. */
  active: string | undefined;
  /** Time spent in ExcelJS's load (ms), for the bench. */
  loadMs: number;
}

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_LOCAL = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ZIP_EMPTY = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const ZIP_EOCD = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

/** Reads the whole file into memory; the file itself is only opened for reading. */
export function readFileBuffer(path: string): Buffer {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(path);
  } catch (e) {
    throw ioError(e);
  }
  if (stat.isDirectory()) throw new FileError('is-directory');
  if (stat.size === 0) throw new FileError('empty');
  try {
    return fs.readFileSync(path);
  } catch (e) {
    throw ioError(e);
  }
}

function ioError(e: unknown): FileError {
  const code = (e as NodeJS.ErrnoException)?.code ?? 'EIO';
  if (code === 'ENOENT' || code === 'ENOTDIR') return new FileError('not-found');
  if (code === 'EISDIR') return new FileError('is-directory');
  return new FileError('unreadable', { code });
}

/** Names of the streams in an OLE compound file's root storage (best effort; [] when unparsable). */
export function oleStreamNames(buf: Buffer): string[] {
  try {
    const sectorSize = 1 << buf.readUInt16LE(0x1e);
    const firstDirSector = buf.readUInt32LE(0x30);
    const numFatSectors = buf.readUInt32LE(0x2c);
    const sectorOffset = (s: number) => (s + 1) * sectorSize;
    // The FAT sector list: the first 109 entries live in the header (enough for files up to ~7 MB
    // at 512-byte sectors; bigger files fall back to the name scan below).
    const fatSectors: number[] = [];
    for (let i = 0; i < Math.min(numFatSectors, 109); i++) fatSectors.push(buf.readUInt32LE(0x4c + i * 4));
    const perSector = sectorSize / 4;
    const nextSector = (s: number): number => {
      const fs_ = fatSectors[Math.floor(s / perSector)];
      if (fs_ === undefined) return 0xfffffffe;
      return buf.readUInt32LE(sectorOffset(fs_) + (s % perSector) * 4);
    };
    const names: string[] = [];
    let s = firstDirSector;
    for (let guard = 0; s < 0xfffffff0 && guard < 10000; guard++) {
      const base = sectorOffset(s);
      if (base + sectorSize > buf.length) break;
      for (let e = 0; e < sectorSize / 128; e++) {
        const off = base + e * 128;
        const nameLen = buf.readUInt16LE(off + 0x40);
        const type = buf[off + 0x42];
        if (type === 0 || nameLen < 2 || nameLen > 64) continue;
        names.push(buf.toString('utf16le', off, off + nameLen - 2));
      }
      s = nextSector(s);
    }
    return names;
  } catch {
    return [];
  }
}

/** Classifies an OLE compound file: an encrypted .xlsx, an old .xls, or something else (.doc …). */
function oleKind(buf: Buffer): FileErrorId {
  let names = oleStreamNames(buf);
  if (names.length === 0) {
    // Directory not parsable: look for the stream names as UTF-16 text.
    const hay = buf.toString('latin1');
    const has = (n: string) => hay.includes(Buffer.from(n, 'utf16le').toString('latin1'));
    names = ['EncryptionInfo', 'EncryptedPackage', 'Workbook', 'Book'].filter(has);
  }
  if (names.includes('EncryptionInfo') || names.includes('EncryptedPackage')) return 'encrypted';
  if (names.includes('Workbook') || names.includes('Book')) return 'xls';
  return 'ole-other';
}

/** Checks the container before ExcelJS sees it, so each kind of bad file gets its own reason. */
export function classifyBuffer(buf: Buffer): FileErrorId | null {
  if (buf.length === 0) return 'empty';
  if (buf.subarray(0, 8).equals(OLE_MAGIC)) return oleKind(buf);
  const head = buf.subarray(0, 4);
  if (head.equals(ZIP_EMPTY)) return 'no-sheets';
  if (!head.equals(ZIP_LOCAL)) return 'not-workbook';
  // A zip ends with its central directory record; a download or copy cut short has none.
  const tail = buf.subarray(Math.max(0, buf.length - 65557));
  if (tail.lastIndexOf(ZIP_EOCD) < 0) return 'truncated';
  if (buf.subarray(0, 200).includes('opendocument.spreadsheet')) return 'ods';
  if (buf.includes('xl/workbook.bin')) return 'xlsb';
  if (!buf.includes('xl/workbook.xml')) return 'not-workbook';
  return null;
}

/** Loads a workbook from a buffer (never from the path: the input is not touched again). */
export async function loadWorkbook(buf: Buffer): Promise<LoadedWorkbook> {
  const bad = classifyBuffer(buf);
  if (bad) throw new FileError(bad);
  const workbook = new ExcelJS.Workbook();
  const t0 = performance.now();
  try {
    await workbook.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    // Either really damaged, or a part ExcelJS cannot parse although Excel can: say both.
    const detail = (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 120);
    throw new FileError('damaged', { detail });
  }
  const loadMs = performance.now() - t0;
  const sheets = workbook.worksheets;
  if (sheets.length === 0) throw new FileError('no-sheets');
  const activeTab = (workbook.views?.[0] as { activeTab?: number } | undefined)?.activeTab;
  const active = typeof activeTab === 'number' ? sheets[activeTab]?.name : undefined;
  return { workbook, active, loadMs };
}

/** Reads a file and loads it as a workbook; throws FileError with the reason. */
export async function readWorkbookFile(path: string): Promise<LoadedWorkbook & { buffer: Buffer }> {
  const buffer = readFileBuffer(path);
  return { ...(await loadWorkbook(buffer)), buffer };
}

// ExcelJS cell value types (ExcelJS.ValueType); numbers so that this file needs no enum import.
const T_MERGE = 1;

/**
 * One ExcelJS cell value as the engine's CellValue: rich text -> plain text, formulas -> cached
 * result, hyperlinks -> text, error values -> "#N/A" style strings, dates stay Date (ExcelJS gives
 * UTC midnight, which dates.ts reads with UTC components).
 */
export function toCellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'string':
    case 'number':
    case 'boolean':
      return v;
    case 'object':
      break;
    default:
      return null;
  }
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) return (o.richText as Array<{ text?: unknown }>).map((r) => String(r.text ?? '')).join('');
  if ('error' in o && typeof o.error === 'string') return o.error;
  if ('formula' in o || 'sharedFormula' in o) return toCellValue(o.result);
  if ('hyperlink' in o || 'text' in o) return toCellValue(o.text);
  return null;
}

/** A1-style range ("B2:D4") -> 0-based MergeArea. */
export function rangeToMerge(range: string): MergeArea | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(range.trim());
  if (!m) return null;
  const c1 = columnIndex(m[1]);
  const r1 = Number(m[2]) - 1;
  const c2 = m[3] ? columnIndex(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}


/**
 * The sheet as a rectangular 2-D array from A1, the shape of Excel's range.values. Cells covered by
 * a merge (other than its top-left) are empty, as in Excel; the merges are listed separately.
 */
/**
 * The merged ranges ("A1:H1"). ExcelJS keeps them in `_merges`; its public `model` getter would also
 * serialise every row, which costs as much as the whole conversion on a large sheet.
 */
export function mergeRanges(ws: ExcelJS.Worksheet): string[] {
  const internal = (ws as unknown as { _merges?: Record<string, { range?: string }> })._merges;
  if (internal && typeof internal === 'object') {
    return Object.values(internal)
      .map((m) => m?.range)
      .filter((r): r is string => typeof r === 'string');
  }
  return (ws.model as { merges?: string[] }).merges ?? [];
}

export function sheetValues(ws: ExcelJS.Worksheet): SheetValues {
  // One pass over the stored rows, straight into the output rows; padding to a rectangle afterwards
  // touches only the short rows. (This is the checker's own cost in the 20k-row bench.)
  const values: CellValue[][] = [];
  let width = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: CellValue[] = [];
    let any = false;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if ((cell.type as number) === T_MERGE) return;
      const v = toCellValue(cell.value);
      if (v !== null && v !== '') {
        out[colNumber - 1] = v;
        any = true;
      }
    });
    if (any) {
      values[rowNumber - 1] = out;
      if (out.length > width) width = out.length;
    }
  });
  const merges: MergeArea[] = [];
  for (const r of mergeRanges(ws)) {
    const m = rangeToMerge(r);
    if (m) merges.push(m);
  }
  let height = values.length;
  for (const m of merges) {
    if (m.right + 1 > width) width = m.right + 1;
    if (m.bottom + 1 > height) height = m.bottom + 1;
  }
  for (let r = 0; r < height; r++) {
    const line = values[r];
    if (line === undefined) {
      values[r] = new Array<CellValue>(width).fill(null);
      continue;
    }
    // Holes (cells never written) become null, short rows are padded.
    for (let c = 0; c < width; c++) if (line[c] === undefined) line[c] = null;
  }
  return { name: ws.name, values, merges, hidden: ws.state === 'hidden' || ws.state === 'veryHidden' };
}

// Telling apart the many ways a file can fail to be a readable workbook (old .xls, encrypted,
// truncated, empty …) so that the user gets one clear line instead of a stack trace, and loading a
// whole workbook with ExcelJS to write an annotated copy. Cell values are read by xlsx-read.ts.
import * as fs from 'fs';
import type * as ExcelJS from 'exceljs';
import { excelJS } from './lazy';

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
  | 'text-file'
  | 'no-permission'
  | 'busy'
  // A plan's Word document (docx-plan.ts).
  | 'word-old'
  | 'word-pdf'
  | 'word-not-docx'
  | 'word-no-list'
  | 'no-sheets'
  | 'sheet-not-found'
  // Limits of the bounded reader (xlsx-read.ts) and of the per-file worker.
  | 'unzip-size'
  | 'unzip-ratio'
  | 'outside-grid'
  | 'too-many-cells'
  | 'too-many-rows'
  | 'too-many-merges'
  | 'sheet-part-missing'
  | 'timeout'
  | 'out-of-memory';

export class FileError extends Error {
  constructor(
    readonly id: FileErrorId,
    readonly data: Record<string, string> = {},
  ) {
    super(id);
    this.name = 'FileError';
  }
}

export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
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

export function ioError(e: unknown): FileError {
  const code = (e as NodeJS.ErrnoException)?.code ?? 'EIO';
  if (code === 'ENOENT' || code === 'ENOTDIR') return new FileError('not-found');
  if (code === 'EISDIR') return new FileError('is-directory');
  // Permissions and locks (a file another program holds open on Windows) in words, not codes.
  if (code === 'EACCES' || code === 'EPERM') return new FileError('no-permission');
  if (code === 'EBUSY') return new FileError('busy');
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

/**
 * A .csv, .txt or .json saved under any name: text, not a workbook. Excel opens a .csv, so the
 * reason says how to make it one (另存为 .xlsx).
 */
function looksLikeText(buf: Buffer): boolean {
  const head = buf.subarray(0, 4096);
  if (head.includes(0)) return false;
  let control = 0;
  for (const b of head) if (b < 9 || (b > 13 && b < 32)) control++;
  return control === 0;
}

/** Checks the container before ExcelJS sees it, so each kind of bad file gets its own reason. */
export function classifyBuffer(buf: Buffer): FileErrorId | null {
  if (buf.length === 0) return 'empty';
  if (buf.subarray(0, 8).equals(OLE_MAGIC)) return oleKind(buf);
  const head = buf.subarray(0, 4);
  if (head.equals(ZIP_EMPTY)) return 'no-sheets';
  if (!head.equals(ZIP_LOCAL)) return looksLikeText(buf) ? 'text-file' : 'not-workbook';
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
  const workbook = new (excelJS().Workbook)();
  try {
    await workbook.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    // Either really damaged, or a part ExcelJS cannot parse although Excel can; the message says
    // both, without ExcelJS's own (English, internal) words.
    void e;
    throw new FileError('damaged', { part: '' });
  }
  if (workbook.worksheets.length === 0) throw new FileError('no-sheets');
  return { workbook };
}

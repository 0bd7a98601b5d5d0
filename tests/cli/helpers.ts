// Test helpers: run the CLI in-process with captured streams, and generate the files the tests
// need (ledgers with ExcelJS, raw .xlsx parts as other programs write them, OLE compound files).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { createHash } from 'crypto';
import ExcelJS from 'exceljs';

export function tempDir(prefix = 'tl-cli-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

export const HEADER = ['序号', '重点任务', '责任(牵头)单位', '时间要求', '完成情况', '完成时间'];

/** Writes a ledger workbook with ExcelJS: optional title row, header, rows. Returns the path. */
export async function writeLedger(
  file: string,
  rows: unknown[][],
  opts: { title?: string; header?: string[]; sheetName?: string; extraSheets?: string[]; activeTab?: number; setup?: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void } = {},
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const name of opts.extraSheets ?? []) wb.addWorksheet(name).getCell('A1').value = '说明';
  const ws = wb.addWorksheet(opts.sheetName ?? '台账');
  if (opts.title) ws.addRow([opts.title]);
  ws.addRow(opts.header ?? HEADER);
  for (const r of rows) ws.addRow(r);
  opts.setup?.(ws, wb);
  if (opts.activeTab !== undefined) wb.views = [{ activeTab: opts.activeTab } as ExcelJS.WorkbookView];
  await wb.xlsx.writeFile(file);
  return file;
}

// ----- zip and raw .xlsx -------------------------------------------------------------------------

/** A minimal zip writer (deflate), enough to build .xlsx parts by hand. */
export function zip(
  entries: Record<string, string | Buffer>,
  /** Uncompressed sizes to declare instead of the true ones (a zip whose directory lies). */
  declared: Record<string, number> = {},
): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    // ODF packages store their first entry, mimetype, uncompressed; do the same.
    const stored = name === 'mimetype';
    const packed = stored ? data : zlib.deflateRawSync(data);
    const method = stored ? 0 : 8;
    const crc = zlib.crc32(data);
    const nameBuf = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(declared[name] ?? data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(declared[name] ?? data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, packed);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

type RawXlsxOptions = { sharedStrings?: string[]; mergeCells?: string[]; /** numFmtId of each cellXfs entry (s="i") */ xfNumFmts?: number[] };

/** An .xlsx built from raw XML, the way other programs write it (inline strings, shared formulas …). */
export function rawXlsx(sheetData: string, opts: RawXlsxOptions = {}): Buffer {
  return zip(rawXlsxParts(sheetData, opts));
}

/** The parts of rawXlsx, to change before zipping (a missing part, a hostile one). */
export function rawXlsxParts(sheetData: string, opts: RawXlsxOptions = {}): Record<string, string> {
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rns = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      (opts.sharedStrings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : '') +
      (opts.xfNumFmts ? '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' : '') +
      '</Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${ns}" xmlns:r="${rns}"><sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
      (opts.sharedStrings ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' : '') +
      (opts.xfNumFmts ? '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' : '') +
      '</Relationships>',
    'xl/worksheets/sheet1.xml':
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${ns}" xmlns:r="${rns}"><sheetData>${sheetData}</sheetData>` +
      (opts.mergeCells ? `<mergeCells count="${opts.mergeCells.length}">${opts.mergeCells.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '') +
      '</worksheet>',
  };
  if (opts.xfNumFmts) {
    parts['xl/styles.xml'] =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="${ns}">` +
      '<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${opts.xfNumFmts.length}">${opts.xfNumFmts.map((n) => `<xf numFmtId="${n}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`).join('')}</cellXfs>` +
      '</styleSheet>';
  }
  if (opts.sharedStrings) {
    parts['xl/sharedStrings.xml'] =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="${ns}" count="${opts.sharedStrings.length}" uniqueCount="${opts.sharedStrings.length}">` +
      opts.sharedStrings.map((s) => `<si><t>${s}</t></si>`).join('') +
      '</sst>';
  }
  return parts;
}

export function inlineStr(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
}

// ----- OLE compound files -------------------------------------------------------------------------

/** A minimal OLE compound file (v3, 512-byte sectors) whose root holds streams with these names. */
export function compoundFile(streams: string[]): Buffer {
  const sector = 512;
  const buf = Buffer.alloc(sector * 3, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(buf, 0);
  buf.writeUInt16LE(0x3e, 0x18);
  buf.writeUInt16LE(3, 0x1a);
  buf.writeUInt16LE(0xfffe, 0x1c);
  buf.writeUInt16LE(9, 0x1e);
  buf.writeUInt16LE(6, 0x20);
  buf.writeUInt32LE(1, 0x2c); // one FAT sector
  buf.writeUInt32LE(1, 0x30); // directory starts at sector 1
  buf.writeUInt32LE(4096, 0x38);
  buf.writeUInt32LE(0xfffffffe, 0x3c);
  buf.writeUInt32LE(0xfffffffe, 0x44);
  for (let i = 0; i < 109; i++) buf.writeUInt32LE(i === 0 ? 0 : 0xffffffff, 0x4c + i * 4);
  const fat = sector; // sector 0
  for (let i = 0; i < 128; i++) buf.writeUInt32LE(0xffffffff, fat + i * 4);
  buf.writeUInt32LE(0xfffffffd, fat); // sector 0 holds the FAT
  buf.writeUInt32LE(0xfffffffe, fat + 4); // sector 1: directory, one sector
  const dir = sector * 2;
  const entries = ['Root Entry', ...streams].slice(0, 4);
  entries.forEach((name, i) => {
    const off = dir + i * 128;
    const n = Buffer.from(name + '\0', 'utf16le');
    n.copy(buf, off);
    buf.writeUInt16LE(n.length, off + 0x40);
    buf[off + 0x42] = i === 0 ? 5 : 2;
    buf.writeUInt32LE(0xffffffff, off + 0x44);
    buf.writeUInt32LE(i + 1 < entries.length ? i + 1 : 0xffffffff, off + 0x48);
    buf.writeUInt32LE(i === 0 && entries.length > 1 ? 1 : 0xffffffff, off + 0x4c);
    buf.writeUInt32LE(0xfffffffe, off + 0x74);
  });
  return buf;
}

// A plan from the official document: the 重点任务清单 table(s) of a Word .docx. The zip and XML go
// through the same bounded reader as workbooks (xlsx-read.ts); each table becomes a grid of cell
// values with its merged cells (gridSpan across, vMerge down), and the ledger engine's own header and
// row logic reads the tasks from it, so a table reads as a ledger with the same layout would.
import type { CellValue, MergeArea } from '../core/types';
import { collectTaskRows, classifyRow, findHeader } from '../core/sheet';
import { cellString } from '../core/cells';
import { parsePlan, type Plan } from '../core/plan';
import { FileError } from './xlsx';
import { LIMITS, openZip, parsePart } from './xlsx-read';

interface DocxCell {
  text: string;
  span: number;
  vMerge: 'restart' | 'continue' | null;
}

interface Grid {
  values: CellValue[][];
  merges: MergeArea[];
}

export interface DocxPlanReport {
  plan: Plan;
  /** Tables in the document, and those that held the task list. */
  tables: number;
  listTables: number;
  /** Task rows not imported for a missing task, units or time requirement, by table and row (1-based). */
  skipped: Array<{ table: number; row: number; text: string; missing: Array<'task' | 'units' | 'time'> }>;
}

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** The document's top-level paragraphs and tables, in order. */
async function readBody(buf: Buffer): Promise<{ paragraphs: string[]; tables: DocxCell[][][] }> {
  if (buf.subarray(0, 8).equals(OLE)) throw new FileError('word-old');
  if (buf.subarray(0, 5).toString('latin1') === '%PDF-') throw new FileError('word-pdf');
  if (!buf.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) throw new FileError('word-not-docx');
  const pkg = await openZip(buf, LIMITS);
  try {
    const doc = pkg.parts.get('word/document.xml');
    if (!doc) throw new FileError('word-not-docx');
    const paragraphs: string[] = [];
    const tables: DocxCell[][][] = [];
    let depth = 0; // table nesting
    let table: DocxCell[][] | null = null;
    let row: DocxCell[] | null = null;
    let cell: DocxCell | null = null;
    let para = '';
    let inText = false;
    await parsePart(pkg, doc, {
      open: (name, a) => {
        if (name === 'tbl') {
          depth++;
          if (depth === 1) tables.push((table = []));
        } else if (depth === 1 && name === 'tr') table!.push((row = []));
        else if (depth === 1 && name === 'tc') row?.push((cell = { text: '', span: 1, vMerge: null }));
        else if (depth === 1 && cell && name === 'gridSpan') cell.span = Math.max(1, Number(a['w:val'] ?? 1) || 1);
        else if (depth === 1 && cell && name === 'vMerge') cell.vMerge = a['w:val'] === 'restart' ? 'restart' : 'continue';
        else if (name === 't') inText = true;
        else if (name === 'tab') para += '\t';
        else if (name === 'br' || name === 'cr') para += '\n';
      },
      close: (name) => {
        if (name === 't') inText = false;
        else if (name === 'p') {
          if (depth > 0 && cell) cell.text += (cell.text ? '\n' : '') + para;
          else if (depth === 0 && para.trim()) paragraphs.push(para.trim());
          para = '';
        } else if (name === 'tc' && depth === 1) cell = null;
        else if (name === 'tr' && depth === 1) row = null;
        else if (name === 'tbl') {
          depth--;
          if (depth === 0) table = null;
        }
      },
      text: (t) => {
        if (inText) para += t;
      },
    });
    return { paragraphs, tables };
  } finally {
    pkg.zip.close();
  }
}

/** A Word table as cell values: each cell in its first grid column, spans and vertical merges as merged areas. */
function tableGrid(rows: DocxCell[][]): Grid {
  const values: CellValue[][] = [];
  const merges: MergeArea[] = [];
  const openDown = new Map<number, MergeArea>(); // by first column: the area a vMerge continues
  rows.forEach((cells, r) => {
    const line: CellValue[] = [];
    let c = 0;
    for (const cell of cells) {
      const text = cell.text.trim();
      if (cell.vMerge === 'continue' && openDown.has(c)) {
        openDown.get(c)!.bottom = r;
        line[c] = null;
      } else {
        line[c] = text || null;
        if (cell.vMerge === 'restart') {
          const area = { top: r, left: c, bottom: r, right: c + cell.span - 1 };
          merges.push(area);
          openDown.set(c, area);
        } else {
          openDown.delete(c);
          if (cell.span > 1) merges.push({ top: r, left: c, bottom: r, right: c + cell.span - 1 });
        }
      }
      for (let k = 1; k < cell.span; k++) line[c + k] = null;
      c += cell.span;
    }
    values.push(Array.from(line, (v) => v ?? null));
  });
  return { values, merges: merges.filter((m) => m.bottom > m.top || m.right > m.left) };
}

const DOC_NO = /[\u4e00-\u9fa5]{1,10}〔\d{4}〕\d{1,4}号/;
const TITLE = /(方案|计划|清单|通知|意见|要点|任务)/;
const SECTION_NUMBER = /^\s*([一二三四五六七八九十百]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|第[一二三四五六七八九十\d]+[部分章节项类篇])\s*/;

/** Reads the 重点任务清单 of a .docx as a plan. Throws FileError (a refused file) or PlanError (no tasks). */
export async function readDocxPlan(buf: Buffer): Promise<DocxPlanReport> {
  const { paragraphs, tables } = await readBody(buf);
  // The list: tables with a ledger header, and the tables right after one with as many columns
  // (a table Word split over pages, header repeated or not). Other tables are not the list.
  let grid: Grid | null = null;
  const rowTable: Array<{ table: number; row: number }> = [];
  let listTables = 0;
  let width = 0;
  tables.forEach((t, i) => {
    const g = tableGrid(t);
    const w = Math.max(0, ...g.values.map((l) => l.length));
    const header = findHeader(g.values);
    if (!(header || (grid && w === width))) return;
    if (!grid) {
      grid = { values: [], merges: [] };
      width = w;
    }
    const offset = grid.values.length;
    grid.values.push(...g.values);
    grid.merges.push(...g.merges.map((m) => ({ ...m, top: m.top + offset, bottom: m.bottom + offset })));
    g.values.forEach((_, r) => rowTable.push({ table: i + 1, row: r + 1 }));
    listTables++;
  });
  const found = grid as Grid | null;
  const header = found ? findHeader(found.values) : null;
  if (!found || !header) throw new FileError('word-no-list', { tables: String(tables.length) });
  // Sections (一、…工程) are the plan's projects; rows that are neither are reported.
  const projects: string[] = [];
  const skipped: DocxPlanReport['skipped'] = [];
  const sheet = { values: found.values, merges: found.merges };
  for (let r = header.row + 1; r < found.values.length; r++) {
    const kind = classifyRow(sheet, header, r);
    const text = found.values[r].map((v) => cellString(v)).find((t) => t.trim()) ?? '';
    if (kind === 'section') projects.push(text.replace(SECTION_NUMBER, '').trim());
  }
  const rows = collectTaskRows(sheet, header);
  const tasks = rows.map((row, i) => {
    const seqText = cellString(row.cells.seq ?? null).trim();
    const seq = /^\d+$/.test(seqText) && Number(seqText) > 0 ? Number(seqText) : i + 1;
    const units =
      cellString(row.cells.units ?? null).trim() ||
      [cellString(row.cells.lead ?? null), cellString(row.cells.support ?? null)].map((s) => s.trim()).filter(Boolean).join('，');
    return {
      seq,
      task: cellString(row.cells.task ?? null).replace(/\s*\n\s*/g, '').trim(),
      units: units.replace(/\s*\n\s*/g, '，'),
      time: cellString(row.cells.time ?? null).replace(/\s*\n\s*/g, '').trim(),
      project: row.section > 0 && projects[row.section - 1] ? row.section : undefined,
    };
  });
  // A row without its task, units or time requirement is reported with its table and row, not imported.
  const complete = tasks.filter((t, i) => {
    const missing = (['task', 'units', 'time'] as const).filter((k) => !t[k]);
    if (missing.length) skipped.push({ ...rowTable[rows[i].index], text: `${t.seq} ${t.task}`.trim(), missing });
    return missing.length === 0;
  });
  const before = paragraphs.slice(0, 12);
  const docNo = before.map((p) => DOC_NO.exec(p)?.[0]).find(Boolean);
  const title = before.find((p) => TITLE.test(p) && !DOC_NO.test(p) && p.length <= 80) ?? '';
  const plan = parsePlan({ title, docNo, projects, tasks: complete });
  return { plan, tables: tables.length, listTables, skipped };
}

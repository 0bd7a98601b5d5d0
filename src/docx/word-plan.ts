// A plan from the official document's 重点任务清单: the tables of a Word document's body, read from
// its XML events, and the plan they hold. Shared by the command line (the zip and XML through the
// bounded reader, src/cli/docx-plan.ts) and the task pane (src/taskpane/plan-document.ts), so a
// notice imports the same way in both. Each table becomes a grid of cell values with its merged cells
// (gridSpan across, vMerge down), and the ledger engine's own header and row logic reads the tasks
// from it (core/plan/from-table.ts), so a table reads as a ledger with the same layout would.
import type { CellValue, MergeArea } from '../core/types';
import { findHeader } from '../core/sheet';
import { parsePlan, type Plan } from '../core/plan';
import { planFromTable, planTasks } from '../core/plan/from-table';

export interface WordCell {
  text: string;
  span: number;
  vMerge: 'restart' | 'continue' | null;
}

/** The document's top-level paragraphs and tables, in order. */
export interface WordBody {
  paragraphs: string[];
  tables: WordCell[][][];
}

/** XML events by local name (w:tbl -> tbl), as both readers deliver them. */
export interface XmlHandlers {
  open(name: string, attrs: Record<string, string>): void;
  close(name: string): void;
  text(t: string): void;
}

interface Grid {
  values: CellValue[][];
  merges: MergeArea[];
}

export interface WordPlanReport {
  plan: Plan;
  /** Tables in the document, and those that held the task list. */
  tables: number;
  listTables: number;
  /** Task rows not imported for a missing task, units or time requirement, by table and row (1-based). */
  skipped: Array<{ table: number; row: number; text: string; missing: Array<'task' | 'units' | 'time'> }>;
}

/** What a file's first bytes say it is: a .docx (a zip), an old .doc/.wps (OLE), a PDF, or other. */
export function wordFileKind(bytes: Uint8Array): 'docx' | 'old' | 'pdf' | 'other' {
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'old';
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  return starts([0x50, 0x4b, 0x03, 0x04]) ? 'docx' : 'other';
}

/** A reader of word/document.xml's events: feed it the handlers, then take the body. */
export function wordBodyReader(): { handlers: XmlHandlers; body: WordBody } {
  const body: WordBody = { paragraphs: [], tables: [] };
  const { paragraphs, tables } = body;
  let depth = 0; // table nesting
  let table: WordCell[][] | null = null;
  let row: WordCell[] | null = null;
  let cell: WordCell | null = null;
  let para = '';
  let inText = false;
  const handlers: XmlHandlers = {
    open: (name, a) => {
      if (name === 'tbl') {
        depth++;
        if (depth === 1) tables.push((table = []));
      } else if (depth === 1 && name === 'tr') table!.push((row = []));
      else if (depth === 1 && name === 'tc') row?.push((cell = { text: '', span: 1, vMerge: null }));
      // Grid columns a row skips before its first cell (an indented row): an empty cell holds their place.
      else if (depth === 1 && row && !cell && name === 'gridBefore') row.push({ text: '', span: Math.max(1, Number(a['w:val'] ?? 1) || 1), vMerge: null });
      else if (depth === 1 && cell && name === 'gridSpan') cell.span = Math.max(1, Number(a['w:val'] ?? 1) || 1);
      else if (depth === 1 && cell && name === 'vMerge') cell.vMerge = a['w:val'] === 'restart' ? 'restart' : 'continue';
      else if (name === 't') inText = true;
      else if (name === 'tab') para += '\t';
      else if (name === 'noBreakHyphen') para += '-';
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
  };
  return { handlers, body };
}

/** A Word table as cell values: each cell in its first grid column, spans and vertical merges as merged areas. */
function tableGrid(rows: WordCell[][]): Grid {
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

/** The plan a document's 重点任务清单 holds; null when no table has a ledger header. Throws PlanError (no tasks). */
export function planFromWordBody({ paragraphs, tables }: WordBody): WordPlanReport | null {
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
  const table = found ? planFromTable(found) : null;
  if (!table) return null;
  // A row without its task, units or time requirement is reported with its table and row, not imported.
  const skipped: WordPlanReport['skipped'] = table.tasks
    .filter((t) => t.missing.length)
    .map((t) => ({ ...rowTable[t.index], text: `${t.seq} ${t.task}`.trim(), missing: t.missing }));
  const complete = planTasks(table.tasks.filter((t) => t.missing.length === 0));
  const projects = table.projects;
  const before = paragraphs.slice(0, 12);
  const docNo = before.map((p) => DOC_NO.exec(p)?.[0]).find(Boolean);
  const title = before.find((p) => TITLE.test(p) && !DOC_NO.test(p) && p.length <= 80) ?? '';
  const plan = parsePlan({ title, docNo, projects, tasks: complete });
  return { plan, tables: tables.length, listTables, skipped };
}

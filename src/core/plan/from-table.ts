// A plan read from a table in the ledger layout: a workbook sheet (--plan 计划.xlsx, the pane's 参照计划
// sheet) or the 重点任务清单 table of a Word notice. The ledger's own header and row logic reads it,
// so a plan table reads as a ledger with the same layout would; section rows (一、…工程) are projects.
import { cellString } from '../cells';
import { dateToIso } from '../dates';
import { classifyRow, collectTaskRows, findHeader, type SheetInput } from '../sheet';
import type { CellValue } from '../types';
import { parsePlan, type Plan, type PlanTask } from './parse-plan';

export interface TablePlanTask extends PlanTask {
  /** 0-based index of the row in the table's values. */
  index: number;
  /** The plan's required columns this row leaves empty. */
  missing: Array<'task' | 'units' | 'time'>;
}

export interface TablePlan {
  /** The first text above the header row (a sheet's title row), '' without one. */
  title: string;
  projects: string[];
  tasks: TablePlanTask[];
}

const SECTION_NUMBER = /^\s*([一二三四五六七八九十百]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|第[一二三四五六七八九十\d]+[部分章节项类篇])\s*/;

const text = (v: CellValue | undefined): string => (v instanceof Date ? dateToIso(v) : cellString(v ?? null).trim());
/** Line breaks inside a cell: a wrapped task or time joins up, units become a list. */
const oneLine = (s: string, joiner = ''): string => s.replace(/\s*\n\s*/g, joiner).trim();

/** The plan a table holds, or null when it has no ledger header. */
export function planFromTable(sheet: SheetInput): TablePlan | null {
  const header = findHeader(sheet.values);
  if (!header) return null;
  const projects: string[] = [];
  for (let r = header.row + 1; r < sheet.values.length; r++) {
    if (classifyRow(sheet, header, r) !== 'section') continue;
    const first = sheet.values[r].map((v) => text(v)).find(Boolean) ?? '';
    projects.push(first.replace(SECTION_NUMBER, '').trim());
  }
  // A plan has no completion dates: a notice whose only date column is 完成时间 means the deadline.
  const timeKey = header.columns.time || !header.columns.doneDate ? 'time' : 'doneDate';
  const tasks = collectTaskRows(sheet, header).map((row, i): TablePlanTask => {
    const seqText = text(row.cells.seq);
    const units = text(row.cells.units) || [text(row.cells.lead), text(row.cells.support)].filter(Boolean).join('，');
    const task: TablePlanTask = {
      index: row.index,
      seq: /^\d+$/.test(seqText) && Number(seqText) > 0 ? Number(seqText) : i + 1,
      task: oneLine(text(row.cells.task)),
      units: oneLine(units, '，'),
      time: oneLine(text(row.cells[timeKey])),
      missing: [],
    };
    if (row.section > 0 && projects[row.section - 1]) task.project = row.section;
    task.missing = (['task', 'units', 'time'] as const).filter((k) => !task[k]);
    return task;
  });
  let title = '';
  for (let r = 0; r < (header.firstRow ?? header.row) && !title; r++) title = (sheet.values[r] ?? []).map((v) => text(v)).find(Boolean) ?? '';
  return { title, projects, tasks };
}

/** The task fields of the plan format (parsePlan's input), without the table's bookkeeping. */
export function planTasks(tasks: readonly TablePlanTask[]): PlanTask[] {
  return tasks.map(({ index: _index, missing: _missing, ...t }) => t);
}

/** The plan a sheet in the ledger layout holds, named by its title row. Throws PlanError (say, a row without its time). */
export function planOfTable(table: TablePlan): Plan {
  return { ...parsePlan({ projects: table.projects, tasks: planTasks(table.tasks) }), title: table.title };
}

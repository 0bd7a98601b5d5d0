// Plan files: the reference a ledger is compared with (spec "Other plans"). The plan is data, never
// code, so a user's plan file goes through the same strict validation as the built-in one.

import { InputError, isPlainObject } from '../errors';
import { isValidIso } from '../dates';
import type { IsoDate } from '../types';

export interface PlanTask {
  seq: number;
  task: string;
  units: string;
  time: string;
  /** Which 工程 (1-based index into Plan.projects) the task belongs to, when the plan says. */
  project?: number;
}

export interface Plan {
  title: string;
  docNo?: string;
  /** Issue date; null for a bare task array (time-outside-plan then stays silent). */
  issued: IsoDate | null;
  /** Last year the plan runs; null when the plan file gives none. */
  lastYear: number | null;
  projects: string[];
  tasks: PlanTask[];
}

/**
 * A plan file that cannot be used. Typed data only (messageId + data), like ledger issues, so the
 * command line and the pane render it in the user's language; `message` is a zh-CN / English fallback.
 */
export class PlanError extends InputError {
  constructor(messageId: string, data: Record<string, string | number> = {}) {
    super(messageId, data, PLAN_ERROR_TEXT, { zh: '计划文件无效', en: 'Invalid plan file' });
    this.name = 'PlanError';
  }
}

/** Fallback texts for PlanError.message (zh-CN first). The i18n module may render messageId itself. */
export const PLAN_ERROR_TEXT: Record<string, { zh: string; en: string }> = {
  'plan-json-invalid': { zh: '计划文件不是有效的 JSON', en: 'Plan file is not valid JSON' },
  'plan-not-object': { zh: '计划文件应为对象或任务数组', en: 'Plan file must be an object or an array of tasks' },
  'plan-tasks-missing': { zh: '计划文件缺少任务清单（tasks）', en: 'Plan file has no task list (tasks)' },
  'plan-tasks-empty': { zh: '计划文件的任务清单为空', en: 'Plan file has an empty task list' },
  'plan-task-not-object': { zh: '任务应为对象', en: 'A task must be an object' },
  'plan-task-field-missing': { zh: '任务缺少必填项', en: 'A task lacks a required field' },
  'plan-task-field-invalid': { zh: '任务的字段应为非空文字', en: 'A task field must be non-empty text' },
  'plan-seq-invalid': { zh: '序号应为正整数', en: 'seq must be a positive whole number' },
  'plan-seq-duplicate': { zh: '序号重复', en: 'Duplicate seq' },
  'plan-project-invalid': { zh: '所属工程编号无效', en: 'Invalid project number' },
  'plan-title-invalid': { zh: '计划标题应为文字', en: 'title must be text' },
  'plan-docno-invalid': { zh: '文号应为文字', en: 'docNo must be text' },
  'plan-issued-invalid': { zh: '印发日期应为 YYYY-MM-DD', en: 'issued must be a date YYYY-MM-DD' },
  'plan-lastyear-invalid': { zh: '截止年份应为不早于印发年份的四位年份', en: 'lastYear must be a four-digit year not before the issue year' },
  'plan-projects-invalid': { zh: '工程清单应为文字数组', en: 'projects must be an array of text' },
};

const REQUIRED_TASK_FIELDS = ['seq', 'task', 'units', 'time'] as const;

function isNonEmptyText(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== '';
}


function parseTask(raw: unknown, index: number, projectCount: number): PlanTask {
  // index is 1-based in messages: "the 3rd task" is what a user counts.
  const at = index + 1;
  if (!isPlainObject(raw)) throw new PlanError('plan-task-not-object', { index: at });
  for (const field of REQUIRED_TASK_FIELDS) {
    if (!(field in raw) || raw[field] === null || raw[field] === undefined) {
      throw new PlanError('plan-task-field-missing', { index: at, field });
    }
  }
  const seq = raw.seq;
  if (typeof seq !== 'number' || !Number.isInteger(seq) || seq < 1) {
    throw new PlanError('plan-seq-invalid', { index: at, value: String(seq) });
  }
  for (const field of ['task', 'units', 'time'] as const) {
    if (!isNonEmptyText(raw[field])) throw new PlanError('plan-task-field-invalid', { index: at, seq, field });
  }
  const task: PlanTask = {
    seq,
    task: (raw.task as string).trim(),
    units: (raw.units as string).trim(),
    time: (raw.time as string).trim(),
  };
  if (raw.project !== undefined && raw.project !== null) {
    const p = raw.project;
    const inRange = projectCount === 0 || (typeof p === 'number' && p <= projectCount);
    if (typeof p !== 'number' || !Number.isInteger(p) || p < 1 || !inRange) {
      throw new PlanError('plan-project-invalid', { index: at, seq, value: String(p) });
    }
    task.project = p;
  }
  return task;
}

function parseTasks(raw: unknown, projectCount: number): PlanTask[] {
  if (!Array.isArray(raw)) throw new PlanError('plan-tasks-missing');
  if (raw.length === 0) throw new PlanError('plan-tasks-empty');
  const tasks = raw.map((t, i) => parseTask(t, i, projectCount));
  const seen = new Set<number>();
  tasks.forEach((t, i) => {
    if (seen.has(t.seq)) throw new PlanError('plan-seq-duplicate', { index: i + 1, seq: t.seq });
    seen.add(t.seq);
  });
  return tasks;
}

/**
 * Reads the spec's plan-file JSON: `{title, docNo?, issued, lastYear, projects, tasks}` or a bare task
 * array (no title, no dates). Accepts the parsed value or JSON text. Never returns a half-valid plan:
 * anything off throws PlanError with a messageId and data naming the task and field.
 */
export function parsePlan(json: unknown): Plan {
  let value = json;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value.replace(/^\ufeff/, ''));
    } catch (e) {
      throw new PlanError('plan-json-invalid', { reason: (e as Error).message });
    }
  }
  if (Array.isArray(value)) {
    return { title: '', issued: null, lastYear: null, projects: [], tasks: parseTasks(value, 0) };
  }
  if (!isPlainObject(value)) throw new PlanError('plan-not-object');

  const { title, docNo, issued, lastYear, projects } = value;
  if (title !== undefined && title !== null && typeof title !== 'string') throw new PlanError('plan-title-invalid');
  if (docNo !== undefined && docNo !== null && typeof docNo !== 'string') throw new PlanError('plan-docno-invalid');

  let issuedIso: IsoDate | null = null;
  if (issued !== undefined && issued !== null && issued !== '') {
    if (typeof issued !== 'string' || !isValidIso(issued.trim())) {
      throw new PlanError('plan-issued-invalid', { value: String(issued) });
    }
    issuedIso = issued.trim();
  }

  let last: number | null = null;
  if (lastYear !== undefined && lastYear !== null && lastYear !== '') {
    const issuedYear = issuedIso ? Number(issuedIso.slice(0, 4)) : 1900;
    if (typeof lastYear !== 'number' || !Number.isInteger(lastYear) || lastYear < issuedYear || lastYear > 9999) {
      throw new PlanError('plan-lastyear-invalid', { value: String(lastYear) });
    }
    last = lastYear;
  }

  let projectNames: string[] = [];
  if (projects !== undefined && projects !== null) {
    if (!Array.isArray(projects) || !projects.every(isNonEmptyText)) throw new PlanError('plan-projects-invalid');
    projectNames = projects.map((p) => p.trim());
  }

  const plan: Plan = {
    title: typeof title === 'string' ? title.trim() : '',
    issued: issuedIso,
    lastYear: last,
    projects: projectNames,
    tasks: parseTasks(value.tasks, projectNames.length),
  };
  if (typeof docNo === 'string' && docNo.trim() !== '') plan.docNo = docNo.trim();
  return plan;
}

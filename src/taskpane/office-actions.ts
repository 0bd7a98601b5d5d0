// The Office actions the pane's components receive as props: the adapter (src/office) driven by the
// engine (src/core). Tests pass the same actions built over the in-memory fake.

import type { CheckOptions, CheckResult } from '../core/engine';
import { PLAN_2018, type Plan } from '../core/plan';
import { planFromTable, planOfTable } from '../core/plan/from-table';
import { InputError } from '../core/errors';
import { UnitDirectory, type UnitsConfig } from '../core/units';
import { parseSchedule } from '../core/schedule';
import { statusAt } from '../core/status';
import { todayIso } from '../core/dates';
import { evaluateUnits, evaluationTotals, type EvaluationRow } from '../core/evaluation';
import { bulletin } from '../report/bulletin';
import type { Category, Lang } from '../core/types';
import type { Capabilities, ExcelRun } from '../office/capabilities';
import type { CheckOutcome, CheckProgress } from '../office/marks';
import { filterIssueRows, issueListRows } from '../report/issue-list';
import { buildNotices, type Notice } from '../report/notices';
import type { PaneSettings, PlanSetting } from '../office/settings-store';
import { excelHost, type LedgerHost } from './host';
import type { WordPlanReport } from '../docx/word-plan';
import { readPlanDocument } from './plan-document';
import type { StringKey } from './strings';

/** A reference plan that cannot be used; the pane renders `key` in the user's language. */
export class PanePlanError extends Error {
  constructor(
    readonly key: StringKey,
    readonly data: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = 'PanePlanError';
  }
}

/** The plan a check used, as its summary names it. */
export interface PlanInUse {
  source: PlanSetting['source'];
  /** The plan's title (a sheet's title row, the notice's title), else the sheet or file name; '' for none. */
  title: string;
  /** What the check's summary names: the 文号 when the plan has one, else the title. */
  label: string;
  tasks: number;
}

export interface CheckRun {
  outcome: CheckOutcome<CheckResult>;
  asOf: string;
  plan: PlanInUse;
}

export interface EvaluationRun {
  rows: EvaluationRow[];
  totals: ReturnType<typeof evaluationTotals>;
  sheetName: string | null;
  asOf: string;
  /** The 通报 paragraph in each language (the pane shows the user's). */
  bulletin: Record<Lang, string>;
  /** 督办单: each lead unit with red, yellow or blue tasks. */
  notices: Notice[];
  plan: PlanInUse;
}

/** A unit (lead or support of the task) and a category; null: all. */
export interface IssueFilter {
  unit: string | null;
  category: Category | null;
}

export interface PaneActions {
  check(opts: { settings: PaneSettings; sheetName?: string | null; onProgress?: (p: CheckProgress) => void }): Promise<CheckRun>;
  clearMarks(): Promise<number>;
  selectCell(sheet: string, cell: string): Promise<void>;
  insertPlan(settings: PaneSettings): Promise<string>;
  evaluate(opts: { settings: PaneSettings; sheetName?: string | null }): Promise<EvaluationRun>;
  writeEvaluation(run: EvaluationRun): Promise<string>;
  writeNotices(run: EvaluationRun): Promise<string>;
  /** 问题清单 of a check, the findings a filter keeps, written to a new sheet. */
  writeIssueList(run: CheckRun, filter: IssueFilter): Promise<string>;
  loadSettings(): Promise<PaneSettings>;
  saveSettings(s: PaneSettings): Promise<void>;
  /** Sheets of this workbook that can be the reference plan (they have a ledger header). */
  listPlanSheets(): Promise<string[]>;
  /** The plan of a Word notice's 重点任务清单 (read in the pane, offline). */
  importPlanDocument(bytes: ArrayBuffer): Promise<WordPlanReport>;
}

/**
 * The pane's alias lines as a units configuration: an alias of a unit the directory knows extends
 * that unit; an alias of a name it does not know (a city's or county's own unit) adds that unit,
 * so "市发改局=市发展改革委" works without a separate list of local units.
 */
export function unitsConfigFromAliases(aliases: Record<string, string>): UnitsConfig {
  const builtin = UnitDirectory.builtin();
  const known: Record<string, string> = {};
  const local = new Map<string, string[]>();
  for (const [alias, target] of Object.entries(aliases)) {
    if (builtin.resolve(target)) known[alias] = target;
    else local.set(target, [...(local.get(target) ?? []), alias]);
  }
  return { units: [...local].map(([name, names]) => ({ name, aliases: names })), aliases: known };
}

export function engineOptions(settings: PaneSettings, plan: Plan | null = PLAN_2018): CheckOptions {
  const asOf = settings.asOf ?? todayIso();
  const aliases = settings.aliases;
  const directory = Object.keys(aliases).length ? UnitDirectory.builtin().extend(unitsConfigFromAliases(aliases)) : UnitDirectory.builtin();
  return { asOf, warnDays: settings.warnDays, behindPoints: settings.behindPoints, disabled: settings.disabled, directory, currentNames: settings.currentNames, plan };
}

/** The reference plan a setting names: a sheet is read now (the team may have edited it). */
export async function resolvePlan(host: LedgerHost, setting: PlanSetting): Promise<{ plan: Plan | null; inUse: PlanInUse }> {
  const inUse = (plan: Plan | null, fallback: string): PlanInUse => ({
    source: setting?.source ?? 'builtin',
    title: plan?.title || fallback,
    label: plan?.docNo || plan?.title || fallback,
    tasks: plan?.tasks.length ?? 0,
  });
  switch (setting?.source) {
    case 'none':
      return { plan: null, inUse: inUse(null, '') };
    case 'document':
      return { plan: setting.plan, inUse: inUse(setting.plan, setting.file) };
    case 'sheet': {
      const table = await host.readSheetTable(setting.sheet);
      if (!table) throw new PanePlanError('planSheetMissing', { sheet: setting.sheet });
      const found = planFromTable({ ...table, name: setting.sheet });
      if (!found) throw new PanePlanError('planSheetNoHeader', { sheet: setting.sheet });
      let plan: Plan;
      try {
        plan = planOfTable(found);
      } catch (e) {
        throw new PanePlanError('planSheetInvalid', { sheet: setting.sheet, reason: e instanceof InputError ? e.text('zh-CN') : String(e) });
      }
      return { plan, inUse: inUse(plan, setting.sheet) };
    }
    default:
      return { plan: PLAN_2018, inUse: inUse(PLAN_2018, '') };
  }
}

/** The pane's actions in Excel (office.js, or the in-memory fake in tests). */
export function createOfficeActions(run: ExcelRun, caps: Capabilities): PaneActions {
  return createPaneActions(excelHost(run, caps));
}

/** The pane's actions over any host: Excel or WPS 表格. */
export function createPaneActions(host: LedgerHost): PaneActions {
  return {
    async check({ settings, sheetName, onProgress }) {
      const { plan, inUse } = await resolvePlan(host, settings.plan);
      const options = engineOptions(settings, plan);
      const outcome = await host.checkWorkbook({ options, sheetName, onProgress });
      return { outcome, asOf: options.asOf, plan: inUse };
    },
    clearMarks: () => host.clearMarks(),
    selectCell: (sheet, cell) => host.selectCell(sheet, cell),
    async insertPlan(settings) {
      const asOf = settings.asOf ?? todayIso();
      const { plan } = await resolvePlan(host, settings.plan);
      if (!plan) throw new PanePlanError('planNoneToInsert');
      return host.insertPlanSheet(plan, (task) =>
        statusAt(parseSchedule(task.time, { asOf }), {}, asOf, settings.warnDays).status,
      );
    },
    async evaluate({ settings, sheetName }) {
      const { plan, inUse } = await resolvePlan(host, settings.plan);
      const options = engineOptions(settings, plan);
      const outcome = await host.checkWorkbook({ options, sheetName, paint: false });
      const tasks = outcome.result?.tasks ?? [];
      const rows = evaluateUnits(tasks, options.directory, { currentNames: settings.currentNames, plan });
      return {
        rows,
        totals: evaluationTotals(tasks),
        sheetName: outcome.sheetName,
        asOf: options.asOf,
        bulletin: { 'zh-CN': bulletin(tasks, rows, options.asOf, 'zh-CN'), en: bulletin(tasks, rows, options.asOf, 'en') },
        notices: buildNotices(tasks, {
          asOf: options.asOf,
          plan,
          directory: options.directory,
          currentNames: settings.currentNames,
        }),
        plan: inUse,
      };
    },
    writeEvaluation: (e) =>
      host.writeEvaluationSheet(e.rows, { title: e.plan.source === 'none' ? '' : e.plan.title, asOf: e.asOf, sheet: e.sheetName ?? '' }),
    writeNotices: (e) => host.writeNoticesSheet(e.notices, { source: e.sheetName ?? '', asOf: e.asOf }),
    writeIssueList(c, filter) {
      const result = c.outcome.result;
      // The workbook's text is Chinese whatever the pane's language: colleagues share the sheet.
      const rows = filterIssueRows(issueListRows(result?.issues ?? [], result?.tasks ?? [], 'zh-CN'), filter);
      const parts = [filter.unit, filter.category === null ? null : filter.category === 'ledger' ? '填报问题' : '进度预警'].filter(Boolean);
      return host.writeIssueListSheet(rows, { sheet: c.outcome.sheetName ?? '', asOf: c.asOf, filter: parts.join('，') });
    },
    loadSettings: () => host.loadSettings(),
    saveSettings: (s) => host.saveSettings(s),
    listPlanSheets: () => host.listLedgerSheets(),
    importPlanDocument: (bytes) => readPlanDocument(bytes),
  };
}

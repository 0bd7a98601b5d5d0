// The Office actions the pane's components receive as props: the adapter (src/office) driven by the
// engine (src/core). Tests pass the same actions built over the in-memory fake.

import { checkLedger, type CheckOptions, type CheckResult } from '../core/engine';
import { pickLedgerSheet } from '../core/sheet/header';
import { PLAN_2018 } from '../core/plan';
import { UnitDirectory, type UnitsConfig } from '../core/units';
import { parseSchedule } from '../core/schedule';
import { statusAt } from '../core/status';
import { todayIso } from '../core/dates';
import { evaluateUnits, evaluationTotals, type EvaluationRow } from '../core/evaluation';
import { bulletin } from '../core/bulletin';
import type { Category, Lang } from '../core/types';
import type { Capabilities, ExcelRun } from '../office/capabilities';
import { checkWorkbook, clearMarks, selectCell, type CheckOutcome, type CheckProgress } from '../office/marks';
import { insertPlanSheet, writeEvaluationSheet, writeIssueListSheet, writeNoticesSheet } from '../office/sheets';
import { filterIssueRows, issueListRows } from '../core/issue-list';
import { buildNotices, type Notice } from '../core/notices';
import { loadSettings, saveSettings, type PaneSettings } from '../office/settings-store';

export interface CheckRun {
  outcome: CheckOutcome<CheckResult>;
  asOf: string;
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

export function engineOptions(settings: PaneSettings): CheckOptions {
  const asOf = settings.asOf ?? todayIso();
  const aliases = settings.aliases;
  const directory = Object.keys(aliases).length ? UnitDirectory.builtin().extend(unitsConfigFromAliases(aliases)) : UnitDirectory.builtin();
  return { asOf, warnDays: settings.warnDays, behindPoints: settings.behindPoints, disabled: settings.disabled, directory, currentNames: settings.currentNames };
}

const ENGINE = { checkLedger, pickLedgerSheet };

export function createOfficeActions(run: ExcelRun, caps: Capabilities): PaneActions {
  return {
    async check({ settings, sheetName, onProgress }) {
      const options = engineOptions(settings);
      const outcome = await checkWorkbook(run, ENGINE, { options, caps, sheetName, onProgress });
      return { outcome, asOf: options.asOf };
    },
    clearMarks: () => clearMarks(run, caps),
    selectCell: (sheet, cell) => selectCell(run, sheet, cell),
    insertPlan(settings) {
      const asOf = settings.asOf ?? todayIso();
      return insertPlanSheet(run, caps, PLAN_2018, (task) =>
        statusAt(parseSchedule(task.time, { asOf }), {}, asOf, settings.warnDays).status,
      );
    },
    async evaluate({ settings, sheetName }) {
      const options = engineOptions(settings);
      const outcome = await checkWorkbook(run, ENGINE, { options, caps, sheetName, paint: false });
      const tasks = outcome.result?.tasks ?? [];
      const rows = evaluateUnits(tasks, options.directory, { currentNames: settings.currentNames, plan: options.plan ?? PLAN_2018 });
      return {
        rows,
        totals: evaluationTotals(tasks),
        sheetName: outcome.sheetName,
        asOf: options.asOf,
        bulletin: { 'zh-CN': bulletin(tasks, rows, options.asOf, 'zh-CN'), en: bulletin(tasks, rows, options.asOf, 'en') },
        notices: buildNotices(tasks, {
          asOf: options.asOf,
          plan: options.plan ?? PLAN_2018,
          directory: options.directory,
          currentNames: settings.currentNames,
        }),
      };
    },
    writeEvaluation: (e) =>
      writeEvaluationSheet(run, e.rows, { title: PLAN_2018.title, asOf: e.asOf, sheet: e.sheetName ?? '' }),
    writeNotices: (e) => writeNoticesSheet(run, caps, e.notices, { source: e.sheetName ?? '', asOf: e.asOf }),
    writeIssueList(c, filter) {
      const result = c.outcome.result;
      // The workbook's text is Chinese whatever the pane's language: colleagues share the sheet.
      const rows = filterIssueRows(issueListRows(result?.issues ?? [], result?.tasks ?? [], 'zh-CN'), filter);
      const parts = [filter.unit, filter.category === null ? null : filter.category === 'ledger' ? '填报问题' : '进度预警'].filter(Boolean);
      return writeIssueListSheet(run, caps, rows, { sheet: c.outcome.sheetName ?? '', asOf: c.asOf, filter: parts.join('，') });
    },
    loadSettings: () => loadSettings(run, caps),
    saveSettings: (s) => saveSettings(run, caps, s),
  };
}

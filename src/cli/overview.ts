// The province's view of a bulk check: one row per file (ranked by overdue tasks, then ledger
// errors), the units across all files, and the files that could not be read. Printed as a table
// after the reports, given in JSON as `summary`, and written as a workbook with --summary.
import type * as ExcelJS from 'exceljs';
import { excelJS } from './lazy';
import type { CheckResult } from '../core/engine';
import { evaluateUnits, onTimeRate, type EvaluationRow } from '../core/evaluation';
import type { Lang, StatusKey } from '../core/types';
import { compareUnitNames, UnitDirectory } from '../core/units';
import type { Plan } from '../core/plan';
import { msg } from './messages';
import { painter, table, truncate } from './text';
import { addBarChart } from './xlsx-chart';

export interface FileRow {
  file: string;
  sheet: string | null;
  tasks: number;
  status: Record<StatusKey, number>;
  ledgerErrors: number;
  ledgerWarnings: number;
  progressFindings: number;
  /** 按时完成 ÷ (按时完成 + 逾期完成 + 逾期); null when no task has come due. */
  onTimeRate: number | null;
}

export interface Overview {
  files: FileRow[];
  units: EvaluationRow[];
  unreadable: Array<{ file: string; reason: string }>;
}

const STATUS_KEYS: StatusKey[] = ['overdue', 'behind', 'dueSoon', 'inProgress', 'notStarted', 'done', 'doneLate', 'open', 'unknown'];

/** Collects the files of a run, one at a time (a run of hundreds keeps only these small rows). */
export class OverviewBuilder {
  private readonly files: FileRow[] = [];
  private readonly unreadable: Array<{ file: string; reason: string }> = [];
  private readonly units = new Map<string, EvaluationRow>();

  constructor(private readonly opts: { directory: UnitDirectory; plan: Plan | null; currentNames: boolean }) {}

  /** One file's result; `units`: its 考评 rows when the caller has them already (the text report's). */
  add(file: string, result: CheckResult | undefined, error?: string, units?: readonly EvaluationRow[]): void {
    if (!result) {
      this.unreadable.push({ file, reason: error ?? '' });
      return;
    }
    const status = Object.fromEntries(STATUS_KEYS.map((k) => [k, 0])) as Record<StatusKey, number>;
    for (const t of result.tasks) status[t.statusKey]++;
    const count = (cat: 'ledger' | 'progress', sev?: string) => result.issues.filter((i) => i.category === cat && (!sev || i.severity === sev)).length;
    this.files.push({
      file,
      sheet: result.sheet,
      tasks: result.tasks.length,
      status,
      ledgerErrors: count('ledger', 'error'),
      ledgerWarnings: count('ledger', 'warning'),
      progressFindings: count('progress'),
      onTimeRate: onTimeRate(status.done, status.doneLate, status.overdue),
    });
    const rows = units ?? evaluateUnits(result.tasks, this.opts.directory, { currentNames: this.opts.currentNames, plan: this.opts.plan });
    for (const row of rows) {
      const u = this.units.get(row.unit);
      if (!u) this.units.set(row.unit, { ...row });
      else {
        u.led += row.led;
        u.supported += row.supported;
        u.total += row.total;
        u.doneOnTime += row.doneOnTime;
        u.doneLate += row.doneLate;
        u.overdue += row.overdue;
      }
    }
  }

  build(): Overview {
    const files = [...this.files].sort(
      (a, b) => b.status.overdue - a.status.overdue || b.ledgerErrors - a.ledgerErrors || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
    );
    const units = [...this.units.values()];
    for (const u of units) u.onTimeRate = onTimeRate(u.doneOnTime, u.doneLate, u.overdue);
    units.sort((a, b) => b.overdue - a.overdue || b.total - a.total || compareUnitNames(a.unit, b.unit));
    return { files, units, unreadable: this.unreadable };
  }
}

const rate = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)}%`);

/** The per-file table printed after the reports (or alone with --summary-only). */
export function renderOverviewText(o: Overview, opts: { lang: Lang; colour: boolean }): string {
  const paint = painter(opts.colour);
  const { lang } = opts;
  const head = ['file', 'tasks', 'overdue', 'behind', 'due-soon', 'ledger-errors', 'ledger-warnings', 'on-time-rate'].map((k) => msg(`overview.${k}`, lang));
  const rows = o.files.map((f) => [
    truncate(f.file, 40),
    String(f.tasks),
    f.status.overdue ? paint('red', String(f.status.overdue)) : '0',
    String(f.status.behind),
    String(f.status.dueSoon),
    f.ledgerErrors ? paint('red', String(f.ledgerErrors)) : '0',
    String(f.ledgerWarnings),
    rate(f.onTimeRate),
  ]);
  const lines = [paint('bold', msg('overview.title', lang, { files: o.files.length + o.unreadable.length }))];
  lines.push(...table([head, ...rows], [false, true, true, true, true, true, true, true]).map((l) => '  ' + l));
  for (const u of o.unreadable) lines.push(`  ${truncate(u.file, 40)}  ${paint('red', msg('overview.unreadable', lang))}`);
  return lines.join('\n') + '\n';
}

/** The JSON `summary` object. */
export function overviewJson(o: Overview) {
  return {
    files: o.files,
    units: o.units,
    unreadable: o.unreadable,
  };
}

/** Files in the chart of the summary workbook. */
export const CHART_FILES = 10;

const HEADER_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFD9E1F2' } };

/**
 * The summary workbook: 文件汇总 (one row per file, ranked), 单位汇总 (units across files), 无法读取
 * (files and reasons). Always in Chinese: it is passed around offices. Returns the bytes.
 */
export async function overviewWorkbook(o: Overview, meta: { asOf: string }): Promise<Buffer> {
  const wb = new (excelJS().Workbook)();
  const sheet = (name: string, title: string, header: string[], widths: number[]) => {
    const ws = wb.addWorksheet(name, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' } });
    ws.getCell('A1').value = title;
    ws.getCell('A1').font = { bold: true, size: 13 };
    ws.mergeCells(1, 1, 1, header.length);
    const h = ws.getRow(2);
    header.forEach((t, i) => {
      h.getCell(i + 1).value = t;
      h.getCell(i + 1).style = { font: { bold: true }, fill: HEADER_FILL, alignment: { wrapText: true, vertical: 'middle' } };
    });
    widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 2 }];
    return ws;
  };
  const files = sheet(
    '文件汇总',
    `各台账检查汇总（检查日期 ${meta.asOf}，共 ${o.files.length + o.unreadable.length} 个文件，按逾期任务、填报错误排序）`,
    ['文件', '工作表', '任务', '逾期', '滞后', '临期', '进行中', '未开始', '已完成', '逾期完成', '长期', '无法识别', '填报错误', '填报警告', '进度预警', '按时完成率'],
    [40, 14, 7, 7, 7, 7, 8, 8, 8, 9, 7, 9, 9, 9, 9, 11],
  );
  for (const f of o.files) {
    const s = f.status;
    files.addRow([f.file, f.sheet ?? '', f.tasks, s.overdue, s.behind, s.dueSoon, s.inProgress, s.notStarted, s.done, s.doneLate, s.open, s.unknown, f.ledgerErrors, f.ledgerWarnings, f.progressFindings, f.onTimeRate]);
  }
  files.getColumn(16).numFmt = '0.0%';
  if (o.files.length) {
    files.autoFilter = { from: { row: 2, column: 1 }, to: { row: o.files.length + 2, column: 16 } };
    // Overdue counts as data bars: the files that need 督办 stand out at a glance.
    files.addConditionalFormatting({
      ref: `D3:D${o.files.length + 2}`,
      rules: [{ type: 'dataBar', priority: 1, cfvo: [{ type: 'min' }, { type: 'max' }], color: { argb: 'FFF8696B' } } as unknown as ExcelJS.ConditionalFormattingRule],
    });
  }
  const units = sheet('单位汇总', `各单位任务汇总（${o.files.length} 个台账合计，按逾期、任务数排序）`, ['单位', '牵头', '配合', '合计', '按时完成', '逾期完成', '逾期', '按时完成率'], [28, 8, 8, 8, 10, 10, 8, 11]);
  for (const u of o.units) units.addRow([u.unit, u.led, u.supported, u.total, u.doneOnTime, u.doneLate, u.overdue, u.onTimeRate]);
  units.getColumn(8).numFmt = '0.0%';
  const bad = sheet('无法读取', `无法读取的文件（${o.unreadable.length} 个）`, ['文件', '原因'], [40, 80]);
  for (const u of o.unreadable) bad.addRow([u.file, u.reason]);
  const written = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  // A native chart of the files with most overdue tasks, beside the table.
  const top = Math.min(CHART_FILES, o.files.filter((f) => f.status.overdue > 0).length);
  if (top === 0) return written;
  return addBarChart(written, {
    sheetIndex: 1,
    sheetName: '文件汇总',
    title: `逾期任务最多的${top}个文件`,
    seriesName: '逾期',
    categories: `A3:A${top + 2}`,
    values: `D3:D${top + 2}`,
    from: { col: 17, row: 1 },
    to: { col: 27, row: Math.max(16, top + 6) },
    colour: 'F8696B',
  });
}

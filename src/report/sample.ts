// The plan as a ledger sheet (the layout the template writes), and the built-in sample ledger: the
// 2018 plan's 49 tasks with a believable state on 2019-12-06, the year-end review (年末有考评) in the
// plan's second year. Pure data, no Office or Node: the command line writes it with ExcelJS and the
// pane could insert it with Excel.run.
import type { CellValue, IsoDate, MergeArea } from '../core/types';
import type { Plan } from '../core/plan';
import { PLAN_2018 } from '../core/plan';

/** Columns of a ledger the template writes, in order. The first four are the plan's. */
export const LEDGER_HEADERS = ['序号', '重点任务', '责任(牵头)单位', '时间要求', '完成情况', '完成时间', '进展情况', '备注'] as const;
/** Column widths in Excel character units, for the template. */
export const LEDGER_WIDTHS = [6, 44, 30, 22, 10, 12, 36, 14] as const;

/** Where a ledger's progress stands: what an official fills in beside the plan's four columns. */
export interface LedgerRowState {
  /** 完成情况 as typed (已完成, 推进中, 未完成 …). */
  done?: string;
  /** 完成时间: actual completion date. */
  doneDate?: IsoDate | null;
  progress?: string;
  remarks?: string;
  /** Edits of the plan's cells, as an official might have typed them (mistakes included). */
  seq?: number | string;
  task?: string;
  units?: string;
  time?: string;
}

export interface LedgerLayout {
  title: string;
  /** Row 0: title (merged across), row 1: header, then a section row per 工程 and the task rows. */
  values: CellValue[][];
  merges: MergeArea[];
  /** 0-based row index of the header. */
  headerRow: number;
  /** 0-based row indexes of task rows, in plan order. */
  taskRows: number[];
  /** 0-based row indexes of section rows (一、大力实施…工程). */
  sectionRows: number[];
}

const CN_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];

function isoToUtcDate(iso: IsoDate): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/**
 * The plan laid out as a ledger: title row, header row, then the tasks grouped under their 工程
 * (section rows, merged across, as ledgers print them). `state` fills the progress columns;
 * completion dates become Date cells (UTC midnight, as ExcelJS and dates.ts expect).
 */
export function planLedgerLayout(plan: Plan = PLAN_2018, state: Record<number, LedgerRowState> = {}): LedgerLayout {
  const width = LEDGER_HEADERS.length;
  const title = `${plan.title}${plan.title.endsWith('台账') ? '' : '重点任务执行台账'}`;
  const values: CellValue[][] = [];
  const merges: MergeArea[] = [];
  const blankRow = (): CellValue[] => new Array<CellValue>(width).fill(null);
  const titleRow = blankRow();
  titleRow[0] = title;
  values.push(titleRow);
  merges.push({ top: 0, left: 0, bottom: 0, right: width - 1 });
  values.push([...LEDGER_HEADERS]);
  const taskRows: number[] = [];
  const sectionRows: number[] = [];
  let project: number | undefined;
  for (const t of plan.tasks) {
    if (t.project !== undefined && t.project !== project && plan.projects[t.project - 1]) {
      project = t.project;
      const section = blankRow();
      section[0] = `${CN_ORDINALS[t.project - 1] ?? t.project}、${plan.projects[t.project - 1]}`;
      sectionRows.push(values.length);
      merges.push({ top: values.length, left: 0, bottom: values.length, right: width - 1 });
      values.push(section);
    }
    const s = state[t.seq] ?? {};
    taskRows.push(values.length);
    values.push([
      s.seq ?? t.seq,
      s.task ?? t.task,
      s.units ?? t.units,
      s.time ?? t.time,
      s.done ?? null,
      s.doneDate ? isoToUtcDate(s.doneDate) : null,
      s.progress ?? null,
      s.remarks ?? null,
    ]);
  }
  return { title, values, merges, headerRow: 1, taskRows, sectionRows };
}

/** The sample's as-of date: early December of the plan's second year, before the year-end review. */
export const SAMPLE_AS_OF: IsoDate = '2019-12-06';
export const SAMPLE_SHEET_NAME = '执行台账';
export const SAMPLE_FILE_NAME = '示例台账（内置）.xlsx';

const DONE = '已完成';
const ONGOING = '推进中';
const NOT_DONE = '未完成';

/**
 * Progress by plan 序号 on SAMPLE_AS_OF. Realistic mistakes are deliberate and listed in
 * docs/cli.md: 3 done without a date, 23 an impossible date (6月31日), 39 typed with 38's 序号,
 * 41 the alias 省发改委. Units renamed by the 2018 reform appear under their new names (省司法厅,
 * 省委编办, 省市场监管局), as a 2019 ledger would write them.
 */
export const SAMPLE_STATE: Readonly<Record<number, LedgerRowState>> = {
  1: { done: ONGOING, progress: '主题教育分批次开展，第二批已于11月启动' },
  2: { done: DONE, doneDate: '2019-11-28', progress: '全年省政府文件、会议数量较上年压减' },
  3: { done: DONE, progress: '会议经费按预算执行' },
  4: { done: ONGOING, progress: '年度廉政风险排查进行中，12月底前汇总' },
  5: { done: DONE, doneDate: '2019-10-31', progress: '完成年度重点课题12项' },
  6: { done: ONGOING, progress: '首批高端智库试点运行' },
  7: { done: DONE, doneDate: '2019-03-29', progress: '年度重大行政决策事项目录已公布' },
  8: { done: DONE, doneDate: '2018-11-20', progress: '实施办法已印发' },
  9: { done: DONE, doneDate: '2019-04-30', progress: '年度第三方评估计划已印发' },
  10: { done: DONE, doneDate: '2018-03-26', progress: '考核评价体系已出台' },
  11: { done: ONGOING, progress: '重点工作清单按季度更新' },
  12: { done: ONGOING, progress: '年度考评方案起草中' },
  13: { done: ONGOING, progress: '实施细则已出台，案例库建设中' },
  14: { done: DONE, doneDate: '2019-01-29', units: '省委编办,各市、县(市、区)政府', progress: '机构改革方案已实施' },
  15: { done: ONGOING },
  16: { done: ONGOING, units: '省市场监管局,各市、县(市、区)政府', progress: '试点单位中期评估完成' },
  17: { done: DONE, doneDate: '2019-09-30', progress: '年度政务标准清单已发布' },
  18: { done: DONE, doneDate: '2018-12-20', progress: '政务钉钉全省覆盖' },
  19: { done: DONE, doneDate: '2019-02-28', units: '省司法厅', progress: '年度立法计划已印发' },
  20: { done: ONGOING, units: '省司法厅', progress: '规章和规范性文件清理进行中' },
  21: { done: DONE, doneDate: '2019-06-25', units: '省司法厅,省级主要执法部门', progress: '行为规范已印发' },
  22: { done: ONGOING, units: '省司法厅', progress: '基准制度征求意见中' },
  23: { done: ONGOING, units: '省司法厅', time: '2019年6月31日前完成', progress: '试点总结材料报送中' },
  24: { done: DONE, doneDate: '2019-08-15', units: '省司法厅', progress: '试点已验收' },
  25: { done: DONE, doneDate: '2019-11-15', progress: '法律顾问覆盖率达100%' },
  26: { done: ONGOING, progress: '“浙里办”事项接入进行中' },
  27: { done: DONE, doneDate: '2019-11-30', progress: '试点示范项目已验收' },
  28: { done: ONGOING, progress: '标准体系框架已形成' },
  29: { done: DONE, doneDate: '2019-06-28', units: '省发展改革委、省委编办、省市场监管局', progress: '试点任务已完成' },
  30: { done: DONE, doneDate: '2019-10-20', progress: '年度平台建设任务完成' },
  31: { done: DONE, doneDate: '2018-08-24', progress: '方案已报国务院办公厅' },
  32: { done: DONE, doneDate: '2019-01-18', units: '省大数据发展管理局', progress: '规划已印发' },
  33: { done: ONGOING, units: '省大数据发展管理局,各市、县(市、区)政府', progress: '示范工程分批推进' },
  34: { done: DONE, doneDate: '2018-12-28', progress: '试点名单已公布' },
  35: { done: ONGOING, progress: '平台开发中，决策辅助系统尚未上线' },
  36: { done: ONGOING, units: '省大数据发展管理局', progress: '管理规范送审稿已形成' },
  37: { done: ONGOING, units: '省委编办、省大数据发展管理局' },
  38: { done: DONE, doneDate: '2018-12-25', units: '省委编办,各市、县(市、区)政府', progress: '两张清单一张目录已公布' },
  39: { seq: 38, done: DONE, doneDate: '2018-12-29', units: '省委编办,各市、县(市、区)政府', progress: '试点方案已批复' },
  40: { done: DONE, doneDate: '2018-07-20', progress: '试点任务已完成' },
  41: { done: DONE, doneDate: '2019-11-08', units: '省发改委,各市、县(市、区)政府', progress: '政务诚信档案已建立' },
  42: { done: DONE, doneDate: '2019-09-12', progress: '失信记录按月归集' },
  43: { done: ONGOING, progress: '平台整合进行中' },
  44: { done: DONE, doneDate: '2019-10-25', progress: '第三方评价已开展' },
  45: { done: NOT_DONE, progress: '部分单位尚未建立学习制度' },
  46: { done: DONE, doneDate: '2019-11-22', units: '省人力社保厅', progress: '年度培训计划已完成' },
  47: { done: ONGOING, units: '省人力社保厅' },
  48: { done: DONE, doneDate: '2018-12-15', units: '省人力社保厅,各市、县(市、区)政府', progress: '考录工作已完成' },
  49: { done: ONGOING, units: '省人力社保厅,各市、县(市、区)政府' },
};

/** The built-in sample ledger sheet. */
export function sampleLedgerLayout(): LedgerLayout {
  return planLedgerLayout(PLAN_2018, SAMPLE_STATE as Record<number, LedgerRowState>);
}

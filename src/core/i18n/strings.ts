// UI strings shared by the command line and the task pane, zh-CN first. Keys are stable; the
// pane and the CLI look them up with t(key, lang, data).

import type { Lang } from '../types';

export const UI_STRINGS: Record<string, Record<Lang, string>> = {
  // Status names (the Chinese ones are the spec's labels, which users COUNTIF on).
  'status.unknown': { 'zh-CN': '无法识别', en: 'Unreadable' },
  'status.done': { 'zh-CN': '已完成', en: 'Done' },
  'status.doneLate': { 'zh-CN': '逾期完成', en: 'Done late' },
  'status.open': { 'zh-CN': '长期', en: 'Ongoing' },
  'status.notStarted': { 'zh-CN': '未开始', en: 'Not started' },
  'status.overdue': { 'zh-CN': '逾期', en: 'Overdue' },
  'status.dueSoon': { 'zh-CN': '临期', en: 'Due soon' },
  'status.behind': { 'zh-CN': '滞后', en: 'Behind schedule' },
  'status.inProgress': { 'zh-CN': '进行中', en: 'In progress' },

  'severity.error': { 'zh-CN': '错误', en: 'Error' },
  'severity.warning': { 'zh-CN': '警告', en: 'Warning' },
  'severity.info': { 'zh-CN': '提示', en: 'Info' },

  'column.seq': { 'zh-CN': '序号', en: 'No.' },
  'column.task': { 'zh-CN': '重点任务', en: 'Key task' },
  'column.units': { 'zh-CN': '责任(牵头)单位', en: 'Responsible (lead) units' },
  'column.lead': { 'zh-CN': '牵头单位', en: 'Lead unit' },
  'column.support': { 'zh-CN': '配合单位', en: 'Supporting units' },
  'column.time': { 'zh-CN': '时间要求', en: 'Time requirement' },
  'column.done': { 'zh-CN': '完成情况', en: 'Completion' },
  'column.doneDate': { 'zh-CN': '完成时间', en: 'Completion date' },
  'column.progress': { 'zh-CN': '进展情况', en: 'Progress' },
  'column.remarks': { 'zh-CN': '备注', en: 'Remarks' },
  'column.status': { 'zh-CN': '状态', en: 'Status' },

  'issue.location': { 'zh-CN': '{cell}（{column}）', en: '{cell} ({column})' },
  'issue.row': { 'zh-CN': '第 {row} 行', en: 'row {row}' },
  'issue.sheetLevel': { 'zh-CN': '整表', en: 'whole sheet' },
  'issues.sheetName': { 'zh-CN': '问题清单', en: 'Issues' },
  'issues.none': { 'zh-CN': '未发现问题', en: 'No problems found' },
  'issues.summary': {
    'zh-CN': '共 {errors} 个错误、{warnings} 个警告、{infos} 个提示',
    en: '{errors} errors, {warnings} warnings, {infos} notes',
  },
  'tasks.summary': { 'zh-CN': '共 {count} 项任务', en: '{count} tasks' },
  'check.headerRow': { 'zh-CN': '表头在第 {row} 行', en: 'Header on row {row}' },
  'check.asOf': { 'zh-CN': '检查日期：{date}', en: 'As of {date}' },
  'check.sheet': { 'zh-CN': '工作表：{name}', en: 'Sheet: {name}' },

  'workload.unit': { 'zh-CN': '单位', en: 'Unit' },
  'workload.lead': { 'zh-CN': '牵头', en: 'Lead' },
  'workload.support': { 'zh-CN': '配合', en: 'Support' },
  'workload.total': { 'zh-CN': '合计', en: 'Total' },
};

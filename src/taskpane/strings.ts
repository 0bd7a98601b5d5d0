// Every string the pane shows, zh-CN first, English second. Issue messages, status and severity names
// and rule descriptions come from the engine's i18n (src/core/i18n) so the pane and the command line agree.

import type { Lang } from '../core/types';

export const PANE_STRINGS = {
  appTitle: { 'zh-CN': '重点任务台账助手', en: 'Task Ledger' },
  appSubtitle: { 'zh-CN': '清单 · 台账 · 督查 · 考评', en: 'List · ledger · inspection · evaluation' },
  tabCheck: { 'zh-CN': '校验', en: 'Check' },
  tabEvaluation: { 'zh-CN': '考评汇总', en: 'Evaluation' },
  tabSettings: { 'zh-CN': '设置', en: 'Settings' },
  check: { 'zh-CN': '校验', en: 'Check' },
  checkHint: { 'zh-CN': '检查台账工作表，标出有问题的单元格', en: 'Check the ledger sheet and mark problem cells' },
  clearMarks: { 'zh-CN': '清除标记', en: 'Remove marks' },
  insertPlan: { 'zh-CN': '插入任务清单', en: 'Insert the plan' },
  insertPlanHint: { 'zh-CN': '新建工作表，写入参照计划的重点任务', en: 'New sheet with the reference plan\'s key tasks' },
  sheetLabel: { 'zh-CN': '台账工作表', en: 'Ledger sheet' },
  sheetAuto: { 'zh-CN': '自动（当前或第一张台账）', en: 'Automatic (active or first ledger)' },
  working: { 'zh-CN': '正在处理…', en: 'Working…' },
  phaseRead: { 'zh-CN': '正在读取工作表…', en: 'Reading the sheet…' },
  phaseReadRows: { 'zh-CN': '正在读取：{done} / {total} 行', en: 'Reading: {done} / {total} rows' },
  phaseCheck: { 'zh-CN': '正在校验…', en: 'Checking…' },
  phasePaint: { 'zh-CN': '正在标记问题单元格…', en: 'Marking problem cells…' },
  checkedTitle: { 'zh-CN': '已校验“{sheet}”', en: 'Checked "{sheet}"' },
  checkedDetail: { 'zh-CN': '{tasks} 项任务 · 基准日期 {asOf}', en: '{tasks} tasks · as of {asOf}' },
  checkedSheet: { 'zh-CN': '已校验“{sheet}”：{tasks} 项任务，基准日期 {asOf}', en: 'Checked "{sheet}": {tasks} tasks, as of {asOf}' },
  noLedger: {
    'zh-CN': '没有找到台账工作表：需要一行表头，包含“序号、重点任务、责任单位、时间要求”中至少两项。',
    en: 'No ledger sheet found: a header row needs at least two of 序号, 重点任务, 责任单位, 时间要求.',
  },
  noProblems: { 'zh-CN': '未发现问题。', en: 'No problems found.' },
  statusHeading: { 'zh-CN': '任务状态', en: 'Task status' },
  ledgerHeading: { 'zh-CN': '填报问题（按规则）', en: 'Ledger mistakes, by rule' },
  progressHeading: { 'zh-CN': '进度预警（按规则）', en: 'Progress alerts, by rule' },
  severityHeading: { 'zh-CN': '问题数', en: 'Problems' },
  markedCells: { 'zh-CN': '已在工作表上标记 {count} 个单元格。', en: '{count} cells marked on the sheet.' },
  marksCleared: { 'zh-CN': '已清除标记，单元格格式已恢复原样。', en: 'Marks removed; cell formats are as they were.' },
  noMarks: { 'zh-CN': '没有需要清除的标记。', en: 'There were no marks to remove.' },
  goToCell: { 'zh-CN': '转到 {cell}：{message}', en: 'Go to {cell}: {message}' },
  noCell: { 'zh-CN': '（整表）', en: '(sheet)' },
  showAll: { 'zh-CN': '显示全部 {count} 条', en: 'Show all {count}' },
  planInserted: { 'zh-CN': '已插入工作表“{sheet}”。', en: 'Sheet "{sheet}" inserted.' },
  evaluationIntro: {
    'zh-CN': '按单位统计牵头、配合任务数和完成情况（标准单位名称）。按时完成率 = 按时完成 ÷（按时完成 + 逾期完成 + 逾期）。',
    en: 'Per unit (canonical names): tasks led and supported, and how they stand. On-time rate = on time ÷ (on time + late + overdue).',
  },
  evaluate: { 'zh-CN': '统计', en: 'Compute' },
  writeEvaluation: { 'zh-CN': '写入新工作表（含图表）', en: 'Write to a new sheet (with chart)' },
  filterHeading: { 'zh-CN': '筛选与问题清单', en: 'Filter and issue list' },
  filterUnit: { 'zh-CN': '单位', en: 'Unit' },
  filterAllUnits: { 'zh-CN': '全部单位', en: 'All units' },
  filterCategory: { 'zh-CN': '类别', en: 'Category' },
  filterAllCategories: { 'zh-CN': '全部', en: 'All' },
  categoryLedger: { 'zh-CN': '填报问题', en: 'Ledger mistakes' },
  categoryProgress: { 'zh-CN': '进度预警', en: 'Progress alerts' },
  writeIssueList: { 'zh-CN': '写入问题清单（新工作表）', en: 'Write the issue list (new sheet)' },
  issueListWritten: { 'zh-CN': '已写入工作表“{sheet}”。', en: 'Written to sheet "{sheet}".' },
  writeNotices: { 'zh-CN': '写出督办单', en: 'Write 督办单' },
  writeNoticesCount: { 'zh-CN': '写出督办单（{count} 个单位）', en: 'Write 督办单 ({count} units)' },
  noticesWritten: {
    'zh-CN': '已写入工作表“{sheet}”：{count} 个单位的督办通知单，每单一页，可直接打印。',
    en: 'Written to sheet "{sheet}": the 督办通知单 of {count} units, one per printed page.',
  },
  evaluationWritten: { 'zh-CN': '已写入工作表“{sheet}”。', en: 'Written to sheet "{sheet}".' },
  writeEvaluationPlain: { 'zh-CN': '写入新工作表', en: 'Write to a new sheet' },
  noticesWrittenPlain: {
    'zh-CN': '已写入工作表“{sheet}”：{count} 个单位的督办通知单，各单之间空两行。',
    en: 'Written to sheet "{sheet}": the 督办通知单 of {count} units, two blank rows apart.',
  },
  colUnit: { 'zh-CN': '单位', en: 'Unit' },
  // One column for both, so the table fits a 320 px pane; the written sheet keeps them apart.
  colLedSupported: { 'zh-CN': '牵头/配合', en: 'Led / supp.' },
  ledSupportedCell: { 'zh-CN': '牵头 {led} 项，配合 {supported} 项', en: 'leads {led}, supports {supported}' },
  colOnTime: { 'zh-CN': '按时', en: 'On time' },
  colLate: { 'zh-CN': '逾期完成', en: 'Late' },
  colOverdue: { 'zh-CN': '逾期', en: 'Over\u00addue' },
  colRate: { 'zh-CN': '按时率', en: 'Rate' },
  bulletinHeading: { 'zh-CN': '通报', en: 'Bulletin' },
  copyBulletin: { 'zh-CN': '复制通报', en: 'Copy' },
  bulletinCopied: { 'zh-CN': '已复制', en: 'Copied' },
  totalsLine: {
    'zh-CN': '共 {tasks} 项任务：按时完成 {onTime}，逾期完成 {late}，逾期 {overdue}，按时完成率 {rate}',
    en: '{tasks} tasks: {onTime} on time, {late} late, {overdue} overdue; on-time rate {rate}',
  },
  settingsAsOf: { 'zh-CN': '基准日期（留空为今天）', en: 'As-of date (empty: today)' },
  settingsWarnDays: { 'zh-CN': '临期预警天数', en: 'Warning window (days)' },
  settingsBehindPoints: { 'zh-CN': '滞后判定（百分点）', en: 'Behind schedule (points)' },
  settingsBehindPointsHint: {
    'zh-CN': '完成进度比时间进度落后超过这么多个百分点，任务显示为“滞后”（黄色）',
    en: 'A task whose progress trails the share of its time elapsed by more than this is 滞后 (yellow)',
  },
  settingsBadBehindPoints: { 'zh-CN': '滞后判定应为 0–100 的整数。', en: 'Behind schedule must be a whole number from 0 to 100.' },
  settingsRules: { 'zh-CN': '启用的规则', en: 'Rules in use' },
  settingsAliases: { 'zh-CN': '单位别名（每行一个：别名=标准名称）', en: 'Unit aliases (one per line: alias=canonical name)' },
  settingsAliasesHint: {
    'zh-CN': '例如：发改委=省发展改革委。标准名称不在内置目录中的，作为本地单位新增。',
    en: 'e.g. 发改委=省发展改革委. A canonical name the built-in directory lacks is added as a local unit.',
  },
  settingsCurrentNames: { 'zh-CN': '考评按机构改革后的现名统计', en: 'Count the evaluation under today\'s unit names' },
  settingsPlan: { 'zh-CN': '参照计划', en: 'Reference plan' },
  settingsPlanHint: {
    'zh-CN': '校验时与之比对的重点任务清单；“插入任务清单”写入的也是它。',
    en: 'The task list the check compares the ledger with; "Insert the plan" writes this one.',
  },
  planBuiltin: { 'zh-CN': '内置：{title}', en: 'Built in: {title}' },
  planNone: { 'zh-CN': '不参照计划（不做计划比对）', en: 'No plan (no comparison with a plan)' },
  planSheet: { 'zh-CN': '本工作簿的工作表：{sheet}', en: 'Sheet of this workbook: {sheet}' },
  planDocument: { 'zh-CN': 'Word 文件：{file}', en: 'Word document: {file}' },
  planPickDocument: { 'zh-CN': '从 Word 文件导入…', en: 'Import from a Word document…' },
  planDocumentRead: {
    'zh-CN': '已读取《{title}》：{tasks} 项任务，{projects} 个类别；保存后存入本工作簿。',
    en: 'Read "{title}": {tasks} tasks, {projects} sections; saved into this workbook when you save.',
  },
  planDocumentSkipped: { 'zh-CN': '未导入 {count} 行（缺少任务、责任单位或时间要求）：{rows}', en: '{count} rows not imported (no task, units or time): {rows}' },
  planDocOld: { 'zh-CN': '这是旧版 .doc/.wps 文件，请在 Word 或 WPS 中另存为 .docx 后再导入。', en: 'This is an old .doc/.wps file: save it as .docx in Word or WPS, then import it.' },
  planDocPdf: { 'zh-CN': '这是 PDF 文件，无法读取表格；请使用原 Word 文件（.docx）。', en: 'This is a PDF, whose tables cannot be read: use the Word document (.docx).' },
  planDocNotDocx: { 'zh-CN': '这不是 Word 文档（.docx）；请另存为 .docx 后再导入。', en: 'This is not a Word document (.docx): save it as .docx, then import it.' },
  planDocTooLarge: { 'zh-CN': '文件过大，不像一份通知（上限 20 MB）。', en: 'The file is too large for a notice (limit 20 MB).' },
  planDocNoList: { 'zh-CN': '文档中没有带“序号、重点任务、责任单位、时间要求”表头的任务清单表格。', en: 'The document has no task table headed 序号, 重点任务, 责任单位, 时间要求.' },
  planDocDamaged: { 'zh-CN': '文件已损坏，无法读取。', en: 'The file is damaged and cannot be read.' },
  planSheetMissing: { 'zh-CN': '参照计划的工作表“{sheet}”已不存在；请在“设置”中重新选择。', en: 'The reference plan sheet "{sheet}" no longer exists: choose again in Settings.' },
  planSheetNoHeader: { 'zh-CN': '参照计划的工作表“{sheet}”没有台账表头行。', en: 'The reference plan sheet "{sheet}" has no ledger header row.' },
  planSheetInvalid: { 'zh-CN': '参照计划的工作表“{sheet}”无法作为计划：{reason}', en: 'The reference plan sheet "{sheet}" cannot serve as a plan: {reason}' },
  planNoneToInsert: { 'zh-CN': '未选择参照计划，没有可插入的任务清单；请在“设置”中选择。', en: 'No reference plan is chosen, so there is no list to insert: choose one in Settings.' },
  planInUse: { 'zh-CN': '参照计划：{plan}', en: 'Reference plan: {plan}' },
  planInUseNone: { 'zh-CN': '未参照计划（计划比对规则未运行）', en: 'No reference plan (plan rules not run)' },
  settingsSave: { 'zh-CN': '保存到工作簿', en: 'Save in the workbook' },
  settingsSaved: { 'zh-CN': '设置已保存在本工作簿中，共享此文件的同事使用相同设置。', en: 'Saved in this workbook; colleagues sharing the file get the same settings.' },
  settingsBadAlias: { 'zh-CN': '第 {line} 行格式不对，应为“别名=标准名称”。', en: 'Line {line} should read "alias=canonical name".' },
  settingsBadAsOf: { 'zh-CN': '基准日期应写成 YYYY-MM-DD，例如 2019-12-06。', en: 'Write the as-of date as YYYY-MM-DD, e.g. 2019-12-06.' },
  settingsBadWarnDays: { 'zh-CN': '预警天数应为 0–366 的整数。', en: 'The warning window must be a whole number from 0 to 366.' },
  errorPrefix: { 'zh-CN': '操作未完成：{message}', en: 'Could not finish: {message}' },
  outsideTitle: { 'zh-CN': '请在 Excel 中打开', en: 'Open this in Excel' },
  outsideBody: {
    'zh-CN': '此页面是 Excel 加载项“重点任务台账助手”的任务窗格，只能在 Excel（桌面版或网页版）中使用。请在 Excel 的“开始”选项卡中点击“台账检查”打开。',
    en: 'This page is the task pane of the Excel add-in "Task Ledger" and works only inside Excel (desktop or on the web). Open it from the Home tab in Excel: choose Check ledger.',
  },
  tooOldTitle: { 'zh-CN': '此版本 Excel 过旧', en: 'This Excel is too old' },
  tooOldBody: {
    'zh-CN': '台账助手需要 Excel 2016 的较新版本（ExcelApi 1.4 或更高），例如 Microsoft 365、Excel 2019 及以后版本或网页版 Excel。',
    en: 'The add-in needs ExcelApi 1.4 or later: Microsoft 365, Excel 2019 or later, or Excel on the web.',
  },
  // What this Excel cannot do, said plainly.
  limitNoMarks: {
    'zh-CN': '此版本 Excel 不支持条件格式（需要 ExcelApi 1.6）：只能在此列出问题，不能在单元格上标记。',
    en: 'This Excel lacks conditional formats (ExcelApi 1.6): problems are listed here but cells cannot be marked.',
  },
  limitCapped: {
    'zh-CN': '此版本 Excel 不支持多区域（需要 ExcelApi 1.9）：只标记了前 {count} 处区域，其余问题请看列表。',
    en: 'This Excel lacks range areas (ExcelApi 1.9): only the first {count} areas were marked; see the list for the rest.',
  },
  limitMerged: {
    'zh-CN': '此版本 Excel 不能读取合并单元格（需要 ExcelApi 1.13）：纵向合并的单元格只计入第一行。',
    en: 'This Excel cannot read merged areas (ExcelApi 1.13): a vertically merged value counts for its first row only.',
  },
  limitChunks: { 'zh-CN': '工作表较大，已分批读取。', en: 'The sheet is large and was read in parts.' },
  limitNoFunctions: {
    'zh-CN': '此环境不支持自定义函数：插入任务清单时，“状态”列写入当前计算结果，不会自动更新。',
    en: 'Custom functions are not available here: the inserted 状态 column holds values computed now and will not update.',
  },
  limitNoXmlWps: {
    'zh-CN': '此 WPS 不支持自定义 XML 部件：设置只在本次打开期间有效，不随文件保存。',
    en: 'This WPS lacks custom XML parts: settings last until the workbook is closed and are not saved with it.',
  },
  limitNoXml: {
    'zh-CN': '此版本 Excel 不支持自定义 XML 部件（需要 ExcelApi 1.5）：设置保存在加载项设置中。',
    en: 'This Excel lacks custom XML parts (ExcelApi 1.5): settings are kept in the add-in\'s settings.',
  },
  marksNote: {
    'zh-CN': '标记使用条件格式，不改动单元格本身的格式和内容；清除标记后与校验前完全一致。',
    en: 'Marks are conditional formats: cells\' own formats and values are never changed, and removing the marks leaves them exactly as before.',
  },
  legendError: { 'zh-CN': '错误', en: 'Error' },
  legendWarning: { 'zh-CN': '警告', en: 'Warning' },
  legendStatus: { 'zh-CN': '该行有问题（状态列）', en: 'Row has problems (状态 column)' },
} as const;

export type StringKey = keyof typeof PANE_STRINGS;

export function paneText(key: StringKey, lang: Lang, data?: Record<string, string | number>): string {
  const entry = PANE_STRINGS[key];
  const template: string = entry[lang] ?? entry['zh-CN'];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (data && name in data ? String(data[name]) : whole));
}

/** zh-CN unless Office's display language is English. */
export function paneLanguage(displayLanguage: string | null | undefined): Lang {
  return typeof displayLanguage === 'string' && /^en(-|$)/i.test(displayLanguage) ? 'en' : 'zh-CN';
}

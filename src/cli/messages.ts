// Command-line strings, Chinese first. Rule messages come from the engine (renderIssue); these are
// the CLI's own words: usage errors, file errors, report headings, help.
import type { Lang } from '../core/types';

type Dict = Record<string, string>;

const ZH: Dict = {
  'error.prefix': '错误',
  'usage.unknown-command': '未知命令“{value}”。可用命令：check、schedule、units、workload、template、notices、plan（详见 --help）',
  'usage.bad-max-warnings': '--max-warnings 应为 0 或正整数（收到：{value}）',
  'usage.did-you-mean': '。是不是 {hint}？',
  'usage.output-file': '无法写入输出文件“{value}”（{reason}）',
  'report.max-warnings': '填报警告共 {count} 个，超过 --max-warnings {max}',
  'usage.notices-one-file': 'notices 一次处理一个台账文件（收到：{value}）',
  'usage.unknown-option': '未知选项 {option}（详见 --help）',
  'usage.option-not-for-command': '选项 {option} 不适用于命令 {command}（详见 --help）',
  'usage.missing-value': '选项 {option} 缺少取值',
  'usage.bad-date': '{option} 的取值“{value}”不是有效日期，应为 YYYY-MM-DD（如 2019-07-15）',
  'usage.bad-warn-days': '--warn-days 的取值“{value}”无效，应为 0 或正整数（天数）',
  'usage.bad-behind-points': '--behind-points 的取值“{value}”无效，应为 0 到 100 的整数（百分点）',
  'usage.bad-choice': '{option} 的取值“{value}”无效，可选：{choices}',
  'usage.bad-rule': '--disable 中的规则“{value}”不存在。规则有：{choices}',
  'usage.too-many-args': '命令 {command} 不接受参数“{value}”',
  'usage.annotate-is-input': '--annotate 的输出“{value}”就是输入文件，不会覆盖原文件，请换一个文件名',
  'usage.annotate-not-folder': '检查多个文件时 --annotate 需要一个文件夹，“{value}”是一个文件',
  'usage.template-exists': '文件“{value}”已存在，未覆盖。请用 --out 指定文件名（指定后会覆盖）',
  'usage.plan-file': '无法读取计划文件“{file}”：{reason}',
  'usage.units-file': '无法读取单位配置文件“{file}”：{reason}',
  'usage.bad-json': 'JSON 格式错误（{detail}）',
  'internal': '内部错误：{detail}（请报告此问题；设置 TASK_LEDGER_DEBUG=1 可查看详情）',
  'write.failed': '无法写入“{file}”：{reason}',
  'write.exists': '“{file}”已存在，未覆盖（加 --force 覆盖）',
  'progress.files': '已检查 {done}/{total} 个文件…',
  'stdin.hint': '请每行输入一条，输入完毕按 Ctrl+D（Windows 为 Ctrl+Z 回车）',
  'stdin.gbk': '注意：标准输入不是 UTF-8 编码，已按 GBK（GB18030）读取',

  'file.not-found': '文件不存在',
  'file.is-directory': '这是一个文件夹，不是文件',
  'file.unreadable': '无法读取（{code}）',
  'file.empty': '文件为空（0 字节）',
  'file.xls': '这是旧版 Excel 97-2003 工作簿（.xls），请在 Excel 中另存为 .xlsx 后再检查',
  'file.encrypted': '文件已加密（设置了打开密码），请在 Excel 中取消密码并另存后再检查',
  'file.ole-other': '这不是 Excel 工作簿（可能是 Word 等其他 Office 旧格式文件）',
  'file.xlsb': '这是 Excel 二进制工作簿（.xlsb），请另存为 .xlsx 后再检查',
  'file.ods': '这是 OpenDocument 表格（.ods），请另存为 .xlsx 后再检查',
  'file.truncated': '文件不完整（可能下载或复制中断），请重新获取原文件',
  'file.damaged': '文件已损坏或含有无法解析的内容{part}；如能在 Excel 中打开，请另存为 .xlsx 后再检查',
  'file.not-workbook': '这不是 .xlsx 工作簿',
  'file.text-file': '这是文本文件（如 .csv、.txt），不是 .xlsx 工作簿；请在 Excel 中打开并另存为 .xlsx 后再检查',
  'file.no-permission': '没有读取这个文件的权限，请检查文件的权限或换一个位置存放',
  'file.busy': '文件正被其他程序占用，请关闭它后再检查',
  'file.no-sheets': '工作簿中没有工作表',
  'file.sheet-not-found': '没有名为“{sheet}”的工作表（现有：{sheets}）',
  'file.unzip-size': '文件解压后过大（{part}解压后 {size} MB，上限 {limit} MB），远超一份任务台账，未读取',
  'file.unzip-ratio': '文件解压后过大（{part}的压缩比为 {ratio}:1，正常工作簿不超过 100:1），可能是“压缩炸弹”，未读取',
  'file.outside-grid': '单元格或合并区域超出 Excel 的行列范围（{ref}；最多 1048576 行、16384 列），文件可能已损坏，未读取',
  'file.too-many-cells': '表格内容过多（超过 {limit} 个非空单元格），不像一份任务台账，未检查',
  'file.too-many-rows': '工作表“{sheet}”有内容的行过多（超过 {limit} 行），不像一份任务台账，未检查',
  'file.too-many-merges': '合并单元格过多（一个工作表超过 {limit} 个合并区域），文件可能已损坏，未读取',
  'file.sheet-part-missing': '文件不完整：缺少工作表“{sheet}”的内容；请在 Excel 中打开并另存为 .xlsx 后再检查',
  'file.timeout': '处理超时（超过 {seconds} 秒），已跳过',
  'file.out-of-memory': '处理时内存不足（文件内容过大），已跳过',
  'file.internal': '检查此文件时程序出错，已跳过（请把文件交给维护者；设置 TASK_LEDGER_DEBUG=1 可看到详情）',
  'overview.title': '各文件汇总（{files} 个文件，按逾期任务、填报错误排序）',
  'overview.file': '文件',
  'overview.tasks': '任务',
  'overview.overdue': '逾期',
  'overview.behind': '滞后',
  'overview.due-soon': '临期',
  'overview.ledger-errors': '填报错误',
  'overview.ledger-warnings': '填报警告',
  'overview.on-time-rate': '按时完成率',
  'overview.unreadable': '无法读取',
  'overview.written': '已写出汇总工作簿：{file}',
  'file.word-old': '这是旧版 Word 文档（.doc）或 WPS 文字文档（.wps），请另存为 .docx 后再导入',
  'file.word-pdf': '这是 PDF 文件，读不出表格的单元格；请找到 Word 原件，或在 WPS/Word 中转换并另存为 .docx 后再导入',
  'file.word-not-docx': '这不是 .docx 文档，请另存为 .docx 后再导入',
  'file.word-no-list': '文档的 {tables} 个表格中没有任务清单（表头应至少包含“序号”“重点任务”“责任单位”“时间要求”中的两项）',
  'file.line': '{file}：{reason}',
  'inputs.skipped': '已跳过：Excel 临时锁定文件 {lock} 个（~$ 开头，说明有人正打开该台账）、隐藏文件 {hidden} 个、非 .xlsx/.xlsm 文件 {other} 个',
  'inputs.empty': '“{value}”中没有 .xlsx 或 .xlsm 台账',
  'usage.no-inputs': '没有找到要检查的台账文件（{value}）',

  'report.file': '文件',
  'report.sample': '内置示例台账（浙政发〔2018〕16号，49 项任务）',
  'report.sheet': '工作表',
  'report.header-row': '表头行',
  'report.as-of': '检查日期',
  'report.tasks': '任务 {count} 项',
  'report.issues': '问题 {count} 个',
  'report.categories': '其中 填报问题 {ledger} 个 · 进度预警 {progress} 个',
  'report.bulletin': '通报',
  'report.category.ledger': '填报问题',
  'report.category.progress': '进度预警',
  'report.no-issues': '未发现问题',
  'report.no-tasks': '未找到任务行',
  'report.severity.error': '错误',
  'report.severity.warning': '警告',
  'report.severity.info': '提示',
  'report.workload': '各单位任务量',
  'report.unit': '单位',
  'report.lead': '牵头',
  'report.support': '配合',
  'report.total': '合计',
  'report.done-on-time': '按时完成',
  'report.overdue': '逾期',
  'report.done-late': '逾期完成',
  'report.on-time-rate': '按时完成率',
  'report.none': '无',
  'report.more': '…… 另有 {count} 处',
  'report.annotated': '已写出标注副本：{file}',
  'report.macros-dropped': '注意：原文件含宏（.xlsm），标注副本是 .xlsx 工作簿，不含宏；原文件未改动',
  'report.template': '已写出台账模板：{file}（{count} 项任务）',
  'plan.found': '读取了 {tables} 个表格，其中 {lists} 个是任务清单：{tasks} 项任务，{projects} 个分项（工程）；标题：{title}；文号：{docNo}',
  'plan.skipped-row': '表格 {table} 第 {row} 行缺少{missing}，未导入（{text}）',
  'plan.field.task': '任务内容',
  'plan.field.units': '责任单位',
  'plan.field.time': '时间要求',
  'plan.written': '已写出：{file}',
  'usage.plan-import': '用法：task-ledger plan import 通知.docx [--out 计划.json | --out 台账.xlsx]（收到：{value}）',
  'notices.written': '{file}　逾期 {overdue} 项，滞后 {behind} 项，临期 {dueSoon} 项',
  'notices.done': '已写出 {count} 份督办通知单到 {folder}',
  'notices.none': '截至 {asOf} 没有逾期、滞后或临期的任务，未写督办单',
  'report.unreadable': '无法读取',
  'report.totals': '合计：{files} 个文件（{unreadable} 个无法读取，{withErrors} 个有错误），任务 {tasks} 项，错误 {errors} · 警告 {warnings} · 提示 {infos}',

  'annotate.sheet': '问题清单',
  'annotate.severity': '级别',
  'annotate.rule': '问题类型',
  'annotate.category': '类别',
  'annotate.seq': '序号',
  'annotate.task': '任务',
  'annotate.lead': '牵头单位',
  'annotate.legend': '图例：',
  'annotate.cell': '单元格',
  'annotate.message': '问题说明',
  'annotate.title': '问题清单（{file}，工作表“{sheet}”，检查日期 {asOf}）',

  'template.title-suffix': '重点任务执行台账',
  'template.done-choices': '已完成,推进中,未启动',
  'template.prompt-title': '完成情况',
  'template.prompt': '请选择：已完成 / 推进中 / 未启动',
  'template.sheet': '执行台账',
};

const EN: Dict = {
  'error.prefix': 'error',
  'usage.unknown-command': 'unknown command "{value}". Commands: check, schedule, units, workload, template, notices, plan (see --help)',
  'usage.bad-max-warnings': '--max-warnings takes 0 or a positive whole number (got: {value})',
  'usage.did-you-mean': '. Did you mean {hint}?',
  'usage.output-file': 'cannot write the output file "{value}" ({reason})',
  'report.max-warnings': '{count} ledger warnings, more than --max-warnings {max}',
  'usage.notices-one-file': 'notices takes one ledger file at a time (got: {value})',
  'usage.unknown-option': 'unknown option {option} (see --help)',
  'usage.option-not-for-command': 'option {option} does not apply to command {command} (see --help)',
  'usage.missing-value': 'option {option} needs a value',
  'usage.bad-date': '{option} value "{value}" is not a valid date; use YYYY-MM-DD (e.g. 2019-07-15)',
  'usage.bad-warn-days': '--warn-days value "{value}" is invalid; use 0 or a positive whole number of days',
  'usage.bad-behind-points': '--behind-points value "{value}" is invalid; use a whole number of points from 0 to 100',
  'usage.bad-choice': '{option} value "{value}" is invalid; choose one of: {choices}',
  'usage.bad-rule': '--disable: no rule "{value}". Rules: {choices}',
  'usage.too-many-args': 'command {command} takes no argument "{value}"',
  'usage.annotate-is-input': '--annotate output "{value}" is the input file; the original is never overwritten, choose another name',
  'usage.annotate-not-folder': 'with several files --annotate needs a folder; "{value}" is a file',
  'usage.template-exists': '"{value}" already exists and was not overwritten; name the file with --out (which overwrites)',
  'usage.plan-file': 'cannot read plan file "{file}": {reason}',
  'usage.units-file': 'cannot read units file "{file}": {reason}',
  'usage.bad-json': 'invalid JSON ({detail})',
  'internal': 'internal error: {detail} (please report it; set TASK_LEDGER_DEBUG=1 for details)',
  'write.failed': 'cannot write "{file}": {reason}',
  'write.exists': '"{file}" already exists and was not replaced (add --force to replace it)',
  'progress.files': 'checked {done} of {total} files…',
  'stdin.hint': 'enter one per line, then Ctrl+D (Ctrl+Z Enter on Windows)',
  'stdin.gbk': 'note: standard input is not UTF-8; read as GBK (GB18030)',

  'file.not-found': 'file not found',
  'file.is-directory': 'is a folder, not a file',
  'file.unreadable': 'cannot be read ({code})',
  'file.empty': 'the file is empty (0 bytes)',
  'file.xls': 'old Excel 97-2003 workbook (.xls): open it in Excel, save it as .xlsx and check again',
  'file.encrypted': 'the file is encrypted (password to open): remove the password in Excel, save and check again',
  'file.ole-other': 'not an Excel workbook (perhaps a Word or other old-format Office file)',
  'file.xlsb': 'Excel binary workbook (.xlsb): save it as .xlsx and check again',
  'file.ods': 'OpenDocument spreadsheet (.ods): save it as .xlsx and check again',
  'file.truncated': 'the file is incomplete (download or copy cut short); get the original again',
  'file.damaged': 'the file is damaged or holds content that cannot be parsed{part}; if Excel opens it, save it as .xlsx again and check',
  'file.not-workbook': 'not an .xlsx workbook',
  'file.text-file': 'a text file (.csv, .txt …), not an .xlsx workbook; open it in Excel, save it as .xlsx and check again',
  'file.no-permission': 'no permission to read this file',
  'file.busy': 'the file is in use by another program; close it and check again',
  'file.no-sheets': 'the workbook has no worksheets',
  'file.sheet-not-found': 'no worksheet named "{sheet}" (sheets: {sheets})',
  'file.unzip-size': 'the file inflates to too much ({part} inflates to {size} MB, limit {limit} MB), far more than a key-task ledger; not read',
  'file.unzip-ratio': 'the file inflates to too much ({part} has a compression ratio of {ratio}:1, a workbook stays under 100:1); perhaps a zip bomb; not read',
  'file.outside-grid': 'a cell or merged area lies outside Excel\'s grid ({ref}; at most 1,048,576 rows and 16,384 columns); the file may be damaged; not read',
  'file.too-many-cells': 'too much content (more than {limit} non-empty cells) for a key-task ledger; not checked',
  'file.too-many-rows': 'sheet "{sheet}" has too many rows with content (more than {limit}) for a key-task ledger; not checked',
  'file.too-many-merges': 'too many merged areas (more than {limit} in one sheet); the file may be damaged; not read',
  'file.sheet-part-missing': 'the file is incomplete: the content of sheet "{sheet}" is missing; open it in Excel, save it as .xlsx and check again',
  'file.timeout': 'took too long (more than {seconds} s); skipped',
  'file.out-of-memory': 'ran out of memory (the file holds too much); skipped',
  'file.internal': 'the program failed on this file; skipped (please send the file to the maintainers; set TASK_LEDGER_DEBUG=1 for details)',
  'overview.title': 'All files ({files}, most overdue tasks first, then ledger errors)',
  'overview.file': 'File',
  'overview.tasks': 'Tasks',
  'overview.overdue': 'Overdue',
  'overview.behind': 'Behind',
  'overview.due-soon': 'Due soon',
  'overview.ledger-errors': 'Ledger errors',
  'overview.ledger-warnings': 'Ledger warnings',
  'overview.on-time-rate': 'On time',
  'overview.unreadable': 'unreadable',
  'overview.written': 'Summary workbook written: {file}',
  'file.word-old': 'an old Word (.doc) or WPS (.wps) document: save it as .docx and import again',
  'file.word-pdf': 'a PDF: its table cells cannot be read; find the Word original, or convert and save as .docx',
  'file.word-not-docx': 'not a .docx document: save it as .docx and import again',
  'file.word-no-list': 'none of the document\'s {tables} tables is a task list (its header needs two of 序号, 重点任务, 责任单位, 时间要求)',
  'file.line': '{file}: {reason}',
  'inputs.skipped': 'skipped: {lock} Excel lock files (~$…, someone has that ledger open), {hidden} hidden files, {other} files that are not .xlsx/.xlsm',
  'inputs.empty': 'no .xlsx or .xlsm ledger in "{value}"',
  'usage.no-inputs': 'no ledger file to check ({value})',

  'report.file': 'File',
  'report.sample': 'built-in sample ledger (浙政发〔2018〕16号, 49 tasks)',
  'report.sheet': 'Sheet',
  'report.header-row': 'Header row',
  'report.as-of': 'As of',
  'report.tasks': '{count} tasks',
  'report.issues': '{count} issues',
  'report.categories': 'of which {ledger} ledger mistakes · {progress} progress alerts',
  'report.bulletin': 'Bulletin',
  'report.category.ledger': 'Ledger mistakes',
  'report.category.progress': 'Progress alerts',
  'report.no-issues': 'No issues found',
  'report.no-tasks': 'No task rows found',
  'report.severity.error': 'error',
  'report.severity.warning': 'warning',
  'report.severity.info': 'info',
  'report.workload': 'Workload by unit',
  'report.unit': 'Unit',
  'report.lead': 'Lead',
  'report.support': 'Support',
  'report.total': 'Total',
  'report.done-on-time': 'Done on time',
  'report.overdue': 'Overdue',
  'report.done-late': 'Done late',
  'report.on-time-rate': 'On-time rate',
  'report.none': 'none',
  'report.more': '… {count} more',
  'report.annotated': 'Annotated copy written: {file}',
  'report.macros-dropped': 'note: the input has macros (.xlsm); the annotated copy is an .xlsx workbook without them; the input is unchanged',
  'report.template': 'Ledger template written: {file} ({count} tasks)',
  'plan.found': 'read {tables} tables, {lists} of them the task list: {tasks} tasks, {projects} sections (projects); title: {title}; document number: {docNo}',
  'plan.skipped-row': 'table {table} row {row} lacks {missing} and was not imported ({text})',
  'plan.field.task': 'the task',
  'plan.field.units': 'the units',
  'plan.field.time': 'the time requirement',
  'plan.written': 'written: {file}',
  'usage.plan-import': 'usage: task-ledger plan import NOTICE.docx [--out plan.json | --out ledger.xlsx] (got: {value})',
  'notices.written': '{file}  {overdue} overdue, {behind} behind, {dueSoon} due soon',
  'notices.done': '{count} 督办通知单 written to {folder}',
  'notices.none': 'as of {asOf} no task is overdue, behind or due soon; no notice written',
  'report.unreadable': 'unreadable',
  'report.totals': 'Total: {files} files ({unreadable} unreadable, {withErrors} with errors), {tasks} tasks, {errors} errors · {warnings} warnings · {infos} info',

  'annotate.sheet': '问题清单',
  'annotate.severity': 'Severity',
  'annotate.rule': 'Kind of problem',
  'annotate.category': 'Category',
  'annotate.seq': '序号',
  'annotate.task': 'Task',
  'annotate.lead': 'Lead unit',
  'annotate.legend': 'Legend:',
  'annotate.cell': 'Cell',
  'annotate.message': 'Problem',
  'annotate.title': 'Issues ({file}, sheet "{sheet}", as of {asOf})',

  'template.title-suffix': '重点任务执行台账',
  'template.done-choices': '已完成,推进中,未启动',
  'template.prompt-title': '完成情况',
  'template.prompt': '请选择：已完成 / 推进中 / 未启动',
  'template.sheet': '执行台账',
};

const DICTS: Record<Lang, Dict> = { 'zh-CN': ZH, en: EN };

/** Renders a CLI message with {placeholders}. Unknown keys render as the key (visible in tests). */
export function msg(key: string, lang: Lang, data: Record<string, string | number | null | undefined> = {}): string {
  const template = DICTS[lang][key] ?? ZH[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (data[k] === undefined || data[k] === null ? '' : String(data[k])));
}

export const HELP: Record<Lang, string> = {
  'zh-CN': `task-ledger — 重点任务台账助手（浙政发〔2018〕16号 执行台账检查）

用法：task-ledger <命令> [选项]

命令：
  check [文件…]        检查台账 .xlsx（不给文件时检查内置示例台账）
  schedule [文本…]     解析“时间要求”，输出 JSON 行（不给文本时逐行读标准输入）
  units [文本…]        解析“责任(牵头)单位”，输出 JSON 行
  workload [文件…]     各单位牵头/配合任务数（不给文件时统计计划本身），输出 JSON
  template             写出计划 49 项任务的空白执行台账（.xlsx）
  notices [文件]       每个有逾期、滞后、临期任务的牵头单位一份督办通知单（.docx，默认写入 督办单/）
  plan import 文件.docx  读取通知（.docx）中的重点任务清单，--out 计划.json 或 --out 台账.xlsx

check 的选项：
  --sheet 名称          检查指定工作表（默认：活动工作表，或第一个有台账表头的工作表）
  --as-of YYYY-MM-DD    检查日期（默认今天；内置示例默认为示例日期）
  --warn-days N         临期提醒天数（默认 30）
  --plan 文件           参照计划（JSON 计划文件或台账格式的 .xlsx；默认内置 2018 年计划）
  --units 文件          补充单位和别名（JSON）
  --disable 规则,…      关闭规则（规则 id 见 docs/rules.md）
  --format text|json    输出格式（默认 text）
  --annotate 输出       写出标注副本：问题单元格按严重程度着色并加批注，另加“问题清单”工作表
                        （一个输入时为文件，多个输入时为文件夹）
  --fail-on error|warning|none  出现该级别及以上的填报问题时退出码为 1（默认 error；进度预警不计）
  --fail-on-progress  进度预警（逾期、临期、滞后、逾期完成）也计入 --fail-on
  --behind-points N   完成进度比序时进度落后超过 N 个百分点为“滞后”（默认 10）
  --current-names       单位任务量按机构改革后的现名统计
  --summary 文件.xlsx   写出汇总工作簿：各文件一行（按逾期、填报错误排序）、各单位合计、无法读取的文件
  --summary-only        只输出各文件汇总表，不输出每个文件的报告
  -f text|json（同 --format）；-o 文件（--output-file，报告写入文件）；--quiet 只报填报错误；
  --max-warnings N 填报警告超过 N 个时退出码 1；--color / --no-color（也认 FORCE_COLOR、NO_COLOR）；
  --force 覆盖已存在的标注副本
  文件可以是文件夹或带引号的通配符（"各地台账/*.xlsx"），~$ 临时锁定文件、隐藏文件和非工作簿文件自动跳过

其他选项：
  schedule --as-of D；units --units 文件；workload --current-names --units --plan --sheet；
  template --out 文件 --plan 文件
  notices --out 文件夹 --support（配合单位也发）--as-of --warn-days --behind-points --plan --units --sheet
  --lang zh-CN|en       提示语言（默认 zh-CN）
  --help, -h            显示本帮助；--version, -V, -v 显示版本

退出码：2 有文件无法读取或用法错误；1 发现达到 --fail-on 级别的问题；0 其他。
示例：
  task-ledger check 台账.xlsx --as-of 2019-07-15 --annotate 台账-标注.xlsx
  task-ledger check --format json --fail-on none
  echo "2019年6月底前完成" | task-ledger schedule
  task-ledger template --out 执行台账.xlsx
  task-ledger notices 台账.xlsx --out 督办单/
详见 docs/cli.md。
`,
  en: `task-ledger — key-task ledger assistant (checks 执行台账 of 浙政发〔2018〕16号)

Usage: task-ledger <command> [options]

Commands:
  check [FILE…]        check ledger .xlsx files (no FILE: the built-in sample ledger)
  schedule [TEXT…]     parse 时间要求 phrases into JSON lines (no TEXT: one per line on stdin)
  units [TEXT…]        parse 责任(牵头)单位 cells into JSON lines
  workload [FILE…]     tasks led / supported per unit (no FILE: the plan itself), as JSON
  template             write the plan's 49 tasks as a blank ledger workbook (.xlsx)
  notices [FILE]       one 督办通知单 (.docx, into 督办单/) per lead unit with overdue, behind or due-soon tasks
  plan import F.docx   the 重点任务清单 of a notice (.docx) as --out plan.json or --out ledger.xlsx

check options:
  --sheet NAME          sheet to check (default: the active sheet, or the first with a ledger header)
  --as-of YYYY-MM-DD    as-of date (default today; the sample's own date for the sample)
  --warn-days N         days before a due date that count as due soon (default 30)
  --plan FILE           reference plan (JSON plan file or .xlsx in the ledger layout; default the 2018 plan)
  --units FILE          extra units and aliases (JSON)
  --disable RULE,…      switch rules off (rule ids: docs/rules.md)
  --format text|json    output format (default text)
  --annotate OUT        write a highlighted copy: problem cells filled by severity with a note, plus a
                        问题清单 sheet (OUT is a file for one input, a folder for several)
  --fail-on error|warning|none  exit 1 when a ledger mistake at or above this severity is found (default error; progress alerts do not count)
  --fail-on-progress  progress alerts (overdue, due soon, behind, completed late) count for --fail-on too
  --behind-points N   a task more than N points behind the share of time elapsed is 滞后 (default 10)
  --current-names       count workload under today's unit names (after the 2018 reform)
  --summary FILE.xlsx   write an overview workbook: a row per file (most overdue first), units across files, unreadable files
  --summary-only        print only the per-file table, not each file's report
  -f text|json (--format); -o FILE (--output-file, the report into a file); --quiet ledger errors only;
  --max-warnings N exit 1 above N ledger warnings; --color / --no-color (FORCE_COLOR, NO_COLOR too);
  --force replace annotated copies that exist
  FILE may be a folder or a quoted pattern ("ledgers/*.xlsx"); ~$ lock files, hidden files and non-workbooks are skipped

Other options:
  schedule --as-of D; units --units FILE; workload --current-names --units --plan --sheet;
  template --out FILE --plan FILE
  notices --out FOLDER --support (supporting units too) --as-of --warn-days --behind-points --plan --units --sheet
  --lang zh-CN|en       message language (default zh-CN)
  --help, -h            this help; --version, -V, -v the version

Exit codes: 2 a file could not be read or bad usage; 1 an issue at or above --fail-on; 0 otherwise.
Examples:
  task-ledger check ledger.xlsx --as-of 2019-07-15 --annotate ledger-annotated.xlsx
  task-ledger check --format json --fail-on none
  echo "2019年6月底前完成" | task-ledger schedule
  task-ledger template --out ledger.xlsx
  task-ledger notices ledger.xlsx --out notices/
More: docs/cli.md.
`,
};

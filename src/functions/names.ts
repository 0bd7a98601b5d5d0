// The one source of the custom functions' user-facing names and descriptions, in both languages.
// The build (webpack.config.js) takes the structure of functions.json from the JSDoc in
// functions.ts (types, optional flags, dimensionality, @volatile) and the words from here, writing
// functions.json (English) and functions.zh-CN.json (Chinese). A test and the build both fail if a
// function or parameter here does not match functions.ts, so the two languages cannot drift.
// Pure data: webpack.config.js loads this file with TypeScript's transpiler, outside webpack.

export interface ParamWords {
  /** Parameter identifier in functions.ts (the metadata's parameter "name" before localisation). */
  key: string;
  en: { name: string; description: string };
  zh: { name: string; description: string };
}

export interface FunctionWords {
  /** Metadata id: ASCII, stable, what workbooks store. */
  id: string;
  en: { name: string; description: string };
  zh: { name: string; description: string };
  params: ParamWords[];
}

/** Namespace in the manifest (Functions.Namespace); the same in every language. */
export const FUNCTION_NAMESPACE = 'LEDGER';

export const FUNCTION_WORDS: readonly FunctionWords[] = [
  {
    id: 'TASKSTATUS',
    en: {
      name: 'TASKSTATUS',
      description:
        'Status of a task at the as-of date: 已完成 (done), 逾期完成 (done late), 逾期 (overdue), 临期 (due soon), 滞后 (behind schedule), 进行中 (in progress), 未开始 (not started), 长期 (ongoing) or 无法识别 (unreadable).',
    },
    zh: {
      name: '任务状态',
      description: '按时间要求和完成情况，给出任务在基准日期的状态：已完成、逾期完成、逾期、临期、滞后、进行中、未开始、长期或无法识别。',
    },
    params: [
      {
        key: 'timeRequirement',
        en: { name: 'time_requirement', description: 'The 时间要求 cell: text such as 2018年9月底前 or 每年推进, or a date.' },
        zh: { name: '时间要求', description: '时间要求单元格：如“2018年9月底前”“每年推进”，或日期。' },
      },
      {
        key: 'done',
        en: { name: 'done', description: 'Optional. Completion mark (已完成, 是, √, Y, TRUE, 1, 100% …).' },
        zh: { name: '完成情况', description: '可选。完成标记（已完成、是、√、Y、TRUE、1、100% 等）。' },
      },
      {
        key: 'completionDate',
        en: { name: 'completion_date', description: 'Optional. Actual completion date (date or date text).' },
        zh: { name: '完成时间', description: '可选。实际完成日期（日期或日期文字）。' },
      },
      {
        key: 'asOf',
        en: { name: 'as_of', description: 'Optional. The as-of date; default today.' },
        zh: { name: '基准日期', description: '可选。基准日期，默认今天。' },
      },
      {
        key: 'warnDays',
        en: { name: 'warn_days', description: 'Optional. Days before the due date that count as 临期 (due soon); default 30.' },
        zh: { name: '预警天数', description: '可选。到期前多少天算“临期”，默认 30。' },
      },
      {
        key: 'progress',
        en: { name: 'progress', description: 'Optional. The share done (60%, 0.6, 完成60%): more than 10 points behind the time elapsed is 滞后 (behind).' },
        zh: { name: '完成进度', description: '可选。完成比例（60%、0.6、完成60%）：比序时进度落后 10 个百分点以上为“滞后”。' },
      },
    ],
  },
  {
    id: 'TASKDUE',
    en: {
      name: 'TASKDUE',
      description: 'Due date of a task as a date serial (for recurring tasks, the current cycle’s due date). Format the cell as a date.',
    },
    zh: {
      name: '任务到期日',
      description: '任务的到期日期（日期序列号；每年等周期性任务取当前周期的到期日）。请将单元格设为日期格式。',
    },
    params: [
      {
        key: 'timeRequirement',
        en: { name: 'time_requirement', description: 'The 时间要求 cell: text or a date.' },
        zh: { name: '时间要求', description: '时间要求单元格：文字或日期。' },
      },
      {
        key: 'asOf',
        en: { name: 'as_of', description: 'Optional. The as-of date; default today.' },
        zh: { name: '基准日期', description: '可选。基准日期，默认今天。' },
      },
    ],
  },
  {
    id: 'TASKLEAD',
    en: { name: 'TASKLEAD', description: 'The lead unit (牵头单位) of a 责任单位 cell, under its canonical name.' },
    zh: { name: '牵头单位', description: '责任单位中的牵头单位（规范名称）。' },
    params: [
      {
        key: 'units',
        en: { name: 'units', description: 'The 责任(牵头)单位 cell.' },
        zh: { name: '责任单位', description: '责任(牵头)单位单元格。' },
      },
    ],
  },
  {
    id: 'UNITWORKLOAD',
    en: {
      name: 'UNITWORKLOAD',
      description: 'How many task rows name a unit (aliases and successor names count), as lead, support or in total.',
    },
    zh: { name: '单位任务数', description: '某单位在多少项任务中列名（别名、更名后的名称同样计入），可分牵头、配合或全部。' },
    params: [
      {
        key: 'unit',
        en: { name: 'unit', description: 'The unit’s name.' },
        zh: { name: '单位', description: '单位名称。' },
      },
      {
        key: 'unitsRange',
        en: { name: 'units_range', description: 'The 责任单位 column (or two columns: lead, supporting).' },
        zh: { name: '责任单位区域', description: '责任单位列（或牵头单位、配合单位两列）。' },
      },
      {
        key: 'role',
        en: { name: 'role', description: 'Optional. 牵头 (lead), 配合 (support) or 全部 (all, default).' },
        zh: { name: '角色', description: '可选。牵头、配合或全部（默认）。' },
      },
    ],
  },
  {
    id: 'WORKLOADTABLE',
    en: {
      name: 'WORKLOADTABLE',
      description: 'Spills a table of units: 单位 (unit), 牵头 (lead), 配合 (support), 合计 (total) and, with a status range, 逾期 (overdue); busiest first.',
    },
    zh: { name: '工作量表', description: '生成各单位任务数表：单位、牵头、配合、合计（给出状态区域时另加逾期），任务多的在前。' },
    params: [
      {
        key: 'unitsRange',
        en: { name: 'units_range', description: 'The 责任单位 column (or two columns: lead, supporting).' },
        zh: { name: '责任单位区域', description: '责任单位列（或牵头单位、配合单位两列）。' },
      },
      {
        key: 'statusRange',
        en: { name: 'status_range', description: 'Optional. The 状态 column, row for row, to count overdue (逾期) tasks.' },
        zh: { name: '状态区域', description: '可选。状态列（与责任单位逐行对应），用于统计逾期任务。' },
      },
    ],
  },
];

/** Metadata JSON as custom-functions-metadata writes it (the parts localisation touches). */
export interface FunctionsMetadata {
  functions: Array<{
    id: string;
    name: string;
    description?: string;
    parameters?: Array<{ name: string; description?: string; [k: string]: unknown }>;
    [k: string]: unknown;
  }>;
  [k: string]: unknown;
}

/**
 * Rewrites generated metadata with the words of one language. Throws when the metadata and
 * FUNCTION_WORDS disagree (a function or parameter missing, extra, or out of order), which fails
 * the build: that is how the two language files are kept from drifting.
 */
export function localizeMetadata(generated: FunctionsMetadata, lang: 'en' | 'zh'): FunctionsMetadata {
  const problems: string[] = [];
  const ids = generated.functions.map((f) => f.id);
  for (const w of FUNCTION_WORDS) if (!ids.includes(w.id)) problems.push(`names.ts has ${w.id}, functions.ts does not`);
  const functions = generated.functions.map((f) => {
    const words = FUNCTION_WORDS.find((w) => w.id === f.id);
    if (!words) {
      problems.push(`functions.ts has ${f.id}, names.ts does not`);
      return f;
    }
    const params = f.parameters ?? [];
    const keys = params.map((p) => p.name).join(',');
    const wordKeys = words.params.map((p) => p.key).join(',');
    if (keys !== wordKeys) problems.push(`${f.id}: parameters (${keys}) differ from names.ts (${wordKeys})`);
    return {
      ...f,
      name: words[lang].name,
      description: words[lang].description,
      parameters: params.map((p, i) => {
        const pw = words.params[i];
        return pw ? { ...p, name: pw[lang].name, description: pw[lang].description } : p;
      }),
    };
  });
  if (problems.length) throw new Error('Custom function names out of step: ' + problems.join('; '));
  return { ...generated, functions };
}

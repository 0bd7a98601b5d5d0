// Units of a city's or county's ledger (spec "Ledgers as other governments keep them"): besides the
// directory's names, a level or place prefix (省, 市, 县, 区, 镇, 乡, 街道, or a place such as 苍南县) and a
// department of the usual set is a known unit, counted as written; so is a bare department (城管局) and
// a collective of any level (各乡镇（街道）, 区直各部门, 县直有关部门, 相关街道, …其他成员单位).

import { normalizeText } from '../normalize';

/** The usual departments after the 2018 reform, with their usual short and alternative names. */
export const USUAL_DEPARTMENTS: readonly string[] = [
  '发改委', '发改局', '发展改革委', '发展和改革局', '教育局', '教育体育局', '教体局', '科技局', '科学技术局', '工信局',
  '经信局', '经济和信息化局', '公安局', '公安分局', '民政局', '司法局', '财政局', '人社局', '人力社保局',
  '人力资源和社会保障局', '自然资源和规划局', '自然资源局', '自规局', '生态环境局', '生态环境分局', '住建局',
  '住房和城乡建设局', '交通运输局', '交通局', '水利局', '水务局', '农业农村局', '农业农村和水利局', '商务局',
  '文旅局', '文广旅体局', '文化和广电旅游体育局', '文化广电旅游局', '卫健委', '卫健局', '卫生健康局', '退役军人事务局',
  '应急管理局', '应急局', '审计局', '市场监管局', '市场监督管理局', '统计局', '医保局', '医疗保障局', '城管局',
  '城市管理局', '综合行政执法局', '数据局', '大数据局', '大数据发展管理局', '数据资源管理局', '政务服务中心',
  '政务服务管理办公室', '机关事务管理局', '机关事务局', '营商局', '信访局', '信访办', '税务局', '公路局', '民宗局',
  '档案局', '粮食局', '林业局', '气象局', '人防办', '金融办', '投促局', '投资促进局', '住房公积金管理中心', '残联',
  '妇联', '团委', '总工会', '科协', '工商联', '文联', '红十字会', '供销社', '融媒体中心', '消防救援大队', '供电公司',
  '政府办', '政府办公室', '党政办', '党委办', '委办', '组织部', '宣传部', '统战部', '政法委', '纪委', '编办', '委编办',
  '网信办', '社会工作部', '国资委', '国资办', '规划局', '建设局', '农业局', '卫生局', '体育局', '旅游局',
];

/** A level or place before the department: 省, 市, 县, 区, 镇, 乡, 街道, or a place name ending in one of them. */
const PREFIX_RE = /^(?:[\u4e00-\u9fff]{0,8}?(?:省|自治区|市|州|盟|县|区|旗|镇|乡|街道|开发区|新区|园区))?/;

/** Collectives of any level: 各乡镇（街道）, 各街道, 区直各部门, 县直有关部门, 市级有关部门, 相关街道, 各成员单位. */
const COLLECTIVE_RE = new RegExp(
  [
    '^(?:各|相关|有关|其他)(?:乡镇|镇|乡|街道|村|社区|村\\(社区\\)|乡镇\\(街道\\)|镇\\(街道\\)|镇街|园区|开发区)(?:\\(街道\\))?(?:人民政府|政府|办事处)?$',
    '^(?:省|市|县|区)(?:直|级|委|政府)?(?:各|有关|相关|其他)(?:部门|单位|部门和单位|部门\\(单位\\)|处室|科室)$',
    '^(?:省|市|县|区)(?:直|级)(?:部门|单位)$',
    '^.{0,20}(?:其他|各)?成员单位$',
    '^(?:各|有关|相关)(?:部门|单位|处室|科室)$',
  ].join('|'),
);

/** Longest first, for splitting a name into prefix and department. */
const DEPTS_LONGEST_FIRST = [...USUAL_DEPARTMENTS].sort((a, b) => b.length - a.length);

/** A name as a prefix (possibly empty) and a usual department, or null. */
export function splitDepartment(name: string): { prefix: string; dept: string } | null {
  const key = normalizeText(name);
  for (const dept of DEPTS_LONGEST_FIRST) {
    if (!key.endsWith(dept)) continue;
    const prefix = key.slice(0, key.length - dept.length);
    const m = PREFIX_RE.exec(prefix);
    if (m && m[0] === prefix) return { prefix, dept };
  }
  return null;
}

/** A usual department of some level or place, or a bare one (城管局). */
export function isUsualDepartment(name: string): boolean {
  return splitDepartment(name) !== null;
}

export function isLocalCollective(name: string): boolean {
  return COLLECTIVE_RE.test(normalizeText(name));
}

/** Known without the directory: a usual department or a collective of any level. */
export function isKnownLocalUnit(name: string): boolean {
  return isUsualDepartment(name) || isLocalCollective(name);
}

/** Numerals, ordinals and directions tell different units apart (城东街道 / 城西街道, 一中 / 二中). */
const DISTINCT_CHARS = /[一二三四五六七八九十百千〇零\d东西南北中上下前后左右甲乙丙丁第]/;

/**
 * The usual department one character away from `name` with the same prefix (县教肓局 -> 县教育局,
 * 城官局 -> 城管局), or null. The character that differs is never a numeral, ordinal or direction.
 */
export function nearDepartment(name: string): string | null {
  const key = normalizeText(name);
  if (isKnownLocalUnit(key)) return null;
  // Where a place or level prefix can end (县 | 区 | 杭州市 …): tried once, not once per department.
  const cuts: number[] = [];
  for (let cut = 0; cut <= key.length; cut++) {
    const prefix = key.slice(0, cut);
    const m = PREFIX_RE.exec(prefix);
    if (m && m[0] === prefix) cuts.push(cut);
  }
  for (const dept of USUAL_DEPARTMENTS) {
    for (const cut of cuts) {
      const rest = key.slice(cut);
      if (rest.length === dept.length && oneSubstitution(rest, dept)) return key.slice(0, cut) + dept;
    }
  }
  return null;
}

/** Same length, one character differs, and that character is no numeral, ordinal or direction. */
export function oneSubstitution(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let diff = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (diff >= 0) return false;
    diff = i;
  }
  return !DISTINCT_CHARS.test(a[diff]) && !DISTINCT_CHARS.test(b[diff]);
}


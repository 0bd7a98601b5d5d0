import * as fs from 'fs';
import * as path from 'path';
import { parseUnits, combineLeadSupport, UnitDirectory, type ParsedUnits } from '../../../src/core/units';
import type { CellValue } from '../../../src/core/types';

const dir = UnitDirectory.builtin();
const SHARED = path.resolve(__dirname, '../../fixtures/plan');
const PLAN_TEXT = fs.readFileSync(path.join(SHARED, 'zhejiang-2018-16.txt'), 'utf8');
const PLAN_JSON = JSON.parse(fs.readFileSync(path.join(SHARED, 'key-tasks.json'), 'utf8')) as {
  tasks: Array<{ seq: number; units: string }>;
};

type U = [name: string, canonical: string | null, role: 'lead' | 'support'];
const L = (name: string, canonical: string | null = name): U => [name, canonical, 'lead'];
const S = (name: string, canonical: string | null = name): U => [name, canonical, 'support'];

function shape(p: ParsedUnits): { units: U[]; lead: string | null } {
  return { units: p.units.map((u) => [u.name, u.canonical, u.role] as U), lead: p.lead };
}

const CITY = '各市、县(市、区)政府';

// [what, cell, units, lead]
const CASES: Array<[string, CellValue, U[], string | null]> = [
  // plain and separators
  ['one unit', '省财政厅', [L('省财政厅')], '省财政厅'],
  ['、', '省发展改革委、省质监局', [L('省发展改革委'), S('省质监局')], '省发展改革委'],
  [', ascii', '省法制办,省级主要执法部门', [L('省法制办'), S('省级主要执法部门')], '省法制办'],
  ['， full-width', '省统计局，省发展改革委', [L('省统计局'), S('省发展改革委')], '省统计局'],
  ['; and ；', '省统计局;省财政厅；省信访局', [L('省统计局'), S('省财政厅'), S('省信访局')], '省统计局'],
  ['spaces', '省统计局 省财政厅\u3000省信访局', [L('省统计局'), S('省财政厅'), S('省信访局')], '省统计局'],
  ['line breaks', '省统计局\n省财政厅\r\n省信访局', [L('省统计局'), S('省财政厅'), S('省信访局')], '省统计局'],
  ['stray separators', '、省财政厅，，省统计局；\n', [L('省财政厅'), S('省统计局')], '省财政厅'],
  ['surrounding spaces', '  省财政厅  ', [L('省财政厅')], '省财政厅'],
  ['no separator between known names', '省财政厅省统计局', [L('省财政厅'), S('省统计局')], '省财政厅'],
  // collective units stay whole
  ['collective with 、 and brackets', CITY, [L(CITY)], CITY],
  ['collective, full-width brackets', '各市、县（市、区）政府', [L('各市、县（市、区）政府', CITY)], '各市、县（市、区）政府'],
  ['collective, 〔〕 brackets', '各市、县〔市、区〕政府', [L('各市、县〔市、区〕政府', CITY)], '各市、县〔市、区〕政府'],
  ['collective after a unit', `省编办,${CITY}`, [L('省编办'), S(CITY)], '省编办'],
  ['two collectives', '各市、县(市、区)政府党组,省政府各部门党委(党组)',
    [L('各市、县(市、区)政府党组'), S('省政府各部门党委(党组)')], '各市、县(市、区)政府党组'],
  ['党委〔党组〕', '省政府各部门党委〔党组〕', [L('省政府各部门党委〔党组〕', '省政府各部门党委(党组)')], '省政府各部门党委〔党组〕'],
  ['collective broken by a line break', '各市、县（市、\n区）政府', [L('各市、县（市、区）政府', CITY)], '各市、县（市、区）政府'],
  ['各市、县政府 shorthand', '省财政厅、各市、县政府', [L('省财政厅'), S('各市、县政府', CITY)], '省财政厅'],
  ['人民政府 alias', '各市、县（市、区）人民政府', [L('各市、县（市、区）人民政府', CITY)], '各市、县（市、区）人民政府'],
  ['省级各部门, 各设区市政府', '省级各部门、各设区市政府', [L('省级各部门'), S('各设区市政府')], '省级各部门'],
  // markers
  ['X（牵头）', '省财政厅、省发改委（牵头）', [S('省财政厅'), L('省发改委', '省发展改革委')], '省发改委'],
  ['X(牵头) half-width', '省财政厅,省发改委(牵头)', [S('省财政厅'), L('省发改委', '省发展改革委')], '省发改委'],
  ['X【牵头】', '省财政厅、省发改委【牵头】', [S('省财政厅'), L('省发改委', '省发展改革委')], '省发改委'],
  ['X牵头', '省财政厅、省统计局牵头', [S('省财政厅'), L('省统计局')], '省统计局'],
  ['X牵头，Y配合', '省统计局牵头，省财政厅配合', [L('省统计局'), S('省财政厅')], '省统计局'],
  ['牵头单位：X', '牵头单位：省统计局', [L('省统计局')], '省统计局'],
  ['牵头单位：X；配合单位：Y、Z', '牵头单位：省统计局；配合单位：省发改委、省财政厅',
    [L('省统计局'), S('省发改委', '省发展改革委'), S('省财政厅')], '省统计局'],
  ['配合单位 first', '配合单位：省财政厅；牵头单位：省统计局', [S('省财政厅'), L('省统计局')], '省统计局'],
  ['only supporting', '配合单位：省财政厅、省统计局', [S('省财政厅'), S('省统计局')], null],
  ['X（配合） first', '省发改委（配合）、省财政厅', [S('省发改委', '省发展改革委'), L('省财政厅')], '省财政厅'],
  ['协办', '省财政厅、省统计局（协办）', [L('省财政厅'), S('省统计局')], '省财政厅'],
  ['marker after a space', '省发改委 （牵头）、省财政厅', [L('省发改委', '省发展改革委'), S('省财政厅')], '省发改委'],
  ['two leads marked: first leads', '省财政厅（牵头）、省统计局（牵头）', [L('省财政厅'), S('省统计局')], '省财政厅'],
  ['marker on an unknown unit', '市财政局、市发改委（牵头）', [S('市财政局', null), L('市发改委', null)], '市发改委'],
  ['X牵头 on an unknown unit', '市发改委牵头', [L('市发改委', null)], '市发改委'],
  // numbered lists in a cell
  ['1. 2. numbered lines', '1.省发改委\n2.省财政厅', [L('省发改委', '省发展改革委'), S('省财政厅')], '省发改委'],
  ['1、 numbered', '1、省统计局；2、省财政厅', [L('省统计局'), S('省财政厅')], '省统计局'],
  ['(1) numbered', '（1）省统计局（2）省财政厅', [L('省统计局'), S('省财政厅')], '省统计局'],
  ['circled numbers', '①省统计局②市财政局', [L('省统计局'), S('市财政局', null)], '省统计局'],
  ['a name starting with digits is kept', '12345热线', [L('12345热线', null)], '12345热线'],
  // prefixes and notes
  ['责任单位：', '责任单位：省法制办', [L('省法制办')], '省法制办'],
  ['责任单位: half-width', '责任单位:省法制办, 省司法厅', [L('省法制办'), S('省司法厅')], '省法制办'],
  ['plan-text note in brackets', `（责任单位：省法制办，各市、县〔市、区〕政府）`,
    [L('省法制办'), S('各市、县〔市、区〕政府', CITY)], '省法制办'],
  // 等 and joiners
  ['trailing 等', '省财政厅、省统计局等', [L('省财政厅'), S('省统计局')], '省财政厅'],
  ['等 after a marker', '省财政厅（牵头）等', [L('省财政厅')], '省财政厅'],
  ['等省级单位 then more units', '省数据管理中心、省编办等省级单位，各市、县〔市、区〕政府',
    [L('省数据管理中心'), S('省编办'), S('各市、县〔市、区〕政府', CITY)], '省数据管理中心'],
  ['等单位 on unknown units', '杭州市发改委、市财政局等单位', [L('杭州市发改委', null), S('市财政局', null)], '杭州市发改委'],
  ['等N个部门', '省发改委等5个部门', [L('省发改委', '省发展改革委')], '省发改委'],
  ['lone 等', '省财政厅、等', [L('省财政厅')], '省财政厅'],
  ['和 between known names', '省法制办和其他省级部门', [L('省法制办'), S('其他省级部门')], '省法制办'],
  ['及 between known names', '省财政厅及省统计局', [L('省财政厅'), S('省统计局')], '省财政厅'],
  ['和 inside an alias', '浙江省发展和改革委员会', [L('浙江省发展和改革委员会', '省发展改革委')], '浙江省发展和改革委员会'],
  ['等 inside an unknown name is kept', '各高等院校', [L('各高等院校', null)], '各高等院校'],
  // aliases and the 浙江省 prefix
  ['aliases -> canonical', '省发改委、省人社厅、省人社保厅、浙江省财政厅',
    [L('省发改委', '省发展改革委'), S('省人社厅', '省人力社保厅'), S('省人社保厅', '省人力社保厅'), S('浙江省财政厅', '省财政厅')], '省发改委'],
  ['successor names', '省司法厅、省市场监管局', [L('省司法厅'), S('省市场监管局')], '省司法厅'],
  ['spaces inside a known name', '省 发改委', [L('省发改委', '省发展改革委')], '省发改委'],
  // another name of the same unit in brackets (reform years) is a note, not part of the name
  ['predecessor (successor)', '省法制办（省司法厅）、省财政厅', [L('省法制办'), S('省财政厅')], '省法制办'],
  ['successor (原 predecessor)', '省司法厅(原省法制办)', [L('省司法厅')], '省司法厅'],
  ['alias in brackets', '省发展改革委（省发改委）', [L('省发展改革委')], '省发展改革委'],
  ['bracketed other unit is not a note', '省财政厅（省统计局）', [L('省财政厅（省统计局）', null)], '省财政厅（省统计局）'],
  ['note then marker', '省编办（省委编办）（牵头）、省财政厅', [L('省编办'), S('省财政厅')], '省编办'],
  // unknown units
  // a city's or county's own collective governments, written like the plan's, stay whole too
  ['city collective', '各区、县(市)政府', [L('各区、县(市)政府')], '各区、县(市)政府'],
  ['city collective after a unit', '市政府办公厅、各区、县（市）政府',
    [L('市政府办公厅', null), S('各区、县（市）政府', '各区、县(市)政府')], '市政府办公厅'],
  ['county collective, 人民政府', '各县、市（区）人民政府、市财政局',
    [L('各县、市（区）人民政府', '各县(市、区)政府'), S('市财政局', null)], '各县、市（区）人民政府'],
  ['collective not in the directory kept whole', '各镇、乡(街道)政府', [L('各镇、乡(街道)政府', null)], '各镇、乡(街道)政府'],
  ['各区 then a department: two units', '各区、市发改委', [L('各区', null), S('市发改委', null)], '各区'],
  ['各区 then a government of another kind: two units', '各区、县教育局', [L('各区', null), S('县教育局', null)], '各区'],
  ['unknown unit', '市发改委', [L('市发改委', null)], '市发改委'],
  ['space between unknown names', '市财政局 市统计局', [L('市财政局', null), S('市统计局', null)], '市财政局'],
  ['unknown between known', '省财政厅、市教育局、省统计局', [L('省财政厅'), S('市教育局', null), S('省统计局')], '省财政厅'],
  ['a known name at the start of an unknown one', '江苏省财政厅', [L('江苏省财政厅', null)], '江苏省财政厅'],
  ['a known name followed by more text', '省财政厅厅', [L('省财政厅厅', null)], '省财政厅厅'],
  ['unknown with brackets kept whole', '市综合行政执法局(城管局)、省财政厅',
    [L('市综合行政执法局(城管局)', null), S('省财政厅')], '市综合行政执法局(城管局)'],
  // cells that name no unit
  ['empty', '', [], null],
  ['blank', '  \n ', [], null],
  ['null', null, [], null],
  ['undefined', undefined, [], null],
  ['number', 42, [], null],
  ['boolean', true, [], null],
  ['date', new Date(Date.UTC(2018, 5, 30)), [], null],
  ['#N/A', '#N/A', [], null],
  ['#VALUE!', '#VALUE!', [], null],
  ['#REF!', '#REF!', [], null],
  ['dash', '—', [], null],
  ['slash', '/', [], null],
];

describe('parseUnits', () => {
  test.each(CASES)('%s', (_what, cell, units, lead) => {
    expect(shape(parseUnits(cell, dir))).toEqual({ units, lead });
  });

  test('never throws on odd input', () => {
    const odd: unknown[] = [NaN, Infinity, -0, {}, [], '(((', ')))', '（牵头）', '牵头', '等', '、、、', '责任单位：', '\u200b', '#DIV/0!', '省财政厅（', '(省财政厅'];
    for (const v of odd) expect(() => parseUnits(v as CellValue, dir)).not.toThrow();
    expect(parseUnits('（牵头）', dir).units).toEqual([]);
    expect(parseUnits('责任单位：', dir).units).toEqual([]);
  });

  test('uses the built-in directory by default', () => {
    expect(parseUnits('省发改委').units[0].canonical).toBe('省发展改革委');
  });

  test('uses an extended directory', () => {
    const local = dir.extend({ units: [{ name: '杭州市发改委', aliases: ['市发改委'] }, { name: '各乡镇(街道)', collective: true }] });
    const p = parseUnits('市发改委、各乡镇（街道）、省财政厅', local);
    expect(shape(p)).toEqual({
      units: [L('市发改委', '杭州市发改委'), S('各乡镇（街道）', '各乡镇(街道)'), S('省财政厅')],
      lead: '市发改委',
    });
  });

  test('results are independent copies', () => {
    const a = parseUnits('省财政厅、省统计局', dir);
    a.units.pop();
    a.lead = 'x';
    expect(parseUnits('省财政厅、省统计局', dir).units).toHaveLength(2);
    expect(parseUnits('省财政厅、省统计局', dir).lead).toBe('省财政厅');
  });
});

describe("the plan's 49 unit lists", () => {
  // Independent reading of the table: groups are comma-separated; within a group 、 separates units,
  // except in the collective 各市、县(市、区)… names. The first unit leads.
  function expectedUnits(cell: string): string[] {
    return cell
      .split(',')
      .flatMap((group) => (group.startsWith('各市、县(市、区)') ? [group] : group.split('、')));
  }
  const planLists: Array<[number, string]> = PLAN_JSON.tasks.map((t) => [t.seq, t.units]);
  test.each(planLists)('task %d: %s', (_seq, cell) => {
    const expected = expectedUnits(cell);
    const parsed = parseUnits(cell, dir);
    expect(parsed.units.map((u) => u.name)).toEqual(expected);
    expect(parsed.lead).toBe(expected[0]);
    expect(parsed.units.map((u) => u.role)).toEqual(expected.map((_, i) => (i === 0 ? 'lead' : 'support')));
    // Every unit of the plan is in the directory.
    for (const u of parsed.units) expect(u.canonical).not.toBeNull();
  });
});

describe("the plan text's (责任单位：…) notes", () => {
  // Notes run across page breaks in the text ("省级有关部\n\n门"): the parser must not split there.
  const notes = [...PLAN_TEXT.matchAll(/[(（](责任单位[:：][^()（）]*)[)）]/g)].map((m) => m[1]);
  const partyNotes = [...PLAN_TEXT.matchAll(/[(（](各市、县〔市、区〕政府党组[^()（）]*)[)）]/g)].map((m) => m[1]);

  test('there are notes for every task paragraph', () => {
    expect(notes.length).toBe(36); // sections 二(二)…(十): 4+5+5+5+3+4+2+4+4
    expect(partyNotes.length).toBe(5);
  });

  test.each([...notes, ...partyNotes])('%s', (note) => {
    const parsed = parseUnits(note, dir);
    expect(parsed.units.length).toBeGreaterThan(0);
    for (const u of parsed.units) expect({ name: u.name, canonical: u.canonical }).toEqual({ name: u.name, canonical: expect.any(String) });
    // Independent count: pieces between separators, 各市、县〔市、区〕… counted once, 和/等… tails dropped.
    const pieces = note
      .replace(/^责任单位[:：]/, '')
      .replace(/\s+/g, '')
      .replace(/各市、县〔市、区〕/g, '各市县')
      .replace(/等省级单位/g, '')
      .split(/[,，、]|和其他/)
      .filter(Boolean);
    expect(parsed.units).toHaveLength(pieces.length);
    expect(parsed.lead).toBe(parsed.units[0].name);
  });
});

describe('combineLeadSupport', () => {
  const p = (s: string) => parseUnits(s, dir);
  const cases: Array<[string, string, string, U[], string | null]> = [
    ['lead + support', '省发改委', '省财政厅、省统计局', [L('省发改委', '省发展改革委'), S('省财政厅'), S('省统计局')], '省发改委'],
    ['a unit in both counts once, as lead', '省发改委', '省发展改革委、省财政厅', [L('省发改委', '省发展改革委'), S('省财政厅')], '省发改委'],
    ['repeated supporting unit once', '省统计局', '省财政厅、浙江省财政厅', [L('省统计局'), S('省财政厅')], '省统计局'],
    ['lead only', '省发改委', '', [L('省发改委', '省发展改革委')], '省发改委'],
    ['support only: no lead', '', '省财政厅、省统计局', [S('省财政厅'), S('省统计局')], null],
    ['two units in the lead column', '省发改委、省财政厅', '省统计局', [L('省发改委', '省发展改革委'), S('省财政厅'), S('省统计局')], '省发改委'],
    ['marked lead in the lead column', '省财政厅、省发改委（牵头）', '省统计局', [L('省发改委', '省发展改革委'), S('省财政厅'), S('省统计局')], '省发改委'],
    ['unknown units by their text', '市发改委', '市财政局（一）、市财政局(一)', [L('市发改委', null), S('市财政局（一）', null)], '市发改委'],
    ['both empty', '', '', [], null],
  ];
  test.each(cases)('%s', (_what, lead, support, units, leadName) => {
    expect(shape(combineLeadSupport(p(lead), p(support)))).toEqual({ units, lead: leadName });
  });
});

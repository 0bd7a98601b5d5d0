import * as fs from 'fs';
import * as path from 'path';
import { UnitDirectory, UnitsConfigError, sameUnit, levelPrefix } from '../../../src/core/units';

const dir = UnitDirectory.builtin();
const PLAN_TEXT = fs.readFileSync(path.resolve(__dirname, '../../fixtures/plan/zhejiang-2018-16.txt'), 'utf8');

describe('built-in directory: every unit the plan names', () => {
  // Read off the plan: annex table, (责任单位：…) notes, address line and 抄送 line.
  const PLAN_UNITS = [
    '省政府办公厅', '省财政厅', '省政府研究室', '省法制办', '省编办', '省质监局', '省发展改革委', '省工商局',
    '省数据管理中心', '省统计局', '省信访局', '省人力社保厅', '省公务员局', '省司法厅', '省建设厅', '省公安厅',
    '省通信管理局', '省综治办', '省新闻办', '省经信委',
    '各市、县(市、区)政府', '各市、县(市、区)政府党组', '省政府各部门', '省政府各部门党委(党组)', '省级有关部门',
    '省级各部门', '省级主要执法部门', '其他省级部门', '省政府直属各单位',
    '省委各部门', '省人大常委会', '省政协办公厅', '省军区', '省监委', '省法院', '省检察院',
  ];
  test.each(PLAN_UNITS)('%s is a canonical unit', (name) => {
    expect(dir.resolve(name)).toEqual({ canonical: name, via: 'canonical' });
  });

  test('the 抄送 line names only known units', () => {
    const line = /抄送：(.*)。/.exec(PLAN_TEXT)![1];
    const names = line.split(/[，、]/).filter(Boolean);
    expect(names.length).toBeGreaterThanOrEqual(6);
    for (const n of names) expect(dir.resolve(n)).not.toBeNull();
  });

  test('the address line names only known units', () => {
    const line = PLAN_TEXT.split('\n').find((l) => l.startsWith('各市、县'))!;
    // "各市、县(市、区)人民政府,省政府直属各单位:"
    const names = line.replace(/:$/, '').split(',');
    expect(names.map((n) => dir.resolve(n)?.canonical)).toEqual(['各市、县(市、区)政府', '省政府直属各单位']);
  });
});

describe('resolve', () => {
  const cases: Array<[string, string | null, string?]> = [
    // written, canonical, via
    ['省发展改革委', '省发展改革委', 'canonical'],
    ['省发改委', '省发展改革委', 'alias'],
    ['浙江省发展和改革委员会', '省发展改革委', 'alias'],
    ['浙江省发改委', '省发展改革委', 'alias'],
    ['浙江省财政厅', '省财政厅', 'alias'],
    ['省人社厅', '省人力社保厅', 'alias'],
    ['省人社保厅', '省人力社保厅', 'alias'],
    ['浙江省人力资源和社会保障厅', '省人力社保厅', 'alias'],
    ['省政府办', '省政府办公厅', 'alias'],
    ['浙江省人民政府办公厅', '省政府办公厅', 'alias'],
    ['浙江省人民政府法制办公室', '省法制办', 'alias'],
    ['浙江省质量技术监督局', '省质监局', 'alias'],
    ['浙江省机构编制委员会办公室', '省编办', 'alias'],
    ['各市、县(市、区)人民政府', '各市、县(市、区)政府', 'alias'],
    // brackets and widths do not matter
    ['各市、县（市、区）政府', '各市、县(市、区)政府', 'canonical'],
    ['各市、县〔市、区〕政府', '各市、县(市、区)政府', 'canonical'],
    ['省政府各部门党委〔党组〕', '省政府各部门党委(党组)', 'canonical'],
    ['省政府各部门党委【党组】', '省政府各部门党委(党组)', 'canonical'],
    [' 省财政厅 ', '省财政厅', 'canonical'],
    ['省 财政厅', '省财政厅', 'canonical'],
    // successors
    ['省司法厅', '省司法厅', 'canonical'],
    ['省市场监管局', '省市场监管局', 'successor'],
    ['省委编办', '省委编办', 'successor'],
    ['省大数据发展管理局', '省大数据发展管理局', 'successor'],
    ['省经信厅', '省经信厅', 'successor'],
    ['浙江省市场监督管理局', '省市场监管局', 'alias'],
    ['省大数据局', '省大数据发展管理局', 'alias'],
    // unknown
    ['省星际办', null, ''],
    ['市发改委', null, ''],
    ['江苏省财政厅', null, ''],
    ['', null, ''],
  ];
  test.each(cases)('%s', (written, canonical, via) => {
    const r = dir.resolve(written);
    if (canonical === null) expect(r).toBeNull();
    else expect(r).toEqual({ canonical, via });
  });
});

describe('currentName', () => {
  test.each([
    ['省法制办', '省司法厅'],
    ['省质监局', '省市场监管局'],
    ['省工商局', '省市场监管局'],
    ['省编办', '省委编办'],
    ['省数据管理中心', '省大数据发展管理局'],
    ['省经信委', '省经信厅'],
    ['省司法厅', '省司法厅'],
    ['省财政厅', '省财政厅'],
    ['省发改委', '省发展改革委'],
    ['省市场监管局', '省市场监管局'],
    ['某某单位', '某某单位'],
  ])('%s -> %s', (name, current) => {
    expect(dir.currentName(name)).toBe(current);
  });

  test('predecessors', () => {
    expect(dir.predecessors('省市场监管局').sort()).toEqual(['省工商局', '省质监局'].sort());
    expect(dir.predecessors('省司法厅')).toEqual(['省法制办']);
    expect(dir.predecessors('省财政厅')).toEqual([]);
  });
});

describe('sameUnit', () => {
  test.each([
    ['省发改委', '省发展改革委', true],
    ['省法制办', '省司法厅', true],
    ['省司法厅', '省法制办', true],
    ['省编办', '省委编办', true],
    ['省质监局', '省市场监管局', true],
    ['省工商局', '浙江省市场监督管理局', true],
    ['省政府各部门党委〔党组〕', '省政府各部门党委(党组)', true],
    ['市发改委', '市发改委', true],
    ['市发改委', '市 发改委', true],
    // two predecessors of one successor are different units
    ['省质监局', '省工商局', false],
    ['省财政厅', '省统计局', false],
    ['市发改委', '省发改委', false],
    ['市发改委', '县发改委', false],
    ['', '', false],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(sameUnit(a as string, b as string, dir)).toBe(same);
  });
});

describe('isCollective', () => {
  test.each([
    ['各市、县(市、区)政府', true],
    ['各市、县（市、区）人民政府', true],
    ['各市、县(市、区)政府党组', true],
    ['省政府各部门', true],
    ['省政府各部门党委(党组)', true],
    ['省级有关部门', true],
    ['省级各部门', true],
    ['省级主要执法部门', true],
    ['各设区市政府', true],
    ['其他省级部门', true],
    ['省财政厅', false],
    ['省发改委', false],
    ['不认识的单位', false],
  ])('%s: %s', (name, collective) => {
    expect(dir.isCollective(name as string)).toBe(collective);
  });
});

describe('knownNames', () => {
  test('longest first, every name and alias, no duplicates', () => {
    const names = dir.knownNames();
    const lengths = names.map((n) => Array.from(n.replace(/\s/g, '')).length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    expect(names).toContain('省发改委');
    expect(names).toContain('省发展改革委');
    expect(names).toContain('各市、县(市、区)政府');
    expect(new Set(names).size).toBe(names.length);
    // Every known name resolves.
    for (const n of names) expect(dir.resolve(n)).not.toBeNull();
  });

  test('builtin() is shared and unchanged by extend()', () => {
    expect(UnitDirectory.builtin()).toBe(dir);
    const before = dir.knownNames().length;
    dir.extend({ units: [{ name: '杭州市发改委' }] });
    expect(dir.knownNames().length).toBe(before);
    expect(dir.resolve('杭州市发改委')).toBeNull();
  });
});

describe('levelPrefix', () => {
  test.each([
    ['省财政厅', '省'],
    ['浙江省财政厅', '省'],
    ['市财政局', '市'],
    ['县发改局', '县'],
    ['区统计局', '区'],
    ['杭州市发改委', ''],
    ['各市、县(市、区)政府', ''],
  ])('%s -> %s', (name, level) => {
    expect(levelPrefix(name)).toBe(level);
  });
});

describe('nearMiss', () => {
  const positives: Array<[string, string]> = [
    ['省发该委', '省发改委'], // substitution
    ['省财政局', '省财政厅'],
    ['省政府办公室', '省政府办公厅'],
    ['省建设局', '省建设厅'],
    ['省统计', '省统计局'], // deletion
    ['省统计局局', '省统计局'], // insertion
    ['省法制办公', '省法制办'],
    ['省发展改委', '省发展改革委'],
    ['省人力社保局', '省人力社保厅'],
    ['各市、县(市、区)政', '各市、县(市、区)政府'],
    ['浙江省统计厅', '浙江省统计局'],
    ['省 财政局', '省财政厅'], // spaces do not count
  ];
  test.each(positives)('%s -> %s', (typo, known) => {
    expect(dir.nearMiss(typo)).toBe(known);
  });

  const negatives: Array<[string, string]> = [
    ['市发改委', 'a different level is a different unit'],
    ['县发改委', 'level'],
    ['区统计局', 'level'],
    ['市财政厅', 'level'],
    ['财政厅', 'no level prefix vs 省'],
    ['省财政厅', 'already known'],
    ['省发改委', 'already known (alias)'],
    ['省星际办', 'two characters away'],
    ['杭州市财政局', 'unrelated'],
    ['', 'empty'],
  ];
  test.each(negatives)('%s -> null (%s)', (name) => {
    expect(dir.nearMiss(name)).toBeNull();
  });

  test('prefers a canonical name over an alias', () => {
    // 省丙局 is one character from the alias 省乙局 (added first) and from the canonical 省丁局.
    const d = dir.extend({ units: [{ name: '省甲单位', aliases: ['省乙局'] }, { name: '省丁局' }] });
    expect(d.nearMiss('省丙局')).toBe('省丁局');
    // With only the alias near, the alias is named.
    expect(dir.extend({ units: [{ name: '省甲单位', aliases: ['省乙局'] }] }).nearMiss('省丙局')).toBe('省乙局');
  });
});

describe('extend', () => {
  test('adds local units with aliases', () => {
    const d = dir.extend({ units: [{ name: '杭州市发改委', aliases: ['市发改委'] }, { name: '市财政局' }] });
    expect(d.resolve('杭州市发改委')).toEqual({ canonical: '杭州市发改委', via: 'canonical' });
    expect(d.resolve('市发改委')).toEqual({ canonical: '杭州市发改委', via: 'alias' });
    expect(d.resolve('市财政局')).toEqual({ canonical: '市财政局', via: 'canonical' });
    expect(d.knownNames()).toContain('市发改委');
    // Built-in names still work.
    expect(d.resolve('省发改委')).toEqual({ canonical: '省发展改革委', via: 'alias' });
    // nearMiss sees the new names, with the level rule.
    expect(d.nearMiss('市财政厅')).toBe('市财政局');
    expect(d.nearMiss('县财政局')).toBeNull();
  });

  test('collective units', () => {
    const d = dir.extend({ units: [{ name: '各乡镇(街道)', collective: true }, { name: '区委办', collective: false }] });
    expect(d.isCollective('各乡镇（街道）')).toBe(true);
    expect(d.isCollective('区委办')).toBe(false);
  });

  test('aliases map onto built-in and new units', () => {
    const d = dir.extend({
      units: [{ name: '杭州市发改委' }],
      aliases: { 发改委: '省发展改革委', 杭发改: '杭州市发改委', 省发改: '省发改委' },
    });
    expect(d.resolve('发改委')).toEqual({ canonical: '省发展改革委', via: 'alias' });
    expect(d.resolve('杭发改')).toEqual({ canonical: '杭州市发改委', via: 'alias' });
    expect(d.resolve('省发改')?.canonical).toBe('省发展改革委');
  });

  test('a unit entry naming a built-in unit adds aliases to it', () => {
    const d = dir.extend({ units: [{ name: '省财政厅', aliases: ['财政厅'] }] });
    expect(d.resolve('财政厅')).toEqual({ canonical: '省财政厅', via: 'alias' });
  });

  test('extensions chain', () => {
    const d = dir.extend({ units: [{ name: '市财政局' }] }).extend({ aliases: { 财政局: '市财政局' } });
    expect(d.resolve('财政局')?.canonical).toBe('市财政局');
  });

  test('an alias repeated for the same unit is fine', () => {
    expect(() => dir.extend({ aliases: { 省发改委: '省发展改革委' } })).not.toThrow();
  });

  const invalid: Array<[string, unknown, string]> = [
    ['not an object', 'units', 'units-config-not-object'],
    ['null', null, 'units-config-not-object'],
    ['an array', [], 'units-config-not-object'],
    ['unknown key', { unit: [] }, 'units-config-unknown-key'],
    ['units not array', { units: {} }, 'units-config-units-invalid'],
    ['unit not object', { units: ['市财政局'] }, 'units-config-unit-invalid'],
    ['unit without name', { units: [{ aliases: ['x'] }] }, 'units-config-name-invalid'],
    ['blank name', { units: [{ name: '  ' }] }, 'units-config-name-invalid'],
    ['aliases not array', { units: [{ name: '市财政局', aliases: '财政局' }] }, 'units-config-aliases-invalid'],
    ['alias not text', { units: [{ name: '市财政局', aliases: [1] }] }, 'units-config-aliases-invalid'],
    ['collective not boolean', { units: [{ name: '各乡镇', collective: 'yes' }] }, 'units-config-collective-invalid'],
    ['unknown unit key', { units: [{ name: '市财政局', alias: ['x'] }] }, 'units-config-unknown-key'],
    ['aliases not object', { aliases: ['x'] }, 'units-config-alias-map-invalid'],
    ['alias target not text', { aliases: { x: 1 } }, 'units-config-alias-map-invalid'],
    ['alias target unknown', { aliases: { 财政局: '市财政局' } }, 'units-config-alias-target-unknown'],
    ['alias already another unit', { aliases: { 省发改委: '省财政厅' } }, 'units-config-name-conflict'],
    ['unit named like an alias', { units: [{ name: '省发改委' }] }, 'units-config-name-conflict'],
    ['unit alias taken', { units: [{ name: '市财政局', aliases: ['省财政厅'] }] }, 'units-config-name-conflict'],
  ];
  test.each(invalid)('invalid: %s', (_n, config, messageId) => {
    let caught: unknown;
    try {
      dir.extend(config as never);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(UnitsConfigError);
    expect((caught as UnitsConfigError).messageId).toBe(messageId);
    expect((caught as UnitsConfigError).message).toMatch(/[\u4e00-\u9fff]/);
  });

  test('errors name the entry', () => {
    try {
      dir.extend({ units: [{ name: '甲' }, { name: '' }] });
      throw new Error('no error');
    } catch (e) {
      expect((e as UnitsConfigError).data).toEqual({ index: 2 });
    }
    try {
      dir.extend({ aliases: { 省发改委: '省财政厅' } });
      throw new Error('no error');
    } catch (e) {
      expect((e as UnitsConfigError).data).toEqual({ name: '省发改委', canonical: '省发展改革委' });
    }
  });

  test('a failed extend leaves the directory unchanged', () => {
    expect(() => dir.extend({ units: [{ name: '市财政局' }, { name: 5 as unknown as string }] })).toThrow(UnitsConfigError);
    expect(dir.resolve('市财政局')).toBeNull();
  });
});

// The built-in directory beyond the 2018 plan: the units real Zhejiang ledgers name.
import {
  UnitDirectory,
  BUILTIN_UNITS,
  levelPrefix,
  parseUnits,
  planWorkload,
  sameUnit,
} from '../../../src/core/units';
import { PLAN_2018 } from '../../../src/core/plan';

const dir = UnitDirectory.builtin();

// Canonical name -> aliases officials write (the automatic 浙江省… form is checked separately).
const BEYOND_PLAN: Array<[string, string[]]> = [
  // 省政府组成部门 after the 2018 reform
  ['省教育厅', []],
  ['省科技厅', ['浙江省科学技术厅', '省科学技术厅']],
  ['省民宗委', ['浙江省民族宗教事务委员会', '省民族宗教事务委员会', '省民族宗教委']],
  ['省民政厅', []],
  ['省自然资源厅', []],
  ['省生态环境厅', []],
  ['省交通运输厅', ['省交通厅', '浙江省交通厅']],
  ['省水利厅', []],
  ['省农业农村厅', []],
  ['省商务厅', []],
  ['省文化和旅游厅', ['省文旅厅', '浙江省文旅厅', '省文化旅游厅']],
  ['省卫生健康委', ['浙江省卫生健康委员会', '省卫生健康委员会', '省卫健委', '浙江省卫健委']],
  ['省退役军人事务厅', ['省退役军人厅', '浙江省退役军人厅']],
  ['省应急管理厅', ['省应急厅', '浙江省应急厅']],
  ['省审计厅', []],
  [
    '省外办',
    ['浙江省人民政府外事办公室', '省人民政府外事办公室', '省政府外事办公室', '浙江省外事办公室', '省外事办公室', '省政府外办', '省委外办'],
  ],
  [
    '省国资委',
    ['浙江省人民政府国有资产监督管理委员会', '省人民政府国有资产监督管理委员会', '省政府国有资产监督管理委员会', '省国有资产监督管理委员会', '省政府国资委'],
  ],
  // 直属机构
  ['省广播电视局', ['省广电局', '浙江省广电局']],
  ['省体育局', []],
  ['省医疗保障局', ['省医保局', '浙江省医保局']],
  ['省机关事务局', ['浙江省机关事务管理局', '省机关事务管理局']],
  ['省人防办', ['浙江省人民防空办公室', '省人民防空办公室']],
  ['省地方金融监管局', ['浙江省地方金融监督管理局', '省地方金融监督管理局']],
  // 部门管理机构
  ['省粮食和物资储备局', ['省粮储局', '浙江省粮储局']],
  ['省能源局', []],
  ['省林业局', []],
  ['省监狱管理局', ['省监狱局', '浙江省监狱局']],
  ['省药监局', ['浙江省药品监督管理局', '省药品监督管理局']],
  ['省文物局', []],
  // Central units in the province
  ['省税务局', ['国家税务总局浙江省税务局']],
  ['省气象局', []],
  ['省邮政管理局', []],
  ['省地震局', []],
  ['杭州海关', ['中华人民共和国杭州海关']],
  ['宁波海关', ['中华人民共和国宁波海关']],
  ['省消防救援总队', []],
  // 省委, 省纪委省监委
  ['省委办公厅', ['中共浙江省委办公厅', '浙江省委办公厅', '省委办']],
  ['省委组织部', ['中共浙江省委组织部', '浙江省委组织部']],
  ['省委宣传部', ['中共浙江省委宣传部', '浙江省委宣传部']],
  ['省委统战部', ['中共浙江省委统战部', '浙江省委统战部', '中共浙江省委统一战线工作部', '省委统一战线工作部']],
  ['省委政法委', ['中共浙江省委政法委员会', '省委政法委员会', '中共浙江省委政法委', '浙江省委政法委']],
  [
    '省委网信办',
    ['中共浙江省委网络安全和信息化委员会办公室', '省委网络安全和信息化委员会办公室', '中共浙江省委网信办', '浙江省委网信办', '省网信办'],
  ],
  ['省委改革办', ['中共浙江省委全面深化改革委员会办公室', '省委全面深化改革委员会办公室', '浙江省委改革办']],
  ['省委政研室', ['中共浙江省委政策研究室', '省委政策研究室', '浙江省委政研室']],
  ['省委老干部局', ['中共浙江省委老干部局', '浙江省委老干部局']],
  ['省委党校', ['中共浙江省委党校', '浙江省委党校']],
  ['省纪委省监委', ['省纪委', '中共浙江省纪律检查委员会', '省纪律检查委员会', '浙江省纪委', '省纪委监委', '浙江省纪委监委']],
  ['省档案局', []],
  // People's organisations
  ['省总工会', []],
  ['团省委', ['共青团浙江省委', '共青团浙江省委员会', '中国共产主义青年团浙江省委员会']],
  ['省妇联', ['浙江省妇女联合会', '省妇女联合会']],
  ['省科协', ['浙江省科学技术协会', '省科学技术协会']],
  ['省残联', ['浙江省残疾人联合会', '省残疾人联合会']],
  ['省工商联', ['浙江省工商业联合会', '省工商业联合会']],
  ['省侨联', ['浙江省归国华侨联合会', '省归国华侨联合会']],
  ['省文联', ['浙江省文学艺术界联合会', '省文学艺术界联合会']],
  ['省社科联', ['浙江省社会科学界联合会', '省社会科学界联合会']],
  ['省社科院', ['浙江省社会科学院', '省社会科学院']],
  ['省供销社', ['浙江省供销合作社联合社', '省供销合作社联合社']],
  ['省红十字会', []],
];

// Pre-reform names: units of their own, no successor links.
const PRE_REFORM: Array<[string, string[]]> = [
  ['省卫生计生委', ['浙江省卫生和计划生育委员会', '省卫生和计划生育委员会', '省卫计委', '浙江省卫计委']],
  ['省农业厅', []],
  ['省国土资源厅', ['省国土厅', '浙江省国土厅']],
  ['省环保厅', ['浙江省环境保护厅', '省环境保护厅']],
  ['省文化厅', []],
  ['省旅游局', []],
  ['省安监局', ['浙江省安全生产监督管理局', '省安全生产监督管理局']],
  ['省海洋与渔业局', []],
  ['省食品药品监管局', ['浙江省食品药品监督管理局', '省食品药品监督管理局', '省食药监局', '浙江省食药监局']],
  ['省物价局', []],
  ['省林业厅', []],
  ['省粮食局', []],
  ['省测绘与地理信息局', []],
  ['省新闻出版广电局', []],
  ['省地税局', ['浙江省地方税务局', '省地方税务局']],
  ['省国税局', ['浙江省国家税务局', '省国家税务局']],
  ['省金融办', ['浙江省人民政府金融工作办公室', '省人民政府金融工作办公室', '省政府金融工作办公室', '省政府金融办']],
  ['省监察厅', []],
  ['省公安消防总队', []],
];

const ALL = [...BEYOND_PLAN, ...PRE_REFORM];

describe('units beyond the 2018 plan', () => {
  test('the tables here list every unit added after the plan section, and nothing twice', () => {
    const names = ALL.map(([n]) => n);
    expect(new Set(names).size).toBe(names.length);
    const builtin = BUILTIN_UNITS.map((u) => u.name);
    for (const n of names) expect(builtin).toContain(n);
  });

  test.each(ALL.map(([n]) => [n]))('%s is a canonical unit', (name) => {
    expect(dir.resolve(name)).toEqual({ canonical: name, via: 'canonical' });
    expect(dir.isCollective(name)).toBe(false);
  });

  const aliasCases = ALL.flatMap(([n, aliases]) => aliases.map((a) => [a, n] as [string, string]));
  test.each(aliasCases)('%s -> %s (alias)', (alias, canonical) => {
    expect(dir.resolve(alias)).toEqual({ canonical, via: 'alias' });
  });

  const provincial = ALL.map(([n]) => n).filter((n) => n.startsWith('省'));
  test.each(provincial.map((n) => [`浙江${n}`, n]))('%s -> %s (automatic 浙江 form)', (full, canonical) => {
    expect(dir.resolve(full)).toEqual({ canonical, via: 'alias' });
  });

  test.each([
    ['省府办公厅', '省政府办公厅'],
    ['省政府办', '省政府办公厅'],
    ['浙江省农业农村厅', '省农业农村厅'],
    ['浙江省生态环境厅', '省生态环境厅'],
    ['浙江省市场监督管理局', '省市场监管局'],
    ['省大数据局', '省大数据发展管理局'],
    ['省人社厅', '省人力社保厅'],
    ['省 卫健委', '省卫生健康委'],
    ['浙江省卫生健康委员会', '省卫生健康委'],
  ])('frequent alias %s -> %s', (alias, canonical) => {
    expect(dir.resolve(alias)?.canonical).toBe(canonical);
  });

  describe('pre-reform names stay their own units', () => {
    test.each(PRE_REFORM.map(([n]) => [n]))('%s: no successor, itself today and in the plan era', (name) => {
      expect(dir.currentName(name)).toBe(name);
      expect(dir.planEraName(name)).toBe(name);
    });
    test.each([
      ['省卫生计生委', '省卫生健康委'],
      ['省农业厅', '省农业农村厅'],
      ['省环保厅', '省生态环境厅'],
      ['省国土资源厅', '省自然资源厅'],
      ['省文化厅', '省文化和旅游厅'],
      ['省旅游局', '省文化和旅游厅'],
      ['省安监局', '省应急管理厅'],
      ['省食品药品监管局', '省市场监管局'],
      ['省林业厅', '省林业局'],
      ['省地税局', '省税务局'],
      ['省金融办', '省地方金融监管局'],
    ])('%s and %s are different units', (old, now) => {
      expect(sameUnit(old, now)).toBe(false);
      expect(dir.predecessors(now)).not.toContain(old);
    });
  });

  test("the spec's successor list is unchanged", () => {
    const successors = Object.fromEntries(
      BUILTIN_UNITS.filter((u) => u.successor).map((u) => [u.name, u.successor]),
    );
    expect(successors).toEqual({
      省法制办: '省司法厅',
      省编办: '省委编办',
      省质监局: '省市场监管局',
      省工商局: '省市场监管局',
      省数据管理中心: '省大数据发展管理局',
      省经信委: '省经信厅',
    });
    expect(BUILTIN_UNITS.filter((u) => u.postReform).map((u) => u.name).sort()).toEqual(
      ['省大数据发展管理局', '省委编办', '省市场监管局', '省经信厅'].sort(),
    );
  });

  test('the plan still counts under its own units only', () => {
    const added = new Set(ALL.map(([n]) => n));
    for (const t of PLAN_2018.tasks) {
      for (const u of parseUnits(t.units, dir).units) expect(added.has(u.canonical ?? '')).toBe(false);
    }
    for (const row of planWorkload(PLAN_2018, dir)) expect(added.has(row.unit)).toBe(false);
  });
});

describe('parsing cells with the new units', () => {
  // cell, canonical names, lead as written
  const cases: Array<[string, string[], string | null]> = [
    ['省卫健委（牵头）、省医保局、省财政厅', ['省卫生健康委', '省医疗保障局', '省财政厅'], '省卫健委'],
    ['省纪委省监委', ['省纪委省监委'], '省纪委省监委'],
    ['省文化厅和省旅游局', ['省文化厅', '省旅游局'], '省文化厅'],
    ['省文化和旅游厅', ['省文化和旅游厅'], '省文化和旅游厅'],
    ['牵头单位：团省委；配合单位：省妇联、省残联', ['团省委', '省妇联', '省残联'], '团省委'],
    ['中共浙江省委组织部、省人力社保厅', ['省委组织部', '省人力社保厅'], '中共浙江省委组织部'],
    ['杭州海关、宁波海关等', ['杭州海关', '宁波海关'], '杭州海关'],
    ['国家税务总局浙江省税务局', ['省税务局'], '国家税务总局浙江省税务局'],
    ['江苏省教育厅', [''], '江苏省教育厅'],
  ];
  test.each(cases)('%s', (cell, canonicals, lead) => {
    const p = parseUnits(cell, dir);
    expect(p.units.map((u) => u.canonical ?? '')).toEqual(canonicals);
    expect(p.lead).toBe(lead);
  });
});

describe('levelPrefix', () => {
  test.each([
    ['团省委', '省'],
    ['团市委', '市'],
    ['团县委', '县'],
    ['团区委', '区'],
    ['共青团浙江省委', '省'],
    ['中国共产主义青年团浙江省委员会', '省'],
    ['中共浙江省委办公厅', '省'],
    ['中国共产党浙江省委员会', '省'],
    ['浙江省卫生健康委员会', '省'],
    ['省纪委省监委', '省'],
    ['杭州海关', ''],
    ['团结村', ''],
    ['中共杭州市委组织部', ''],
    ['国家税务总局浙江省税务局', ''],
  ])('%s -> %j', (name, level) => {
    expect(levelPrefix(name)).toBe(level);
  });
});

describe('nearMiss with the new units', () => {
  test.each([
    ['省教育局', '省教育厅'],
    ['省卫健局', '省卫健委'],
    ['省医疗保障厅', '省医疗保障局'],
    ['团省妥', '团省委'],
    ['省妇联会', '省妇联'],
    ['杭洲海关', '杭州海关'],
    ['浙江省教育局', '浙江省教育厅'],
  ])('%s -> %s', (typo, known) => {
    expect(dir.nearMiss(typo)).toBe(known);
  });

  test.each([
    ['市教育厅', 'a different level'],
    ['县卫健委', 'a different level'],
    ['区医保局', 'a different level'],
    ['团市委', 'a city unit, not a typo of 团省委'],
    ['团县委', 'a county unit'],
    ['共青团浙江市委', 'a different level after 共青团'],
    ['湖州海关', 'a different city'],
    ['温州海关', 'a different city'],
    ['宁波海关', 'already known'],
    ['教育厅', 'no level prefix vs 省'],
    ['省星际办', 'nothing near'],
  ])('%s -> null (%s)', (name) => {
    expect(dir.nearMiss(name)).toBeNull();
  });
});

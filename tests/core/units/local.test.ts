// Units of a city's or county's ledger known without the directory (spec "Ledgers as other
// governments keep them": usual departments at every level, collectives, typos of departments).
import { isKnownLocalUnit, isLocalCollective, nearDepartment, splitDepartment } from '../../../src/core/units/local';

describe('usual departments of every level', () => {
  test.each([
    ['县教育局', '县', '教育局'],
    ['区城管局', '区', '城管局'],
    ['苍南县市场监管局', '苍南县', '市场监管局'],
    ['城东街道办', null, null],
    ['西湖区卫健委', '西湖区', '卫健委'],
    ['城管局', '', '城管局'],
    ['镇政府办', '镇', '政府办'],
  ])('%p', (name, prefix, dept) => {
    const s = splitDepartment(name);
    expect(s ? [s.prefix, s.dept] : [null, null]).toEqual([prefix, dept]);
  });

  test.each([['县政务服务中心'], ['区自规局'], ['市数据局'], ['区直各部门']])('%p is known', (name) => {
    expect(isKnownLocalUnit(name)).toBe(true);
  });

  test.each([['全区经济运行各专班'], ['某某协会'], ['县星际办'], ['城东社区']])('%p is not a usual department', (name) => {
    expect(isKnownLocalUnit(name)).toBe(false);
  });
});

describe('collectives of every level are never corrected', () => {
  test.each([['各乡镇（街道）'], ['各街道'], ['区直各部门'], ['县直有关部门'], ['市级有关部门'], ['相关街道'], ['各成员单位'], ['县领导小组其他成员单位']])(
    '%p',
    (name) => {
      expect(isLocalCollective(name)).toBe(true);
      expect(nearDepartment(name)).toBeNull();
    },
  );
});

describe('typos of a usual department', () => {
  test.each([
    ['县教肓局', '县教育局'],
    ['城官局', '城管局'],
    ['区住健局', '区住建局'],
  ])('%p -> %p', (name, suggestion) => {
    expect(nearDepartment(name)).toBe(suggestion);
  });

  test.each([
    ['区体育局'], // a department of its own (in the usual set), not a typo of 区教育局
    ['区教育局'],
    ['县一中'],
  ])('%p is no typo', (name) => {
    expect(nearDepartment(name)).toBeNull();
  });
});

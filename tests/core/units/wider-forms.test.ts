// Unit lists as other plans write them (issue #8, spec "Responsible units"): verbs and notes after the
// names, 会同/联合/协同, units of every level and collectives. Expected names are read from the
// spec's rules: markers and verbs are not part of a name; A会同B: A leads, B supports.
import { parseUnits, UnitDirectory, type ParsedUnits } from '../../../src/core/units';

const dir = UnitDirectory.builtin();
type U = [name: string, role: 'lead' | 'support'];
const L = (name: string): U => [name, 'lead'];
const S = (name: string): U => [name, 'support'];
const shape = (p: ParsedUnits) => ({ units: p.units.map((u) => [u.name, u.role] as U), lead: p.lead });

describe('family 6: verbs and notes after the names', () => {
  test.each([
    ['财政部负责', [L('财政部')]],
    ['市教育局牵头负责', [L('市教育局')]],
    ['省财政厅、省统计局牵头负责', [S('省财政厅'), L('省统计局')]],
    ['县城管局、各乡镇（街道）分别负责', [L('县城管局'), S('各乡镇（街道）')]],
    ['国家发展改革委、人力资源社会保障部、海关总署按职责分工负责', [L('国家发展改革委'), S('人力资源社会保障部'), S('海关总署')]],
    ['市发展改革委、市财政局按职责分工负责。列第一位者为牵头单位', [L('市发展改革委'), S('市财政局')]],
    ['省发改委、省财政厅等负责', [L('省发改委'), S('省财政厅')]],
    ['市卫健委等，各县(市、区)政府', [L('市卫健委'), S('各县(市、区)政府')]],
    ['市卫健委等8个部门，各县(市、区)政府', [L('市卫健委'), S('各县(市、区)政府')]],
    ['省财政厅负责，省统计局配合', [L('省财政厅'), S('省统计局')]],
    ['区住建局负责落实', [L('区住建局')]],
    ['（省发展改革委牵头，省财政厅、省自然资源厅等按职责分工负责）', [L('省发展改革委'), S('省财政厅'), S('省自然资源厅')]],
    ['市住建局、市城管局按职责分工负责，各区政府落实', [L('市住建局'), S('市城管局'), S('各区政府')]],
    ['市发改委、市财政局（列第一位的为牵头单位）', [L('市发改委'), S('市财政局')]],
  ] as Array<[string, U[]]>)('%p', (cell, units) => {
    const p = parseUnits(cell, dir);
    expect(shape(p).units).toEqual(units);
    expect(p.lead).toBe(units.find((u) => u[1] === 'lead')?.[0] ?? null);
  });

  test.each([
    // 负责 only goes at the end of a name; a unit whose name holds 等 or 联合会 keeps it.
    ['省高等教育学会', [L('省高等教育学会')]],
    ['省妇联、省文学艺术界联合会', [L('省妇联'), S('省文学艺术界联合会')]],
    ['长三角协同发展办公室', [L('长三角协同发展办公室')]],
  ] as Array<[string, U[]]>)('%p keeps its name', (cell, units) => {
    expect(shape(parseUnits(cell, dir)).units).toEqual(units);
  });
});

describe('family 7: 会同 / 联合 / 协同', () => {
  test.each([
    ['市教育局会同市财政局负责', [L('市教育局'), S('市财政局')]],
    ['国家发展改革委会同有关部门', [L('国家发展改革委'), S('有关部门')]],
    ['省发改委会同省财政厅、省统计局', [L('省发改委'), S('省财政厅'), S('省统计局')]],
    ['市市场监管局联合市公安局', [L('市市场监管局'), S('市公安局')]],
    ['区农业农村局协同各镇(街道)', [L('区农业农村局'), S('各镇(街道)')]],
    ['省财政厅、省发改委会同省统计局', [L('省财政厅'), S('省发改委'), S('省统计局')]],
  ] as Array<[string, U[]]>)('%p', (cell, units) => {
    const p = parseUnits(cell, dir);
    expect(shape(p).units).toEqual(units);
    expect(p.lead).toBe(units[0][0]);
  });

  test('会同有关部门 adds the collective unit 有关部门', () => {
    const p = parseUnits('国家发展改革委会同有关部门', dir);
    expect(p.units[1].canonical).toBe('有关部门');
    expect(dir.isCollective('有关部门')).toBe(true);
  });

  test('a marked lead after 会同 still leads', () => {
    const p = parseUnits('省财政厅会同省统计局（牵头）', dir);
    expect(p.lead).toBe('省统计局');
  });
});

describe('family 8: units of every level and collectives', () => {
  test.each([
    ['人力资源社会保障部、国家卫生健康委', [L('人力资源社会保障部'), S('国家卫生健康委')]],
    ['海关总署、税务总局、市场监管总局', [L('海关总署'), S('税务总局'), S('市场监管总局')]],
    ['市重点工作领导小组其他成员单位', [L('市重点工作领导小组其他成员单位')]],
    ['区发改局、区直各部门', [L('区发改局'), S('区直各部门')]],
    ['高新区管委会、各乡镇（街道）', [L('高新区管委会'), S('各乡镇（街道）')]],
    ['XX镇人民政府、XX街道办事处', [L('XX镇人民政府'), S('XX街道办事处')]],
    ['县委组织部（县委人才办）', [L('县委组织部（县委人才办）')]],
    ['各县（市、区）党委和政府', [L('各县（市、区）党委和政府')]], // one collective, not two units
  ] as Array<[string, U[]]>)('%p', (cell, units) => {
    expect(shape(parseUnits(cell, dir)).units).toEqual(units);
  });

  test.each([
    ['区直各部门', '区级各部门'],
    ['各有关单位', '有关部门'],
    ['各成员单位', '各成员单位'],
    ['各街道', '各街道'],
    ['各有关部门和单位', '有关部门'],
  ])('%p is the collective %p', (name, canonical) => {
    const u = parseUnits(name, dir).units[0];
    expect(u.canonical).toBe(canonical);
    expect(dir.isCollective(canonical)).toBe(true);
  });
});

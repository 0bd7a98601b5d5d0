import * as fs from 'fs';
import * as path from 'path';
import { parseUnits, workload, planWorkload, UnitDirectory, compareUnitNames, type WorkloadRow } from '../../../src/core/units';
import { PLAN_2018 } from '../../../src/core/plan';

const dir = UnitDirectory.builtin();
const PLAN_JSON = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../fixtures/plan/key-tasks.json'), 'utf8'),
) as { tasks: Array<{ seq: number; units: string }> };

const find = (rows: WorkloadRow[], unit: string) => rows.find((r) => r.unit === unit);

/**
 * Independent count over the plan table: comma-separated groups, 、 inside a group except in the
 * collective 各市、县(市、区)… names; the first unit leads. The plan writes the 人社 department as
 * 省人社保厅; it counts under 省人力社保厅. With current names the reform's renamings apply.
 */
function independentCount(current: boolean): Map<string, { lead: number; support: number }> {
  const canonical: Record<string, string> = { 省人社保厅: '省人力社保厅' };
  const renamed: Record<string, string> = {
    省法制办: '省司法厅', 省质监局: '省市场监管局', 省工商局: '省市场监管局', 省编办: '省委编办',
    省数据管理中心: '省大数据发展管理局', 省经信委: '省经信厅',
  };
  const counts = new Map<string, { lead: number; support: number }>();
  for (const t of PLAN_JSON.tasks) {
    const names = t.units.split(',').flatMap((g) => (g.startsWith('各市、县(市、区)') ? [g] : g.split('、')));
    const roles = new Map<string, boolean>();
    names.forEach((n, i) => {
      let unit = canonical[n] ?? n;
      if (current) unit = renamed[unit] ?? unit;
      roles.set(unit, (roles.get(unit) ?? false) || i === 0);
    });
    for (const [unit, lead] of roles) {
      const c = counts.get(unit) ?? { lead: 0, support: 0 };
      if (lead) c.lead++;
      else c.support++;
      counts.set(unit, c);
    }
  }
  return counts;
}

describe('workload of the plan', () => {
  const rows = planWorkload(PLAN_2018, dir);

  test.each([
    ['省法制办', 10, 0],
    ['省政府办公厅', 9, 0],
    ['省发展改革委', 5, 1],
    ['省人力社保厅', 4, 0],
    ['省质监局', 2, 3],
  ])('%s leads %d and supports %d', (unit, lead, support) => {
    expect(find(rows, unit as string)).toEqual({ unit, lead, support, total: (lead as number) + (support as number) });
  });

  test('every figure matches an independent count of the table', () => {
    const expected = independentCount(false);
    expect(rows).toHaveLength(expected.size);
    for (const r of rows) {
      const e = expected.get(r.unit)!;
      expect({ unit: r.unit, lead: r.lead, support: r.support }).toEqual({ unit: r.unit, ...e });
      expect(r.total).toBe(r.lead + r.support);
    }
    // Every task has exactly one lead.
    expect(rows.reduce((n, r) => n + r.lead, 0)).toBe(49);
  });

  test('under current names: task 25 counts 省司法厅 once, as lead', () => {
    const current = planWorkload(PLAN_2018, dir, { currentNames: true });
    expect(find(current, '省司法厅')).toEqual({ unit: '省司法厅', lead: 10, support: 0, total: 10 });
    expect(find(current, '省法制办')).toBeUndefined();
    const expected = independentCount(true);
    expect(current).toHaveLength(expected.size);
    for (const r of current) expect({ unit: r.unit, lead: r.lead, support: r.support }).toEqual({ unit: r.unit, ...expected.get(r.unit)! });
    // 省质监局 and 省工商局 merge into 省市场监管局.
    expect(find(current, '省市场监管局')).toEqual({ unit: '省市场监管局', lead: 2, support: 4, total: 6 });
  });

  test('busiest first (total, then lead), then by name in pinyin order', () => {
    for (const current of [false, true]) {
      const list = planWorkload(PLAN_2018, dir, { currentNames: current });
      for (let i = 1; i < list.length; i++) {
        const [a, b] = [list[i - 1], list[i]];
        const ordered = a.total > b.total || (a.total === b.total && (a.lead > b.lead || (a.lead === b.lead && compareUnitNames(a.unit, b.unit) < 0)));
        expect(ordered).toBe(true);
      }
    }
    expect(rows[0].unit).toBe('各市、县(市、区)政府');
  });

  test('workload over parsed rows equals planWorkload', () => {
    expect(workload(PLAN_2018.tasks.map((t) => parseUnits(t.units, dir)), dir)).toEqual(rows);
  });
});

describe('workload of ledger rows', () => {
  const rows = (...cells: string[]) => cells.map((c) => parseUnits(c, dir));

  test('aliases count under the canonical name', () => {
    expect(workload(rows('省发改委、省财政厅', '浙江省发展和改革委员会', '省财政厅（配合）、省发展改革委'), dir)).toEqual([
      { unit: '省发展改革委', lead: 3, support: 0, total: 3 },
      { unit: '省财政厅', lead: 0, support: 2, total: 2 },
    ]);
  });

  test('a unit named twice in one row counts once, as lead', () => {
    expect(workload(rows('省发改委、省财政厅、省发展改革委'), dir)).toEqual([
      { unit: '省发展改革委', lead: 1, support: 0, total: 1 },
      { unit: '省财政厅', lead: 0, support: 1, total: 1 },
    ]);
    expect(workload(rows('省财政厅、省统计局、浙江省财政厅'), dir).map((r) => r.unit)).toEqual(['省财政厅', '省统计局']);
  });

  test('predecessor and successor in one row: two units by plan names, one by current names', () => {
    const r = rows('省法制办、省司法厅', '省司法厅');
    expect(workload(r, dir)).toEqual([
      { unit: '省司法厅', lead: 1, support: 1, total: 2 },
      { unit: '省法制办', lead: 1, support: 0, total: 1 },
    ]);
    expect(workload(r, dir, { currentNames: true })).toEqual([{ unit: '省司法厅', lead: 2, support: 0, total: 2 }]);
  });

  test('a successor name and its predecessor count as one unit by current names', () => {
    expect(workload(rows('省编办', '省委编办'), dir, { currentNames: true })).toEqual([
      { unit: '省委编办', lead: 2, support: 0, total: 2 },
    ]);
  });

  test('without a reference plan a successor name counts under itself', () => {
    expect(workload(rows('省委编办'), dir)).toEqual([{ unit: '省委编办', lead: 1, support: 0, total: 1 }]);
  });

  test.each([
    // [row units, counted unit by the 2018 plan's names]
    ['省委编办', '省编办'],
    ['省大数据发展管理局', '省数据管理中心'],
    ['省经信厅', '省经信厅'], // the plan's task table never names 省经信委
    ['省市场监管局', '省市场监管局'], // two predecessors: cannot be split
    ['省司法厅', '省司法厅'], // the plan names it itself
    ['省财政厅', '省财政厅'],
  ])('by the 2018 plan names, %s counts as %s', (cell, unit) => {
    expect(workload(rows(cell), dir, { plan: PLAN_2018 }).map((r) => r.unit)).toEqual([unit]);
    expect(workload(rows(cell), dir, { plan: PLAN_2018, currentNames: true }).map((r) => r.unit)).toEqual([
      dir.currentName(dir.resolve(cell)!.canonical),
    ]);
  });

  test('a plan that itself names a post-reform unit keeps that name', () => {
    const newer = { ...PLAN_2018, tasks: [{ seq: 1, task: '任务', units: '省大数据发展管理局', time: '2023年底前' }] };
    expect(workload(rows('省大数据发展管理局'), dir, { plan: newer }).map((r) => r.unit)).toEqual(['省大数据发展管理局']);
  });

  test('a row matched to a plan task counts a successor under that task\'s plan unit', () => {
    const plan8 = parseUnits(PLAN_2018.tasks[7].units, dir); // 省法制办
    const plan25 = parseUnits(PLAN_2018.tasks[24].units, dir); // 省法制办、省司法厅,各市、县(市、区)政府
    const r = rows('省司法厅', '省司法厅、各市、县(市、区)政府', '省司法厅');
    expect(workload(r, dir, { plan: PLAN_2018, references: [plan8, plan25, null] })).toEqual([
      { unit: '省司法厅', lead: 2, support: 0, total: 2 },
      { unit: '省法制办', lead: 1, support: 0, total: 1 },
      { unit: '各市、县(市、区)政府', lead: 0, support: 1, total: 1 },
    ]);
    // Today's names ignore the plan's.
    expect(workload(r, dir, { plan: PLAN_2018, currentNames: true, references: [plan8, plan25, null] })[0]).toEqual({
      unit: '省司法厅', lead: 3, support: 0, total: 3,
    });
  });

  test('unknown units count under their written name; widths do not split them', () => {
    expect(workload(rows('市发改委（牵头）、市财政局', '市财政局', '市财政局（一）', '市财政局(一)'), dir)).toEqual([
      { unit: '市财政局（一）', lead: 2, support: 0, total: 2 },
      { unit: '市财政局', lead: 1, support: 1, total: 2 },
      { unit: '市发改委', lead: 1, support: 0, total: 1 },
    ]);
  });

  test('local units via an extended directory', () => {
    const local = dir.extend({ units: [{ name: '杭州市发改委', aliases: ['市发改委'] }] });
    expect(workload(['市发改委', '杭州市发改委、省财政厅'].map((c) => parseUnits(c, local)), local)).toEqual([
      { unit: '杭州市发改委', lead: 2, support: 0, total: 2 },
      { unit: '省财政厅', lead: 0, support: 1, total: 1 },
    ]);
  });

  test('ties: more leads first, then names in pinyin order', () => {
    const list = workload(rows('省统计局、省财政厅', '省财政厅', '省信访局、省统计局', '省编办'), dir);
    expect(list).toEqual([
      { unit: '省财政厅', lead: 1, support: 1, total: 2 },
      { unit: '省统计局', lead: 1, support: 1, total: 2 },
      { unit: '省编办', lead: 1, support: 0, total: 1 },
      { unit: '省信访局', lead: 1, support: 0, total: 1 },
    ]);
  });

  test('no rows, empty rows', () => {
    expect(workload([], dir)).toEqual([]);
    expect(workload(rows('', '#N/A'), dir)).toEqual([]);
  });

  test('rows without a lead count every unit as support', () => {
    expect(workload(rows('配合单位：省财政厅'), dir)).toEqual([{ unit: '省财政厅', lead: 0, support: 1, total: 1 }]);
  });
});

describe('compareUnitNames', () => {
  test('pinyin order', () => {
    const names = ['省政府办公厅', '省财政厅', '各市、县(市、区)政府', '省编办', '省发展改革委'];
    expect([...names].sort(compareUnitNames)).toEqual(['各市、县(市、区)政府', '省编办', '省财政厅', '省发展改革委', '省政府办公厅']);
  });
});

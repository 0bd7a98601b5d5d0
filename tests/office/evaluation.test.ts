import { evaluateUnits, evaluationTotals, onTimeRate, EvaluationTask } from '../../src/core/evaluation';
import type { StatusKey } from '../../src/core/types';
import type { ParsedUnits } from '../../src/core/units/parse-units';

const units = (lead: string, ...support: string[]): ParsedUnits => ({
  lead,
  units: [
    { name: lead, canonical: lead.startsWith('?') ? null : lead, role: 'lead' },
    ...support.map((s) => ({ name: s, canonical: s.startsWith('?') ? null : s, role: 'support' as const })),
  ],
});
const task = (statusKey: StatusKey, u: ParsedUnits): EvaluationTask => ({ statusKey, parsedUnits: u });

test.each([
  [0, 0, 0, null],
  [1, 0, 0, 1],
  [1, 1, 0, 0.5],
  [1, 1, 2, 0.25],
  [0, 0, 3, 0],
])('on-time rate of %i on time, %i late, %i overdue is %p', (a, b, c, rate) => {
  expect(onTimeRate(a, b, c)).toBe(rate);
});

test('per unit: led, supported, on time, late, overdue; not-yet-due tasks do not count against the rate', () => {
  const rows = evaluateUnits([
    task('done', units('省财政厅', '省审计厅')),
    task('doneLate', units('省财政厅')),
    task('overdue', units('省审计厅', '省财政厅')),
    task('inProgress', units('省财政厅')),
    task('open', units('省财政厅')),
  ]);
  const fin = rows.find((r) => r.unit === '省财政厅')!;
  expect(fin).toMatchObject({ led: 4, supported: 1, total: 5, doneOnTime: 1, doneLate: 1, overdue: 1 });
  expect(fin.onTimeRate).toBeCloseTo(1 / 3);
  const audit = rows.find((r) => r.unit === '省审计厅')!;
  expect(audit).toMatchObject({ led: 1, supported: 1, total: 2, doneOnTime: 1, doneLate: 0, overdue: 1, onTimeRate: 0.5 });
  expect(rows[0].unit).toBe('省财政厅');
});

test('a unit named twice on one task counts once, as lead; unknown units count under the written name', () => {
  const rows = evaluateUnits([
    task('done', { lead: '省财政厅', units: [
      { name: '省财政厅', canonical: '省财政厅', role: 'lead' },
      { name: '财政厅', canonical: '省财政厅', role: 'support' },
      { name: '某某办', canonical: null, role: 'support' },
    ] }),
  ]);
  expect(rows).toEqual([
    expect.objectContaining({ unit: '省财政厅', led: 1, supported: 0, total: 1 }),
    expect.objectContaining({ unit: '某某办', led: 0, supported: 1, total: 1, onTimeRate: 1 }),
  ]);
});

test('totals count each task once', () => {
  const tasks = [task('done', units('甲', '乙')), task('overdue', units('甲')), task('dueSoon', units('乙'))];
  expect(evaluationTotals(tasks)).toEqual({ tasks: 3, doneOnTime: 1, doneLate: 0, overdue: 1, onTimeRate: 0.5 });
});

test('by the plan names: a successor on a row matched to a plan task counts under the plan unit', () => {
  const { PLAN_2018 } = require('../../src/core/plan');
  const { parseUnits } = require('../../src/core/units');
  const row = (statusKey: StatusKey, cell: string, planSeq: number | null): EvaluationTask => ({
    statusKey,
    parsedUnits: parseUnits(cell),
    planSeq,
  });
  const tasks = [row('done', '省司法厅', 8), row('overdue', '省委编办', 14), row('done', '省司法厅', 25)];
  const byPlan = evaluateUnits(tasks, undefined, { plan: PLAN_2018 });
  expect(byPlan.map((r) => [r.unit, r.led, r.doneOnTime, r.overdue])).toEqual([
    // equal totals: by name in pinyin order (bian, fa, si)
    ['省编办', 1, 0, 1],
    ['省法制办', 1, 1, 0],
    ['省司法厅', 1, 1, 0],
  ]);
  const byToday = evaluateUnits(tasks, undefined, { plan: PLAN_2018, currentNames: true });
  expect(byToday.map((r) => [r.unit, r.led])).toEqual([
    ['省司法厅', 2],
    ['省委编办', 1],
  ]);
});

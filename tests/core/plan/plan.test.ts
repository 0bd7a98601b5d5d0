import * as fs from 'fs';
import * as path from 'path';
import { PLAN_2018, parsePlan, PlanError } from '../../../src/core/plan';

const SHARED = path.resolve(__dirname, '../../fixtures/plan');
const sharedJson = JSON.parse(fs.readFileSync(path.join(SHARED, 'key-tasks.json'), 'utf8'));

/** The annex table of the plan text, read independently of the JSON: | seq | task | units | time |. */
function annexRows(): Array<{ seq: number; task: string; units: string; time: string }> {
  const text = fs.readFileSync(path.join(SHARED, 'zhejiang-2018-16.txt'), 'utf8');
  return text
    .split('\n')
    .map((l) => /^\|\s*(\d+)\s*\|(.*)\|(.*)\|(.*)\|\s*$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ seq: Number(m[1]), task: m[2].trim(), units: m[3].trim(), time: m[4].trim() }));
}

describe('PLAN_2018', () => {
  test('has the document metadata', () => {
    expect(PLAN_2018.docNo).toBe('浙政发〔2018〕16号');
    expect(PLAN_2018.issued).toBe('2018-04-28');
    expect(PLAN_2018.lastYear).toBe(2022);
    expect(PLAN_2018.title).toContain('两强三提高');
  });

  test('equals the shared plan file', () => {
    expect(PLAN_2018.tasks).toEqual(sharedJson.tasks);
    expect(PLAN_2018.projects).toEqual(sharedJson.projects);
  });

  test('has 49 tasks numbered 1..49 and ten projects', () => {
    expect(PLAN_2018.tasks.map((t) => t.seq)).toEqual(Array.from({ length: 49 }, (_, i) => i + 1));
    expect(PLAN_2018.projects).toHaveLength(10);
    expect(PLAN_2018.projects.every((p) => p.startsWith('大力实施') && p.endsWith('工程'))).toBe(true);
  });

  test('every project holds at least one task, in order', () => {
    const projects = PLAN_2018.tasks.map((t) => t.project);
    expect(new Set(projects)).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    const sorted = [...projects].sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(projects).toEqual(sorted);
  });

  test('matches the annex table of the plan text (seq, units, time)', () => {
    const rows = annexRows();
    expect(rows).toHaveLength(49);
    for (const row of rows) {
      const task = PLAN_2018.tasks.find((t) => t.seq === row.seq)!;
      expect({ seq: task.seq, units: task.units, time: task.time }).toEqual({
        seq: row.seq,
        units: row.units,
        time: row.time,
      });
    }
  });

  test('is frozen', () => {
    expect(Object.isFrozen(PLAN_2018)).toBe(true);
    expect(Object.isFrozen(PLAN_2018.tasks[0])).toBe(true);
    expect(() => {
      (PLAN_2018.tasks as unknown as unknown[]).push({});
    }).toThrow();
  });
});

const task = (over: Record<string, unknown> = {}) => ({ seq: 1, task: '任务', units: '省财政厅', time: '每年推进', ...over });

describe('parsePlan: valid files', () => {
  test('object form keeps title, dates, projects and tasks', () => {
    const plan = parsePlan({
      title: ' 某行动计划 ',
      docNo: '杭政发〔2023〕1号',
      issued: '2023-03-01',
      lastYear: 2027,
      projects: ['一工程', '二工程'],
      tasks: [task({ project: 2 }), task({ seq: 3, units: '市财政局' })],
    });
    expect(plan).toEqual({
      title: '某行动计划',
      docNo: '杭政发〔2023〕1号',
      issued: '2023-03-01',
      lastYear: 2027,
      projects: ['一工程', '二工程'],
      tasks: [
        { seq: 1, task: '任务', units: '省财政厅', time: '每年推进', project: 2 },
        { seq: 3, task: '任务', units: '市财政局', time: '每年推进' },
      ],
    });
  });

  test('bare task array has no title and no dates', () => {
    const plan = parsePlan([task(), task({ seq: 2 })]);
    expect(plan.issued).toBeNull();
    expect(plan.lastYear).toBeNull();
    expect(plan.title).toBe('');
    expect(plan.projects).toEqual([]);
    expect(plan.tasks.map((t) => t.seq)).toEqual([1, 2]);
  });

  test('object without dates has null dates', () => {
    const plan = parsePlan({ tasks: [task()] });
    expect(plan.issued).toBeNull();
    expect(plan.lastYear).toBeNull();
  });

  test('JSON text (with a BOM) is read too', () => {
    expect(parsePlan('\ufeff' + JSON.stringify(sharedJson)).tasks).toHaveLength(49);
  });

  test('the shared file parses to the built-in plan', () => {
    expect(parsePlan(sharedJson)).toEqual(PLAN_2018);
  });

  test('extra fields are ignored', () => {
    expect(parsePlan([task({ remark: 'x' })]).tasks[0]).toEqual({ seq: 1, task: '任务', units: '省财政厅', time: '每年推进' });
  });
});

describe('parsePlan: invalid files throw PlanError', () => {
  const rawCases: Array<[string, unknown, string, Record<string, string | number>?]> = [
    ['not JSON text', '{tasks:', 'plan-json-invalid'],
    ['a number', 42, 'plan-not-object'],
    ['null', null, 'plan-not-object'],
    ['no tasks', { title: 'x' }, 'plan-tasks-missing'],
    ['tasks not an array', { tasks: {} }, 'plan-tasks-missing'],
    ['empty tasks', { tasks: [] }, 'plan-tasks-empty'],
    ['empty bare array', [], 'plan-tasks-empty'],
    ['task not an object', [task(), 'x'], 'plan-task-not-object', { index: 2 }],
    ['missing seq', [{ task: 'a', units: 'b', time: 'c' }], 'plan-task-field-missing', { index: 1, field: 'seq' }],
    ['missing task', [task({ task: undefined })], 'plan-task-field-missing', { index: 1, field: 'task' }],
    ['missing units', [task({ units: null })], 'plan-task-field-missing', { index: 1, field: 'units' }],
    ['missing time', [task(), { seq: 2, task: 'a', units: 'b' }], 'plan-task-field-missing', { index: 2, field: 'time' }],
    ['seq zero', [task({ seq: 0 })], 'plan-seq-invalid', { index: 1, value: '0' }],
    ['seq negative', [task({ seq: -3 })], 'plan-seq-invalid'],
    ['seq fraction', [task({ seq: 1.5 })], 'plan-seq-invalid'],
    ['seq text', [task({ seq: '1' })], 'plan-seq-invalid'],
    ['seq NaN-like', [task({ seq: true })], 'plan-seq-invalid'],
    ['blank task text', [task({ task: '  ' })], 'plan-task-field-invalid', { index: 1, seq: 1, field: 'task' }],
    ['units a number', [task({ units: 5 })], 'plan-task-field-invalid', { index: 1, seq: 1, field: 'units' }],
    ['duplicate seq', [task(), task({ seq: 2 }), task({ seq: 2 })], 'plan-seq-duplicate', { index: 3, seq: 2 }],
    ['project zero', { projects: ['a'], tasks: [task({ project: 0 })] }, 'plan-project-invalid'],
    ['project beyond list', { projects: ['a', 'b'], tasks: [task({ project: 3 })] }, 'plan-project-invalid'],
    ['project text', [task({ project: '一' })], 'plan-project-invalid'],
    ['title a number', { title: 1, tasks: [task()] }, 'plan-title-invalid'],
    ['docNo a number', { docNo: 1, tasks: [task()] }, 'plan-docno-invalid'],
    ['issued impossible', { issued: '2018-02-30', tasks: [task()] }, 'plan-issued-invalid'],
    ['issued other spelling', { issued: '2018/4/28', tasks: [task()] }, 'plan-issued-invalid'],
    ['issued a number', { issued: 43218, tasks: [task()] }, 'plan-issued-invalid'],
    ['lastYear text', { lastYear: '2022', tasks: [task()] }, 'plan-lastyear-invalid'],
    ['lastYear before issue', { issued: '2018-04-28', lastYear: 2017, tasks: [task()] }, 'plan-lastyear-invalid'],
    ['projects not text', { projects: [1, 2], tasks: [task()] }, 'plan-projects-invalid'],
    ['projects not array', { projects: 'a', tasks: [task()] }, 'plan-projects-invalid'],
  ];

  // Every row gets a data object so the callback's arity matches the row (jest passes `done` otherwise).
  const cases = rawCases.map(([n, i, m, d]) => [n, i, m, d ?? {}] as const);
  test.each(cases)('%s', (_name, input, messageId, data) => {
    let caught: unknown;
    try {
      parsePlan(input);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(PlanError);
    const err = caught as PlanError;
    expect(err).toBeInstanceOf(Error);
    expect(err.messageId).toBe(messageId);
    expect(err.data).toMatchObject(data);
    // A readable fallback message, Chinese first.
    expect(err.message).toMatch(/[\u4e00-\u9fff]/);
  });
});

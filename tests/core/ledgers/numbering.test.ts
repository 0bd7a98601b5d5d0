// 序号 as local ledgers write it: restarting in each section, sub-numbers, in the task cell, merged
// over a task's sub-rows (spec "Ledgers as other governments keep them", "Numbering scopes").
import { checkLedger } from '../../../src/core/engine';
import { parseSeqCell, seqInTaskText, comparePaths } from '../../../src/core/sheet/seq';
import type { CellValue, MergeArea } from '../../../src/core/types';

const seqRules = ['seq-format', 'seq-duplicate', 'seq-order'];
function run(values: CellValue[][], merges?: MergeArea[]) {
  const r = checkLedger({ values, merges, name: '台账' }, { asOf: '2023-06-30', plan: null });
  return { ...r, seqFindings: r.issues.filter((i) => seqRules.includes(i.rule)).map((i) => `${i.rule} ${i.cell}`) };
}
const H = ['序号', '重点工作', '责任单位', '时间要求'];

describe('parseSeqCell', () => {
  test.each([
    [3, [3], 'arabic'],
    ['3、', [3], 'arabic'],
    ['（12）', [12], 'arabic'],
    ['1-2', [1, 2], 'arabic'],
    ['1.10', [1, 10], 'arabic'],
    ['二十一', [21], 'chinese'],
    ['（三）', [3], 'chinese'],
    ['⑤', [5], 'circled'],
  ])('%p -> %j (%s)', (v, path, form) => {
    expect(parseSeqCell(v)).toEqual({ path, form });
  });

  test.each([[''], ['#N/A'], ['甲'], ['1.1a'], [0], ['第二批']])('%p holds no number', (v) => {
    expect(parseSeqCell(v)).toBeNull();
  });

  test('1-1 = 1.1, 1.10 ≠ 1.1; sub-numbers sort under their parent', () => {
    expect(parseSeqCell('1-1')!.path).toEqual(parseSeqCell('1.1')!.path);
    expect(comparePaths([1, 10], [1, 1])).toBeGreaterThan(0);
    expect([[2], [1, 2], [1], [1, 1]].sort(comparePaths)).toEqual([[1], [1, 1], [1, 2], [2]]);
  });

  test.each([
    ['14.改扩建泉山学校', { seq: 14, rest: '改扩建泉山学校' }],
    ['3、建成社区食堂', { seq: 3, rest: '建成社区食堂' }],
    ['2.5万亩高标准农田', null],
    ['2023年完成', null],
  ])('a number at the start of the task cell: %p', (text, expected) => {
    expect(seqInTaskText(text)).toEqual(expected);
  });
});

describe('numbering scopes', () => {
  test('numbering restarting after each section row: no duplicate or order finding', () => {
    const r = run([
      H,
      ['一、稳增长'],
      [1, '新增规上企业20家', '区经信局', '2023年底前'],
      [2, '完成固定资产投资100亿元', '区发改局', '2023年底前'],
      ['二、惠民生'],
      [1, '新建城市书房5家', '区文广旅体局', '2023年底前'],
      [2, '改造老旧小区12个', '区住建局', '2023年底前'],
    ]);
    expect(r.tasks.map((t) => t.seq)).toEqual([1, 2, 1, 2]);
    expect(r.seqFindings).toEqual([]);
  });

  test('a duplicate within one section is still found, at its rows', () => {
    const r = run([
      H,
      ['一、稳增长'],
      [1, '新增规上企业20家', '区经信局', '2023年底前'],
      [1, '完成固定资产投资100亿元', '区发改局', '2023年底前'],
      ['二、惠民生'],
      [1, '新建城市书房5家', '区文广旅体局', '2023年底前'],
    ]);
    expect(r.seqFindings).toEqual(['seq-duplicate A3', 'seq-duplicate A4']);
  });

  test('continuous numbering across sections stays one scope (the 2018 plan’s ledger)', () => {
    const r = run([
      H,
      ['一、稳增长'],
      [1, '新增规上企业20家', '区经信局', '2023年底前'],
      [2, '完成固定资产投资100亿元', '区发改局', '2023年底前'],
      ['二、惠民生'],
      [3, '新建城市书房5家', '区文广旅体局', '2023年底前'],
      [2, '改造老旧小区12个', '区住建局', '2023年底前'],
    ]);
    expect(r.seqFindings).toEqual(['seq-duplicate A4', 'seq-duplicate A7', 'seq-order A7']);
  });

  test('a 类别 column, merged down, separates sections like section rows', () => {
    const r = run(
      [
        ['类别', '序号', '项目名称', '责任单位'],
        ['教育', 1, '新建幼儿园2所', '区教育局'],
        [null, 2, '改扩建中学1所', '区教育局'],
        ['医疗', 1, '建成社区卫生服务站3个', '区卫健局'],
        [null, 2, '新增家庭医生团队10个', '区卫健局'],
      ],
      [
        { top: 1, left: 0, bottom: 2, right: 0 },
        { top: 3, left: 0, bottom: 4, right: 0 },
      ],
    );
    expect(r.seqFindings).toEqual([]);
  });

  test('sub-numbers: a numbered heading without units is not a task; its children are', () => {
    const r = run([
      H,
      [1, '教育提质工程', null, null],
      ['1.1', '新建幼儿园2所', '区教育局', '2023年底前'],
      ['1.2', '改扩建中学1所', '区教育局', '2023年底前'],
      [2, '完成固定资产投资100亿元', '区发改局', '2023年底前'],
    ]);
    expect(r.tasks.map((t) => t.seq)).toEqual(['1.1', '1.2', 2]);
    expect(r.issues.filter((i) => i.rule === 'required')).toEqual([]);
    expect(r.seqFindings).toEqual([]);
  });

  test('no 序号 column: the number in the task cell is the 序号, and the task is the rest', () => {
    const r = run([
      ['项目名称', '责任单位'],
      ['13.新建城市书房5家', '区文广旅体局'],
      ['14.改扩建泉山学校', '区教育局'],
      ['14.建成社区食堂10个', '区民政局'],
    ]);
    expect(r.tasks.map((t) => [t.seq, t.task])).toEqual([
      [13, '新建城市书房5家'],
      [14, '改扩建泉山学校'],
      [14, '建成社区食堂10个'],
    ]);
    expect(r.issues.filter((i) => i.rule === 'seq-duplicate').map((i) => i.row)).toEqual([3, 4]);
  });

  test('rows sharing one merged 序号 and task cell are one task’s sub-rows, not duplicates', () => {
    const r = run(
      [
        H,
        [1, '实施道路提升工程', '区交通局', '2023年6月底前'],
        [null, null, '区住建局', '2023年12月底前'],
        [2, '新建停车泊位500个', '区城管局', '2023年底前'],
      ],
      [
        { top: 1, left: 0, bottom: 2, right: 0 },
        { top: 1, left: 1, bottom: 2, right: 1 },
      ],
    );
    expect(r.tasks).toHaveLength(3);
    expect(r.issues.filter((i) => ['seq-duplicate', 'task-duplicate'].includes(i.rule))).toEqual([]);
  });

  test('合计 / 小计 rows are not tasks', () => {
    const r = run([['序号', '项目名称', '责任单位', '目标任务'], [1, '新建城市书房', '区文广旅体局', '5家'], ['合计', null, null, '5家']]);
    expect(r.tasks).toHaveLength(1);
  });
});

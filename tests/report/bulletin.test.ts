// The 通报 paragraph: its figures are the status counts and the 考评 table's, in words.
import { bulletin, rankUnits } from '../../src/report/bulletin';
import { checkLedger } from '../../src/core/engine';
import { evaluateUnits } from '../../src/core/evaluation';
import { sampleLedgerLayout, SAMPLE_AS_OF } from '../../src/report/sample';
import { STATUS, type StatusKey } from '../../src/core/types';

const layout = sampleLedgerLayout();
const result = checkLedger({ values: layout.values, merges: layout.merges, name: '执行台账' }, { asOf: SAMPLE_AS_OF });
const rows = evaluateUnits(result.tasks);
const count = (...keys: StatusKey[]) => result.tasks.filter((t) => keys.includes(t.statusKey)).length;

test('the sample: the paragraph’s figures equal the status counts', () => {
  const text = bulletin(result.tasks, rows, SAMPLE_AS_OF, 'zh-CN');
  const [y, m, d] = SAMPLE_AS_OF.split('-').map(Number);
  expect(text.startsWith(`截至${y}年${m}月${d}日，${result.tasks.length}项重点任务已完成${count('done', 'doneLate')}项（其中逾期完成${count('doneLate')}项）`)).toBe(true);
  expect(text).toContain(`正在推进${count('inProgress', 'dueSoon', 'behind', 'notStarted')}项`);
  expect(text).toContain(`逾期${count('overdue')}项`);
  expect(text).toContain(`临期${count('dueSoon')}项`);
  // Every lead unit of an overdue task is named.
  for (const t of result.tasks.filter((x) => x.status === STATUS.overdue)) expect(text).toContain(t.lead!);
});

test('units ranked by on-time rate, then fewer overdue tasks, then more done on time', () => {
  const r = (unit: string, onTimeRate: number | null, overdue: number, doneOnTime = 1) =>
    ({ unit, led: 1, supported: 0, total: 1, doneOnTime, doneLate: 0, overdue, onTimeRate });
  const ranked = rankUnits([r('甲', 0.5, 1), r('乙', 1, 0), r('丙', 0.5, 0), r('丁', null, 0), r('戊', 1, 0, 7)]);
  expect(ranked.map((x) => x.unit)).toEqual(['戊', '乙', '丙', '甲']);
});

test('units with several overdue tasks say how many, in each language', () => {
  const tasks = [
    { statusKey: 'overdue' as StatusKey, lead: '区住建局' },
    { statusKey: 'overdue' as StatusKey, lead: '区住建局' },
    { statusKey: 'overdue' as StatusKey, lead: '区城管局' },
  ];
  expect(bulletin(tasks, [], '2023-12-31', 'zh-CN')).toContain('涉及区住建局（2项）、区城管局');
  expect(bulletin(tasks, [], '2023-12-31', 'en')).toContain('(led by 区住建局 (2), 区城管局)');
});

test('English', () => {
  const text = bulletin(result.tasks, rows, SAMPLE_AS_OF, 'en');
  expect(text).toMatch(new RegExp(`^As of ${SAMPLE_AS_OF}, ${count('done', 'doneLate')} of ${result.tasks.length} key tasks are done`));
});

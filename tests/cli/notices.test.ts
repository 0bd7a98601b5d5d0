// task-ledger notices: one 督办通知单 (.docx) per unit with red, yellow or blue tasks, read back here.
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { run } from './run';
import { tempDir, writeLedger } from './helpers';

/** The text of a .docx: its paragraphs, and each table row as cells joined by " | ". */
async function docxText(file: string): Promise<{ paragraphs: string[]; rows: string[][] }> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  const textOf = (s: string) => [...s.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((tr) => [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) => textOf(tc[0])));
  const body = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  const paragraphs = [...body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => textOf(p[0])).filter(Boolean);
  return { paragraphs, rows };
}

describe('a county ledger with a progress column, as of 2026-11-30', () => {
  const dir = tempDir();
  let r: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    await writeLedger(
      path.join(dir, '台账.xlsx'),
      [
        [1, '完成城区学校扩容工程', '县教育局', '2026年6月底前', '推进中', '', '主体已封顶'],
        [2, '出台课后服务实施细则', '县教育局', '2026年12月15日前', '推进中', '', '已征求意见'],
        [3, '推进财政预算绩效管理改革', '县财政局', '2026年1月至12月', '推进中', '40%', '完成绩效目标编制'],
        [4, '建成县域医共体信息平台', '县卫健局', '2026年3月底前', '已完成', '', ''],
        // 70% done with 61% of its time (from the ledger's year, 2026-01-01) gone: on schedule.
        [5, '新建乡镇卫生院两所', '县卫健局', '2027年6月底前', '推进中', '70%', ''],
      ],
      { title: '某县2026年度重点工作任务执行台账', header: ['序号', '重点任务', '牵头单位', '时间要求', '完成情况', '完成进度', '进展情况'] },
    );
    r = await run(['notices', '台账.xlsx', '--as-of', '2026-11-30'], { cwd: dir });
  });

  test('one notice per unit with red, yellow or blue tasks, most red first; none for the rest', () => {
    expect(r.code).toBe(0);
    expect(fs.readdirSync(path.join(dir, '督办单')).sort()).toEqual(['督办单-01-县教育局.docx', '督办单-02-县财政局.docx']);
    expect(r.stdout).toContain('督办单-01-县教育局.docx　逾期 1 项，滞后 0 项，临期 1 项');
    expect(r.stdout).toContain('督办单-02-县财政局.docx　逾期 0 项，滞后 1 项，临期 0 项');
    expect(r.stderr).toContain('已写出 2 份督办通知单');
  });

  test('the notice: title, number, date, unit, what is asked, the table in the order of the lights', async () => {
    const { paragraphs, rows } = await docxText(path.join(dir, '督办单', '督办单-01-县教育局.docx'));
    expect(paragraphs[0]).toBe('督办通知单');
    expect(paragraphs[1]).toBe('编号：20261130-01　　日期：2026年11月30日');
    expect(paragraphs[2]).toBe('县教育局：');
    expect(paragraphs[3]).toContain('根据《某县2026年度重点工作任务执行台账》截至2026年11月30日的执行情况，贵单位牵头的以下2项任务需要督办（逾期1项，临期1项）');
    expect(paragraphs).toContain('督查单位（盖章）：＿＿＿＿＿＿＿＿　　签发人：＿＿＿＿＿＿');
    expect(rows[0]).toEqual(['序号', '重点任务', '时间要求', '截止日期', '状态', '逾期/剩余', '进展情况']);
    // 2026-06-30 to 2026-11-30 is 153 days; 2026-11-30 to 2026-12-15 is 15.
    expect(rows.slice(1)).toEqual([
      ['1', '完成城区学校扩容工程', '2026年6月底前', '2026-06-30', '逾期', '逾期153天', '主体已封顶'],
      ['2', '出台课后服务实施细则', '2026年12月15日前', '2026-12-15', '临期', '剩余15天', '已征求意见'],
    ]);
  });

  test('滞后: 40% done when 91% of the year has passed', async () => {
    const { rows } = await docxText(path.join(dir, '督办单', '督办单-02-县财政局.docx'));
    expect(rows.slice(1)).toEqual([['3', '推进财政预算绩效管理改革', '2026年1月至12月', '2026-12-31', '滞后', '剩余31天', '完成绩效目标编制']]);
  });

  test('--behind-points 60: 40% against 91% is no longer 滞后, so no notice for that unit', async () => {
    const r2 = await run(['notices', '台账.xlsx', '--as-of', '2026-11-30', '--behind-points', '60', '--out', '督办单2'], { cwd: dir });
    expect(r2.code).toBe(0);
    expect(fs.readdirSync(path.join(dir, '督办单2'))).toEqual(['督办单-01-县教育局.docx']);
  });
});

describe('the built-in sample', () => {
  test('the tasks the check finds overdue, behind or due soon, each in its lead unit\'s notice; with --support in its supporters\' too', async () => {
    const dir = tempDir();
    const check = JSON.parse((await run(['check', '--format', 'json'])).stdout).files[0] as {
      tasks: Array<{ seq: number; units: string[]; status: string }>;
    };
    const red = check.tasks.filter((t) => ['逾期', '临期', '滞后'].includes(t.status));
    expect(red.length).toBeGreaterThan(0);
    const listed = async (args: string[], out: string) => {
      expect((await run(['notices', ...args, '--out', out], { cwd: dir })).code).toBe(0);
      const entries: string[] = [];
      for (const f of fs.readdirSync(path.join(dir, out))) {
        const { rows } = await docxText(path.join(dir, out, f));
        for (const row of rows.slice(1)) entries.push(`${row[0]} ${row[args.includes('--support') ? 5 : 4]}`);
      }
      return entries.sort();
    };
    expect(await listed([], 'lead')).toEqual(red.map((t) => `${t.seq} ${t.status}`).sort());
    const withSupport = await listed(['--support'], 'all');
    expect(withSupport.length).toBeGreaterThan(red.length);
    expect([...new Set(withSupport)]).toEqual([...new Set(red.map((t) => `${t.seq} ${t.status}`))].sort());
  });

  test('a day with nothing to press writes nothing', async () => {
    const dir = tempDir();
    const r = await run(['notices', '--as-of', '2018-06-01'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('没有逾期、滞后或临期的任务');
    expect(fs.existsSync(path.join(dir, '督办单'))).toBe(false);
  });

  test('one file at a time', async () => {
    expect((await run(['notices', 'a.xlsx', 'b.xlsx'])).code).toBe(2);
  });
});

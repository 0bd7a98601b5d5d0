// plan import and --plan from a Word .docx: the 重点任务清单 tables as an official's notice carries them.
// The documents are made here with the docx library; the expected plan is the spec's plan file.
import * as fs from 'fs';
import * as path from 'path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType } from 'docx';
import ExcelJS from 'exceljs';
import { run } from './run';
import { compoundFile, tempDir, zip } from './helpers';

const KEY_TASKS = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'plan', 'key-tasks.json'), 'utf8')) as {
  title: string;
  docNo: string;
  projects: string[];
  tasks: Array<{ seq: number; task: string; units: string; time: string; project: number }>;
};
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const cell = (text: string | string[], opts: { columnSpan?: number; verticalMerge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType] } = {}) =>
  new TableCell({ children: (Array.isArray(text) ? text : [text]).map(p), ...opts });
const header = () => new TableRow({ children: ['序号', '重点任务', '责任单位', '时间要求'].map((h) => cell(h)), tableHeader: true });

async function docx(children: Array<Paragraph | Table>): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** The 2018 plan as its notice prints it: title, 文号, a contacts table, then the list in two tables. */
async function plan2018(): Promise<Buffer> {
  const rows = (from: number, to: number) => {
    const out: TableRow[] = [];
    let project = 0;
    for (const t of KEY_TASKS.tasks.filter((x) => x.seq >= from && x.seq <= to)) {
      if (t.project !== project) {
        project = t.project;
        out.push(new TableRow({ children: [cell(`${CN[project - 1]}、${KEY_TASKS.projects[project - 1]}`, { columnSpan: 4 })] }));
      }
      // Units one a line in the cell, as offices type them.
      out.push(new TableRow({ children: [cell(String(t.seq)), cell(t.task), cell(t.units.split(',')), cell(t.time)] }));
    }
    return out;
  };
  return docx([
    p(KEY_TASKS.docNo),
    p(`浙江省人民政府关于印发${KEY_TASKS.title}的通知`),
    p('各市、县（市、区）人民政府，省政府直属各单位：'),
    new Table({ rows: [new TableRow({ children: [cell('联系人'), cell('电话')] }), new TableRow({ children: [cell('张三'), cell('0571-00000000')] })] }),
    p('附件'),
    p(`${KEY_TASKS.title}重点任务清单`),
    new Table({ rows: [header(), ...rows(1, 25)] }),
    // Continued on the next page: Word repeats the header in a new table.
    new Table({ rows: [header(), ...rows(26, 49)] }),
  ]);
}

describe('the 2018 plan written as a notice (.docx)', () => {
  const dir = tempDir();
  beforeAll(async () => fs.writeFileSync(path.join(dir, '通知.docx'), await plan2018()));

  test('imports to exactly its 49 tasks, 10 projects, title and 文号', async () => {
    const r = await run(['plan', 'import', '通知.docx'], { cwd: dir });
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as typeof KEY_TASKS;
    expect(plan.tasks).toHaveLength(49);
    for (const [i, t] of KEY_TASKS.tasks.entries()) {
      const got = plan.tasks[i];
      expect([got.seq, got.task, got.time, got.project]).toEqual([t.seq, t.task, t.time, t.project]);
      // The units as the cell lists them, one a line: the same units in the same order.
      expect(got.units.split(/[,，]/)).toEqual(t.units.split(','));
    }
    expect(plan.projects).toEqual(KEY_TASKS.projects);
    expect(plan.docNo).toBe('浙政发〔2018〕16号');
    expect(plan.title).toContain(KEY_TASKS.title);
    expect(r.stderr).toContain('读取了 3 个表格，其中 2 个是任务清单：49 项任务，10 个分项（工程）');
  });

  test('--plan 通知.docx: the built-in sample checks against it as against the built-in plan', async () => {
    const own = await run(['check', '--format', 'json', '--fail-on', 'none']);
    const viaDocx = await run(['check', '--format', 'json', '--fail-on', 'none', '--plan', '通知.docx'], { cwd: dir });
    const rules = (out: string) => (JSON.parse(out).files[0].issues as Array<{ rule: string; cell: string | null }>).map((i) => `${i.rule} ${i.cell}`).sort();
    expect(viaDocx.code).toBe(0);
    expect(rules(viaDocx.stdout)).toEqual(rules(own.stdout));
  });

  test('--out 台账.xlsx writes a ready ledger of that plan', async () => {
    const r = await run(['plan', 'import', '通知.docx', '--out', '台账.xlsx'], { cwd: dir });
    expect(r.code).toBe(0);
    const check = await run(['check', '台账.xlsx', '--plan', '通知.docx', '--as-of', '2018-05-01', '--format', 'json', '--fail-on', 'none'], { cwd: dir });
    const issues = JSON.parse(check.stdout).files[0].issues as Array<{ rule: string }>;
    expect(JSON.parse(check.stdout).files[0].tasks).toHaveLength(49);
    expect(issues.filter((i) => i.rule.startsWith('plan-'))).toEqual([]);
  });
});

describe('a ledger of an imported plan, checked against the notice', () => {
  test('a task left out is plan-missing; a row whose units differ from the notice is plan-mismatch on that cell', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, '通知.docx'), await plan2018());
    expect((await run(['plan', 'import', '通知.docx', '--out', '台账.xlsx'], { cwd: dir })).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, '台账.xlsx'));
    const ws = wb.worksheets[0];
    const rowOf = (seq: number) => {
      let found = 0;
      ws.eachRow((r, n) => {
        if (r.getCell(1).value === seq) found = n;
      });
      return found;
    };
    // Task 7 given to another unit; task 12 deleted.
    const seven = rowOf(7);
    ws.getCell(seven, 3).value = '省统计局';
    ws.spliceRows(rowOf(12), 1);
    await wb.xlsx.writeFile(path.join(dir, '改过的台账.xlsx'));
    const r = await run(['check', '改过的台账.xlsx', '--plan', '通知.docx', '--as-of', '2018-05-01', '--format', 'json', '--fail-on', 'none'], { cwd: dir });
    const issues = JSON.parse(r.stdout).files[0].issues as Array<{ rule: string; cell: string | null; messageId: string; data: Record<string, unknown> }>;
    const plan = issues.filter((i) => i.rule.startsWith('plan-'));
    expect(plan.map((i) => [i.rule, i.cell, i.data.planSeq ?? i.data.seq])).toEqual([
      ['plan-mismatch', `C${seven}`, 7],
      ['plan-missing', null, 12],
    ]);
  });
});

describe('tables as offices make them', () => {
  test('a 责任单位 merged down over two tasks, a task over two lines, a table split without its header, a row missing its time', async () => {
    const dir = tempDir();
    const restart = { verticalMerge: VerticalMergeType.RESTART };
    const cont = { verticalMerge: VerticalMergeType.CONTINUE };
    fs.writeFileSync(
      path.join(dir, '方案.docx'),
      await docx([
        p('某县2026年重点工作任务清单'),
        new Table({
          rows: [
            header(),
            new TableRow({ children: [cell('1'), cell(['推进城区学校', '扩容工程']), cell('县教育局', restart), cell('2026年6月底前')] }),
            new TableRow({ children: [cell('2'), cell('出台课后服务实施细则'), cell('', cont), cell('2026年9月底前')] }),
          ],
        }),
        new Table({
          rows: [
            new TableRow({ children: [cell('3'), cell('建设教师周转房'), cell('县住建局'), cell('2026年底前')] }),
            // No time requirement: reported with its table and row, not imported.
            new TableRow({ children: [cell('4'), cell('完善城乡供水一体化'), cell('县水利局'), cell('')] }),
            new TableRow({ children: [cell('5'), cell('新建乡镇卫生院两所'), cell('县卫健局'), cell('2027年6月底前')] }),
          ],
        }),
      ]),
    );
    const r = await run(['plan', 'import', '方案.docx'], { cwd: dir });
    expect(r.stderr).not.toContain('错误');
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as { tasks: Array<{ seq: number; task: string; units: string; time: string }>; title: string };
    expect(plan.tasks.map((t) => [t.seq, t.task, t.units, t.time])).toEqual([
      [1, '推进城区学校扩容工程', '县教育局', '2026年6月底前'],
      [2, '出台课后服务实施细则', '县教育局', '2026年9月底前'],
      [3, '建设教师周转房', '县住建局', '2026年底前'],
      [5, '新建乡镇卫生院两所', '县卫健局', '2027年6月底前'],
    ]);
    expect(r.stderr).toContain('表格 2 第 2 行缺少时间要求，未导入（4 完善城乡供水一体化）');
    expect(plan.title).toBe('某县2026年重点工作任务清单');
  });

  test.each([
    ['通知.doc', () => compoundFile(['WordDocument']), '另存为 .docx'],
    ['通知.docx', () => zip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' }), '另存为 .docx'],
    ['通知.pdf', () => Buffer.from('%PDF-1.7\n'), 'PDF'],
  ])('%s is refused in one line, nothing written', async (name, make, words) => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, name), make());
    const r = await run(['plan', 'import', name, '--out', 'plan.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(words);
    expect(fs.existsSync(path.join(dir, 'plan.json'))).toBe(false);
  });
});

/** WordprocessingML as Word itself writes a table: runs split, tracked insertions, content controls. */
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const wp = (text: string, numbered = false) =>
  `<w:p>${numbered ? '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr>' : ''}${text ? `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>` : ''}</w:p>`;
const wc = (inner: string, props = '') => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/>${props}</w:tcPr>${inner}</w:tc>`;

describe('tables as Word writes them', () => {
  test('auto-numbered 序号, a row indented by gridBefore, a row in a content control, split runs, tracked changes, a non-breaking hyphen', async () => {
    const dir = tempDir();
    const rows = [
      `<w:tr><w:trPr><w:tblHeader/></w:trPr>${['序号', '重点任务', '责任单位', '时间要求'].map((h) => wc(wp(h))).join('')}</w:tr>`,
      // 序号 by Word's list numbering: the number is not in the text.
      `<w:tr>${wc(wp('', true))}${wc('<w:p><w:r><w:t>新建</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>城乡公交</w:t></w:r><w:ins w:id="1" w:author="x"><w:r><w:t>候车亭</w:t></w:r></w:ins><w:del w:id="2" w:author="x"><w:r><w:delText>站台</w:delText></w:r></w:del></w:p>')}${wc(wp('县交通运输局'))}${wc(wp('2026年10月底前'))}</w:tr>`,
      `<w:sdt><w:sdtPr/><w:sdtContent><w:tr>${wc(wp('', true))}${wc(wp('改造老旧小区3个'))}${wc(wp('县住房和城乡建设局'))}${wc(wp('2026年年底前'))}</w:tr></w:sdtContent></w:sdt>`,
      // A section row across the table, then a row whose first grid column is skipped (gridBefore).
      `<w:tr>${wc(wp('二、生态环境'), '<w:gridSpan w:val="4"/>')}</w:tr>`,
      `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${wc(wp('建设口袋公园2个'))}${wc(wp('县综合行政执法局'))}${wc('<w:p><w:r><w:t>2026</w:t></w:r><w:r><w:noBreakHyphen/></w:r><w:r><w:t>2027年</w:t></w:r></w:p>')}</w:tr>`,
    ];
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${wp('某县2026年民生实事项目')}<w:tbl><w:tblPr/><w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(4)}</w:tblGrid>${rows.join('')}</w:tbl><w:sectPr/></w:body></w:document>`;
    fs.writeFileSync(path.join(dir, '方案.docx'), zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': xml }));
    const r = await run(['plan', 'import', '方案.docx'], { cwd: dir });
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as { tasks: Array<{ seq: number; task: string; units: string; time: string }>; projects: string[] };
    expect(plan.tasks.map((t) => [t.task, t.units, t.time])).toEqual([
      ['新建城乡公交候车亭', '县交通运输局', '2026年10月底前'],
      ['改造老旧小区3个', '县住房和城乡建设局', '2026年年底前'],
      ['建设口袋公园2个', '县综合行政执法局', '2026-2027年'],
    ]);
    expect(plan.projects).toEqual(['生态环境']);
  });
});

// plan import on notices written by another program: python-docx (Debian's python3-docx), whose XML
// differs from the docx library's (vMerge without a value, gridSpan from cell.merge, breaks as
// <w:br/> in runs). Runs where python3-docx is installed (CI installs it); skipped elsewhere.
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { run } from './run';
import { tempDir } from './helpers';

const python = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import docx'], { stdio: 'ignore' }).status === 0);
const maybe = python ? describe : describe.skip;

const SCRIPT = String.raw`
import sys
from docx import Document
doc = Document()
doc.add_paragraph('某市人民政府办公室文件')
doc.add_paragraph('某政办发〔2026〕12号')
doc.add_paragraph('某市2026年重点工作任务分解方案')
contacts = doc.add_table(rows=2, cols=2)
contacts.cell(0, 0).text = '联系人'; contacts.cell(0, 1).text = '电话'
contacts.cell(1, 0).text = '李四'; contacts.cell(1, 1).text = '0571-00000000'
def table(rows, header=True):
    t = doc.add_table(rows=0, cols=4)
    if header:
        cells = t.add_row().cells
        for i, h in enumerate(['序号', '重点任务', '牵头单位', '完成时限']):
            cells[i].text = h
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    return t
first = table([
    ['一、优化营商环境', '', '', ''],
    ['1', '', '市发展改革委', '2026年6月底前'],
    ['2', '推行企业开办一日办结', '', '2026年9月底前'],
])
# The section row merged across; 市发展改革委 merged down over tasks 1 and 2.
first.cell(1, 0).merge(first.cell(1, 3)).text = '一、优化营商环境'
first.cell(2, 2).merge(first.cell(3, 2))
# A task written over two lines, with a break inside one run.
run = first.cell(2, 1).paragraphs[0].add_run('深化“一件事”')
run.add_break()
first.cell(2, 1).paragraphs[0].add_run('集成改革')
# The list goes on in a second table after a page break, header repeated; then one without its header.
doc.add_page_break()
table([['二、保障改善民生', '', '', ''], ['3', '新增城镇就业2万人', '市人力社保局', '2026年底前']]).cell(1, 0).merge(doc.tables[-1].cell(1, 3)).text = '二、保障改善民生'
table([['4', '新建改建公办幼儿园5所', '市教育局', '2026年8月底前']], header=False)
doc.save(sys.argv[1])
`;

maybe('notices written by python-docx', () => {
  test('merged cells, a section row, a task over two lines, a list continued in two more tables', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'make.py'), SCRIPT);
    const made = spawnSync(python!, [path.join(dir, 'make.py'), path.join(dir, '方案.docx')], { encoding: 'utf8' });
    expect(made.stderr).toBe('');
    const r = await run(['plan', 'import', '方案.docx'], { cwd: dir });
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as { title: string; docNo: string; projects: string[]; tasks: Array<{ seq: number; task: string; units: string; time: string; project?: number }> };
    expect(plan.docNo).toBe('某政办发〔2026〕12号');
    expect(plan.title).toBe('某市2026年重点工作任务分解方案');
    expect(plan.projects).toEqual(['优化营商环境', '保障改善民生']);
    expect(plan.tasks.map((t) => [t.seq, t.task, t.units, t.time, t.project])).toEqual([
      [1, '深化“一件事”集成改革', '市发展改革委', '2026年6月底前', 1],
      [2, '推行企业开办一日办结', '市发展改革委', '2026年9月底前', 1],
      [3, '新增城镇就业2万人', '市人力社保局', '2026年底前', 2],
      [4, '新建改建公办幼儿园5所', '市教育局', '2026年8月底前', 2],
    ]);
    expect(r.stderr).toContain('读取了 4 个表格，其中 3 个是任务清单');
  });
});

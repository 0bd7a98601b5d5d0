// Hostile and broken workbooks (issue #17): each is refused with one clear line naming the file, or,
// when it is a real ledger, checked; memory follows the ledger, not the farthest cell; a run with good
// files still reports them. The files are made here, small, from raw XML.
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { FileError } from '../../src/cli/xlsx';
import { LIMITS, openWorkbook, readWorkbookValues } from '../../src/cli/xlsx-read';
import { checkLedger } from '../../src/core/engine';
import { inlineStr, rawXlsx, rawXlsxParts, zip } from './helpers';

const HEADER = ['序号', '重点任务', '责任(牵头)单位', '时间要求', '完成情况', '完成时间'];
const COLS = 'ABCDEF';
const TASKS = [
  [1, '严控会议经费', '省财政厅', '2019年底前', '已完成'],
  [2, '推进政务公开', '省政府办公厅', '2019年6月底前', ''],
  [3, '清理规范性文件', '省司法厅', '每年推进', ''],
];

function row(r: number, cells: Array<string | number>): string {
  return (
    `<row r="${r}">` +
    cells
      .map((v, i) => (v === '' ? '' : typeof v === 'number' ? `<c r="${COLS[i]}${r}"><v>${v}</v></c>` : inlineStr(`${COLS[i]}${r}`, v)))
      .join('') +
    '</row>'
  );
}

/** The sheet XML of a small, correct ledger, with anything extra appended to its rows. */
const LEDGER_ROWS = [row(1, HEADER), ...TASKS.map((t, i) => row(i + 2, t))].join('');

async function fileError(buf: Buffer, limits = LIMITS): Promise<{ id: string; data: Record<string, string> } | null> {
  try {
    await readWorkbookValues(buf, limits);
    return null;
  } catch (e) {
    if (e instanceof FileError) return { id: e.id, data: e.data };
    throw e;
  }
}

const tasksOf = async (buf: Buffer) => {
  const s = (await readWorkbookValues(buf)).sheets[0];
  return checkLedger({ values: s.values, merges: s.merges, name: s.name }, { asOf: '2019-12-06' }).tasks.map((t) => t.task);
};

describe('the reader keeps to the ledger, not the farthest cell', () => {
  test('a stray value at XFD1048576: the same tasks, rows not widened', async () => {
    const buf = rawXlsx(LEDGER_ROWS + `<row r="1048576">${inlineStr('XFD1048576', '远处')}</row>`);
    const s = (await readWorkbookValues(buf)).sheets[0];
    expect(s.values).toHaveLength(1_048_576);
    expect(s.values[1]).toHaveLength(5);
    // One array per row with content; the empty rows between share one.
    expect(new Set(s.values).size).toBeLessThanOrEqual(6);
    expect(await tasksOf(buf)).toEqual(TASKS.map((t) => t[1]));
  });

  test('a merged area A1:XFD1048576 is clipped to the content and covers it as Excel shows it', async () => {
    const buf = rawXlsx(LEDGER_ROWS, { mergeCells: ['A1:XFD1048576'] });
    const s = (await readWorkbookValues(buf)).sheets[0];
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: TASKS.length, right: HEADER.length - 1 }]);
    // Excel shows only the area's top-left value.
    expect(s.values.flat().filter((v) => v !== null && v !== undefined)).toEqual(['序号']);
  });

  test('a merge far below the ledger is dropped, one inside it kept', async () => {
    const buf = rawXlsx(LEDGER_ROWS, { mergeCells: ['C3:C4', 'A900000:XFD1000000'] });
    const s = (await readWorkbookValues(buf)).sheets[0];
    expect(s.merges).toEqual([{ top: 2, left: 2, bottom: 3, right: 2 }]);
  });

  test.each([
    ['a row numbered 99999999', `<row r="99999999"><c r="A99999999"><v>1</v></c></row>`, {}],
    ['a cell past column XFD', `<row r="5">${inlineStr('XFE5', 'x')}</row>`, {}],
    ['a cell reference that is not one', `<row r="5">${inlineStr('ABCDE5', 'x')}</row>`, {}],
    ['a merge past the last row', '', { mergeCells: ['A1:A1048577'] }],
  ])('%s: refused as outside the grid', async (_, extra, opts) => {
    expect((await fileError(rawXlsx(LEDGER_ROWS + extra, opts)))?.id).toBe('outside-grid');
  });

  test('a sheet is previewed up to its header rows, and refused whole past the row limit (set low for the test)', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => row(i + 2, [i + 1, `任务${i + 1}`, '省财政厅', '2019年底前', ''])).join('');
    const book = await openWorkbook(rawXlsx(row(1, HEADER) + rows), { ...LIMITS, maxContentRows: 150 });
    try {
      expect((await book.read('台账', { previewRows: 100 })).values).toHaveLength(100);
      await expect(book.read('台账')).rejects.toMatchObject({ id: 'too-many-rows', data: { sheet: '台账', limit: '150' } });
    } finally {
      book.close();
    }
  });

  test('too many cells or merges for a ledger: refused, at limits set low for the test', async () => {
    expect(await fileError(rawXlsx(LEDGER_ROWS), { ...LIMITS, maxCells: 10 })).toEqual({ id: 'too-many-cells', data: { limit: '10' } });
    expect((await fileError(rawXlsx(LEDGER_ROWS, { mergeCells: ['A2:A3', 'B2:B3'] }), { ...LIMITS, maxMerges: 1 }))?.id).toBe('too-many-merges');
  });
});

describe('zip bombs are refused before they inflate', () => {
  // 40 MB of identical rows deflates to about 40 KB: a ratio of about 1000:1.
  const bombRows = Buffer.from(`<row><c t="inlineStr"><is><t>x</t></is></c></row>`.repeat(800_000));

  test('a part whose ratio is absurd for a workbook', async () => {
    const parts: Record<string, string | Buffer> = rawXlsxParts(LEDGER_ROWS);
    parts['xl/worksheets/sheet1.xml'] = Buffer.concat([Buffer.from('<worksheet><sheetData>'), bombRows, Buffer.from('</sheetData></worksheet>')]);
    const before = process.memoryUsage().arrayBuffers;
    const err = await fileError(zip(parts));
    expect(err?.id).toBe('unzip-ratio');
    expect(err?.data.part).toBe('xl/worksheets/sheet1.xml');
    expect(Number(err?.data.ratio)).toBeGreaterThan(100);
    // Refused from the zip's directory: the 40 MB were never inflated.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(20 * 1024 * 1024);
  });

  test('a part that declares 1.1 GB', async () => {
    const parts = rawXlsxParts(LEDGER_ROWS);
    const err = await fileError(zip(parts, { 'xl/worksheets/sheet1.xml': 1100 * 1024 * 1024 }));
    expect(err).toEqual({ id: 'unzip-size', data: { part: 'xl/worksheets/sheet1.xml', size: '1100', limit: '200' } });
  });

  test('a part that declares less than it inflates to (declared sizes can lie)', async () => {
    const parts: Record<string, string | Buffer> = rawXlsxParts(LEDGER_ROWS);
    parts['xl/worksheets/sheet1.xml'] = Buffer.concat([Buffer.from('<worksheet><sheetData>'), bombRows, Buffer.from('</sheetData></worksheet>')]);
    // Declared as 500 KB (a ratio a workbook may have): inflating stops at 500 KB.
    const err = await fileError(zip(parts, { 'xl/worksheets/sheet1.xml': 500 * 1024 }));
    expect(err).toEqual({ id: 'damaged', data: { part: 'xl/worksheets/sheet1.xml' } });
  });
});

describe('broken parts get their own reason', () => {
  test('a workbook whose sheet part is missing is not called sheetless', async () => {
    const parts = rawXlsxParts(LEDGER_ROWS);
    delete parts['xl/worksheets/sheet1.xml'];
    expect(await fileError(zip(parts))).toEqual({ id: 'sheet-part-missing', data: { sheet: '台账' } });
  });

  test('XXE: an external entity is never fetched, the file is refused', async () => {
    const parts = rawXlsxParts('');
    parts['xl/worksheets/sheet1.xml'] =
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' +
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${row(1, HEADER)}` +
      '<row r="2"><c r="B2" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>';
    expect(await fileError(zip(parts))).toEqual({ id: 'damaged', data: { part: 'xl/worksheets/sheet1.xml' } });
  });

  test('billion laughs: entities are not expanded', async () => {
    const lol = ['<!ENTITY lol0 "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`)].join('');
    const parts = rawXlsxParts('');
    parts['xl/sharedStrings.xml'] = `<?xml version="1.0"?><!DOCTYPE sst [${lol}]><sst><si><t>&lol9;</t></si></sst>`;
    parts['xl/_rels/workbook.xml.rels'] = parts['xl/_rels/workbook.xml.rels'].replace(
      '</Relationships>',
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    );
    expect(await fileError(zip(parts))).toEqual({ id: 'damaged', data: { part: 'xl/sharedStrings.xml' } });
  });
});

// ---------------------------------------------------------------------------------------------------
// The command line as a user runs it (bin/task-ledger.js over lib/, files checked in a child process).

const repo = path.join(__dirname, '..', '..');
fs.mkdirSync(path.join(repo, 'tmp'), { recursive: true });
const work = fs.mkdtempSync(path.join(repo, 'tmp', 'hostile-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/**
 * Runs the command line as bin/task-ledger.js does, in a child process, with TASK_LEDGER_DEBUG for
 * its peak memory: `maxrss` is this process's plus the checker process's (MB).
 */
function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [path.join(repo, 'bin', 'task-ledger.js'), ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', TASK_LEDGER_DEBUG: '1', ...env },
    timeout: 120_000,
  });
  const lines = r.stderr.trim().split('\n');
  const debug = /^debug: peak memory (\d+) MB \(this process\), (\d+) MB/.exec(lines[lines.length - 1] ?? '');
  if (debug) lines.pop();
  return { code: r.status, stdout: r.stdout, stderr: lines.join('\n'), maxrss: debug ? Number(debug[1]) + Number(debug[2]) : NaN };
}

function put(name: string, buf: Buffer): string {
  fs.writeFileSync(path.join(work, name), buf);
  return name;
}

describe('a run with hostile files and good ones', () => {
  const bombRows = `<row><c t="inlineStr"><is><t>x</t></is></c></row>`.repeat(800_000);
  const hostile: Record<string, Buffer> = {
    'merge-everything.xlsx': rawXlsx(LEDGER_ROWS, { mergeCells: ['B2:XFD1048576'] }),
    'far-cell.xlsx': rawXlsx(LEDGER_ROWS + `<row r="1048576">${inlineStr('XFD1048576', '远处')}</row>`),
    'row-99999999.xlsx': rawXlsx(LEDGER_ROWS + `<row r="99999999"><c r="A99999999"><v>1</v></c></row>`),
    'zip-bomb.xlsx': zip({ ...rawXlsxParts(LEDGER_ROWS), 'xl/worksheets/sheet1.xml': `<worksheet><sheetData>${bombRows}</sheetData></worksheet>` }),
    'lying-size.xlsx': zip({ ...rawXlsxParts(LEDGER_ROWS), 'xl/worksheets/sheet1.xml': `<worksheet><sheetData>${bombRows}</sheetData></worksheet>` }, { 'xl/worksheets/sheet1.xml': 400_000 }),
    'no-sheet-part.xlsx': zip(Object.fromEntries(Object.entries(rawXlsxParts(LEDGER_ROWS)).filter(([k]) => !k.includes('worksheets')))),
    'random.xlsx': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)),
  };
  const refused: Record<string, RegExp> = {
    'row-99999999.xlsx': /超出 Excel 的行列范围/,
    'zip-bomb.xlsx': /解压后过大/,
    'lying-size.xlsx': /文件已损坏/,
    'no-sheet-part.xlsx': /缺少工作表“台账”的内容/,
    'random.xlsx': /不是 \.xlsx 工作簿/,
  };
  let r: ReturnType<typeof cli>;
  beforeAll(() => {
    const good = put('good.xlsx', rawXlsx(LEDGER_ROWS));
    const names = Object.entries(hostile).map(([n, b]) => put(n, b));
    const good2 = put('good2.xlsx', rawXlsx(LEDGER_ROWS));
    r = cli(['check', good, ...names, good2, '--as-of', '2019-12-06', '--format', 'json']);
  }, 120_000);

  test('exit 2, and the good files are reported', () => {
    expect(r.code).toBe(2);
    const files = (JSON.parse(r.stdout) as { files: Array<{ file: string; error?: string; tasks?: unknown[] }> }).files;
    expect(files.map((f) => f.file)).toEqual(['good.xlsx', ...Object.keys(hostile), 'good2.xlsx']);
    expect(files[0].tasks).toHaveLength(TASKS.length);
    expect(files[files.length - 1].tasks).toHaveLength(TASKS.length);
  });

  test('real ledgers with far cells or merges are checked; the rest refused, one Chinese line each naming the file', () => {
    const files = (JSON.parse(r.stdout) as { files: Array<{ file: string; error?: string; tasks?: unknown[] }> }).files;
    expect(files.find((f) => f.file === 'far-cell.xlsx')?.tasks).toHaveLength(TASKS.length);
    expect(files.find((f) => f.file === 'merge-everything.xlsx')?.error).toBeUndefined();
    const lines = r.stderr.split('\n');
    expect(lines).toHaveLength(Object.keys(refused).length);
    for (const [name, reason] of Object.entries(refused)) {
      const line = lines.find((l) => l.startsWith(`错误：${name}：`));
      expect(line).toMatch(reason);
    }
    // No JavaScript: no stack, no English parser message.
    expect(r.stderr).not.toMatch(/\n\s+at |Error|undefined|[A-Za-z]{6,} [a-z]{3,} [a-z]{3,}/);
  });

  test('within 1 GB of memory for the whole run', () => {
    expect(r.maxrss).toBeGreaterThan(0);
    expect(r.maxrss).toBeLessThan(1024);
  });
});

describe('a file that gets past the bounds is still only that file', () => {
  const big = () => {
    // 60,000 rows: within every limit, but more than a checker process of 48 MB holds.
    const rows = Array.from({ length: 60_000 }, (_, i) => row(i + 2, [i + 1, `第${i + 1}项改革任务`, '省财政厅', '2019年底前', ''])).join('');
    return rawXlsx(row(1, HEADER) + rows);
  };

  test('an exhausted heap: that file gets its line, the next file is checked by a fresh checker process', () => {
    put('good.xlsx', rawXlsx(LEDGER_ROWS));
    put('big.xlsx', big());
    const r = cli(['check', 'big.xlsx', 'good.xlsx', '--as-of', '2019-12-06', '--format', 'json'], { TASK_LEDGER_WORKER_MB: '48' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('错误：big.xlsx：处理时内存不足（文件内容过大），已跳过');
    const files = (JSON.parse(r.stdout) as { files: Array<{ file: string; tasks?: unknown[] }> }).files;
    expect(files[1].tasks).toHaveLength(TASKS.length);
  }, 120_000);

  test('a file that takes too long: that file gets its line, the next is checked', () => {
    put('good.xlsx', rawXlsx(LEDGER_ROWS));
    put('big.xlsx', big());
    // The limit counts a file's own work, not the start of a fresh checker process.
    const r = cli(['check', 'big.xlsx', 'good.xlsx', '--as-of', '2019-12-06', '--format', 'json'], { TASK_LEDGER_FILE_TIMEOUT_S: '0.3' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('错误：big.xlsx：处理超时（超过 0.3 秒），已跳过');
    const files = (JSON.parse(r.stdout) as { files: Array<{ file: string; error?: string; tasks?: unknown[] }> }).files;
    expect(files[1].tasks).toHaveLength(TASKS.length);
  }, 120_000);
});

describe('--plan from a workbook with a cell at XFD1048576', () => {
  test('the plan is read, as the same plan without it', async () => {
    const { run } = await import('./run');
    const plain = put('plan.xlsx', rawXlsx(LEDGER_ROWS));
    const far = put('plan-far.xlsx', rawXlsx(LEDGER_ROWS + `<row r="1048576">${inlineStr('XFD1048576', '远处')}</row>`));
    const a = await run(['workload', '--plan', plain], { cwd: work });
    const b = await run(['workload', '--plan', far], { cwd: work });
    expect(a.stdout).toContain('省财政厅');
    expect(a.code).toBe(0);
    expect(b).toEqual(a);
  });
});

// Annotated copies: tests/cli/annotate.test.ts ("copies keep every value").

/** @jest-environment jsdom */
// 参照计划 in the pane (issue #11): the built-in plan, a sheet of the workbook in the ledger layout, a Word
// notice read in the pane, or none; chosen in 设置, stored in the workbook, used by 校验 and 插入任务清单.
// Over the in-memory Excel fake and the real engine. Expected findings follow the spec's plan-mismatch
// row: a row matching a plan task whose lead differs from the plan's is reported on its units cell.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { App } from '../../src/taskpane/components/App';
import { createOfficeActions, PanePlanError } from '../../src/taskpane/office-actions';
import { PlanDocumentError } from '../../src/taskpane/plan-document';
import { detectCapabilities, ExcelRun } from '../../src/office/capabilities';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, sanitizeSettings, type PaneSettings } from '../../src/office/settings-store';
import { planLedgerLayout } from '../../src/report/sample';
import { PLAN_2018, type Plan } from '../../src/core/plan';
import { sampleWorkbook, toExcelValue, SAMPLE_AS_OF } from '../fakes/sample-workbook';
import { compoundFile, zip } from '../cli/helpers';
import { TextDecoder, TextEncoder } from 'util';

// jsdom lacks TextEncoder, which the docx library uses to write the test notices.
Object.assign(globalThis, { TextEncoder, TextDecoder });
// jsdom's Blob lacks arrayBuffer(), which every browser the pane runs in has.
Blob.prototype.arrayBuffer ??= function (this: Blob) {
  return new Promise<ArrayBuffer>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.readAsArrayBuffer(this);
  });
};

class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
(window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoopResizeObserver;
jest.setTimeout(60000);

/** The 2018 plan as a county might have amended it: task 5 led by 省统计局 instead of 省政府研究室. */
const AMENDED: Plan = {
  ...PLAN_2018,
  title: '修订后的行动计划',
  tasks: PLAN_2018.tasks.map((t) => (t.seq === 5 ? { ...t, units: '省统计局,各市、县(市、区)政府' } : t)),
};
const PLAN_SHEET = '计划清单';
/** Task 5's row in the sample ledger (Excel row 9) and its 责任(牵头)单位 cell. */
const TASK5_UNITS = 'C9';

function workbook() {
  const { fx } = sampleWorkbook();
  const layout = planLedgerLayout(AMENDED);
  const sheet = fx.addSheet(PLAN_SHEET, layout.values.map((row) => row.map(toExcelValue)));
  for (const m of layout.merges) sheet.merges.push(m);
  fx.addSheet('问题清单', [['序号', '重点任务', '责任单位', '时间要求']]);
  const run = fx.run as unknown as ExcelRun;
  const caps = detectCapabilities(fx.office().context.requirements);
  return { fx, run, caps, actions: createOfficeActions(run, caps) };
}

const settings = (plan: PaneSettings['plan']): PaneSettings => ({ ...DEFAULT_SETTINGS, asOf: SAMPLE_AS_OF, plan });
const planFindings = (issues: Array<{ rule: string }>) => issues.filter((i) => i.rule.startsWith('plan-') || i.rule === 'time-outside-plan');

describe('the plan a check compares with', () => {
  test('a sheet of the workbook: its tasks, not the built-in ones, decide plan-mismatch', async () => {
    const { actions } = workbook();
    const builtin = await actions.check({ settings: settings({ source: 'builtin' }) });
    expect(builtin.outcome.result!.issues.filter((i) => i.rule === 'plan-mismatch' && i.cell === TASK5_UNITS)).toEqual([]);
    expect(builtin.plan).toMatchObject({ source: 'builtin', label: '浙政发〔2018〕16号', tasks: 49 });

    const sheet = await actions.check({ settings: settings({ source: 'sheet', sheet: PLAN_SHEET }) });
    const found = sheet.outcome.result!.issues.filter((i) => i.rule === 'plan-mismatch' && i.cell === TASK5_UNITS);
    expect(found).toHaveLength(1);
    expect(found[0].messageId).toBe('units');
    expect(found[0].data).toMatchObject({ planSeq: 5, expected: '省统计局,各市、县(市、区)政府', actual: '省政府研究室、各市、县(市、区)政府' });
    expect(sheet.plan).toMatchObject({ source: 'sheet', label: '修订后的行动计划重点任务执行台账', tasks: 49 });
  });

  test('none: no plan rule runs, and the summary says so', async () => {
    const { actions } = workbook();
    const run = await actions.check({ settings: settings({ source: 'none' }) });
    expect(run.outcome.result!.tasks).toHaveLength(49);
    expect(planFindings(run.outcome.result!.issues)).toEqual([]);
    expect(run.plan).toMatchObject({ source: 'none', tasks: 0 });
  });

  test('a sheet that is gone, or has no ledger header, is named in the error', async () => {
    const { actions, fx } = workbook();
    await expect(actions.check({ settings: settings({ source: 'sheet', sheet: '已删除' }) })).rejects.toMatchObject({
      key: 'planSheetMissing',
      data: { sheet: '已删除' },
    });
    fx.addSheet('备忘', [['本表记录会议'], ['无表头']]);
    const e = await actions.check({ settings: settings({ source: 'sheet', sheet: '备忘' }) }).catch((x) => x);
    expect(e).toBeInstanceOf(PanePlanError);
    expect(e.key).toBe('planSheetNoHeader');
  });

  test('the sheets offered: those with a ledger header, not the pane’s own output sheets', async () => {
    const { actions } = workbook();
    expect(await actions.listPlanSheets()).toEqual(['执行台账', PLAN_SHEET]);
  });

  test('插入任务清单 writes the chosen plan; with none there is nothing to insert', async () => {
    const { actions, fx } = workbook();
    const name = await actions.insertPlan(settings({ source: 'sheet', sheet: PLAN_SHEET }));
    const inserted = fx.sheetByName(name)!;
    const units = [...inserted.cells.values()].map((c) => c.value);
    expect(units).toContain('省统计局,各市、县(市、区)政府');
    await expect(actions.insertPlan(settings({ source: 'none' }))).rejects.toMatchObject({ key: 'planNoneToInsert' });
  });
});

describe('the plan stored in the workbook', () => {
  test('a Word plan round-trips through the settings part; a damaged one falls back to the built-in plan', async () => {
    const { run, caps } = workbook();
    const doc = { source: 'document' as const, file: '通知.docx', plan: AMENDED };
    await saveSettings(run, caps, settings(doc));
    expect((await loadSettings(run, caps)).plan).toEqual(doc);
    expect(sanitizeSettings({ plan: { source: 'document', file: 'x.docx', plan: { tasks: [] } } }).plan).toEqual({ source: 'builtin' });
    expect(sanitizeSettings({ plan: { source: 'sheet', sheet: '' } }).plan).toEqual({ source: 'builtin' });
    expect(sanitizeSettings({ plan: { source: 'none' } }).plan).toEqual({ source: 'none' });
  });
});

const cell = (text: string) => new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })] });
const row = (cells: string[]) => new TableRow({ children: cells.map(cell) });

async function notice(): Promise<ArrayBuffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('某县人民政府办公室'),
          new Paragraph('某政办发〔2026〕8号'),
          new Paragraph('2026年民生实事项目实施方案'),
          new Table({ rows: [row(['联系人', '电话']), row(['张三', '0571-00000000'])] }),
          new Table({
            rows: [
              row(['序号', '重点任务', '责任单位', '时间要求']),
              row(['1', '新建城乡公交候车亭50个', '县交通运输局', '2026年10月底前']),
              row(['2', '改造老旧小区3个', '县住房和城乡建设局', '2026年年底前']),
              row(['3', '建设口袋公园2个', '县综合行政执法局', '']),
            ],
          }),
        ],
      },
    ],
  });
  const buf = await Packer.toBuffer(doc);
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
}

const arrayBuffer = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

describe('a Word notice read in the pane', () => {
  test('its list becomes the plan: title, 文号, complete rows; the row without a time is reported', async () => {
    const { actions } = workbook();
    const report = await actions.importPlanDocument(await notice());
    expect(report.plan.title).toBe('2026年民生实事项目实施方案');
    expect(report.plan.docNo).toBe('某政办发〔2026〕8号');
    expect(report.plan.tasks.map((t) => [t.seq, t.units, t.time])).toEqual([
      [1, '县交通运输局', '2026年10月底前'],
      [2, '县住房和城乡建设局', '2026年年底前'],
    ]);
    expect(report.skipped).toEqual([{ table: 2, row: 4, text: '3 建设口袋公园2个', missing: ['time'] }]);
  });

  test.each([
    ['an old .doc', () => compoundFile(['WordDocument']), 'old'],
    ['a PDF', () => Buffer.from('%PDF-1.7\n'), 'pdf'],
    ['an .odt renamed .docx', () => zip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<office:document-content/>' }), 'not-docx'],
    ['a workbook', () => Buffer.from('just text'), 'not-docx'],
  ])('%s is refused with its reason', async (_, bytes, problem) => {
    const { actions } = workbook();
    const e = await actions.importPlanDocument(arrayBuffer(bytes())).catch((x) => x);
    expect(e).toBeInstanceOf(PlanDocumentError);
    expect(e.problem).toBe(problem);
  });
});

describe('设置 → 参照计划 in the pane', () => {
  test('pick a sheet, save, check: the summary names the plan and its plan-mismatch is listed', async () => {
    const { fx, run, caps } = workbook();
    await saveSettings(run, caps, settings({ source: 'builtin' }));
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <App actions={createOfficeActions(run, caps)} caps={caps} lang="zh-CN" />
      </FluentProvider>,
    );
    await user.click(screen.getByRole('tab', { name: '设置' }));
    const select = await screen.findByRole('combobox', { name: /参照计划/ });
    await waitFor(() => expect(screen.getByRole('option', { name: `本工作簿的工作表：${PLAN_SHEET}` })).toBeTruthy());
    expect(screen.queryByRole('option', { name: /问题清单/ })).toBeNull();
    await user.selectOptions(select, `sheet:${PLAN_SHEET}`);
    await user.click(screen.getByRole('button', { name: '保存到工作簿' }));
    expect(await screen.findByText(/设置已保存/)).toBeTruthy();
    expect((await loadSettings(run, caps)).plan).toEqual({ source: 'sheet', sheet: PLAN_SHEET });

    await user.click(screen.getByRole('tab', { name: '校验' }));
    await user.click(screen.getByRole('button', { name: '校验' }));
    expect(await screen.findByText('参照计划：修订后的行动计划重点任务执行台账')).toBeTruthy();
    expect(screen.getAllByText(/省统计局/).length).toBeGreaterThan(0);
    expect(fx.sheetByName('执行台账')!.conditionalFormats.length).toBeGreaterThan(0);
  });

  test('a .doc picked as the plan gets the save-as line and changes nothing', async () => {
    const { run, caps } = workbook();
    await saveSettings(run, caps, settings({ source: 'builtin' }));
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <App actions={createOfficeActions(run, caps)} caps={caps} lang="zh-CN" />
      </FluentProvider>,
    );
    await user.click(screen.getByRole('tab', { name: '设置' }));
    const input = (await screen.findByLabelText('从 Word 文件导入…', { selector: 'input' })) as HTMLInputElement;
    await user.upload(input, new File([new Uint8Array(compoundFile(['WordDocument']))], '方案.doc'));
    expect(await screen.findByText(/另存为 \.docx/)).toBeTruthy();
    expect((await loadSettings(run, caps)).plan).toEqual({ source: 'builtin' });
  });
});

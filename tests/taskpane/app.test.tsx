/** @jest-environment jsdom */
// The pane's behaviour with React Testing Library, over the in-memory Excel fake and the real engine.
import { render, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/components/App';
import { OutsideOffice } from '../../src/taskpane/components/OutsideOffice';
import { createOfficeActions, PaneActions } from '../../src/taskpane/office-actions';
import { detectCapabilities, ExcelRun } from '../../src/office/capabilities';
import { saveSettings, DEFAULT_SETTINGS } from '../../src/office/settings-store';
import { paneLanguage } from '../../src/taskpane/strings';
import { sampleWorkbook, SAMPLE_AS_OF, SAMPLE_SHEET_NAME } from '../fakes/sample-workbook';
import type { Lang } from '../../src/core/types';
import type { FakeOptions } from '../fakes/excel';

// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one.
class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
(window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoopResizeObserver;
// Rendering Fluent in jsdom over the real engine takes seconds on a busy machine.
jest.setTimeout(60000);

async function setup(lang: Lang = 'zh-CN', options: FakeOptions = {}, wrap?: (a: PaneActions) => PaneActions) {
  const { fx, sheet } = sampleWorkbook(options);
  const run = fx.run as unknown as ExcelRun;
  const caps = detectCapabilities(fx.office().context.requirements);
  await saveSettings(run, caps, { ...DEFAULT_SETTINGS, asOf: SAMPLE_AS_OF });
  let actions = createOfficeActions(run, caps);
  if (wrap) actions = wrap(actions);
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <App actions={actions} caps={caps} lang={lang} />
    </FluentProvider>,
  );
  return { fx, sheet, user, caps };
}

test('校验 lists problems grouped by rule, counts by status and severity, and marks the sheet', async () => {
  const { fx, user } = await setup();
  await user.click(screen.getByRole('button', { name: '校验' }));
  expect(await screen.findByText('已校验“执行台账”')).toBeTruthy();
  expect(screen.getByText('49 项任务 · 基准日期 2019-12-06')).toBeTruthy();
  const lights = screen.getByRole('list', { name: '任务状态' });
  const counts = within(lights).getAllByRole('listitem').map((li) => Number(li.lastChild!.textContent));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(49);
  expect(screen.getByText(/^错误 \d+$/)).toBeTruthy();
  expect(screen.getByText(/^警告 \d+$/)).toBeTruthy();
  // The sample's impossible date (task 23) is a time-unparsed error: its group is there.
  expect(screen.getAllByRole('button', { name: /时间要求/ }).length).toBeGreaterThan(0);
  expect(fx.sheetByName(SAMPLE_SHEET_NAME)!.conditionalFormats.length).toBeGreaterThan(0);
  expect(screen.getByText(/已在工作表上标记 \d+ 个单元格/)).toBeTruthy();
});

test('clicking an issue selects its cell in Excel', async () => {
  const { fx, user } = await setup();
  await user.click(screen.getByRole('button', { name: '校验' }));
  await screen.findByText(/已校验/);
  const groupHeaders = screen.getAllByRole('button', { expanded: false });
  await user.click(groupHeaders[0]);
  const goTo = await screen.findAllByRole('button', { name: /^转到 [A-Z]+\d+：/ });
  const cell = /^转到 ([A-Z]+\d+)：/.exec(goTo[0].getAttribute('aria-label')!)![1];
  await user.click(goTo[0]);
  await waitFor(() => expect(fx.model.selection?.address).toBe(cell));
  expect(fx.model.selection!.sheetId).toBe(fx.sheetByName(SAMPLE_SHEET_NAME)!.id);
});

test('清除标记 puts every format back and says so', async () => {
  const { fx, user } = await setup();
  const before = fx.formatSnapshot();
  await user.click(screen.getByRole('button', { name: '校验' }));
  await screen.findByText(/已校验/);
  expect(fx.formatSnapshot()).not.toBe(before);
  await user.click(screen.getByRole('button', { name: '清除标记' }));
  expect(await screen.findByText('已清除标记，单元格格式已恢复原样。')).toBeTruthy();
  expect(fx.formatSnapshot()).toBe(before);
});

test('English when Office speaks English', async () => {
  expect(paneLanguage('en-US')).toBe('en');
  expect(paneLanguage('en-GB')).toBe('en');
  expect(paneLanguage('zh-CN')).toBe('zh-CN');
  expect(paneLanguage('fr-FR')).toBe('zh-CN');
  const { user } = await setup('en');
  await user.click(screen.getByRole('button', { name: 'Check' }));
  expect(await screen.findByText('Checked "执行台账"')).toBeTruthy();
  expect(screen.getByText('49 tasks · as of 2019-12-06')).toBeTruthy();
  expect(screen.getByRole('list', { name: 'Task status' })).toBeTruthy();
  expect(screen.queryByText('清除标记')).toBeNull();
});

test('cell text is shown as text, never as HTML', async () => {
  const { fx, sheet, user } = await setup();
  // A task text that looks like markup, on a row the checker will flag (bad 序号).
  const row = [...sheet.cells.entries()].find(([k, c]) => k.endsWith(',0') && c.value === 5)![0].split(',').map(Number)[0];
  fx.cellAt(sheet, row, 0).value = '<img src=x onerror="window.__pwned=1">';
  await user.click(screen.getByRole('button', { name: '校验' }));
  await screen.findByText(/已校验/);
  for (const b of screen.getAllByRole('button', { expanded: false })) await user.click(b);
  expect(document.querySelector('img')).toBeNull();
  expect(screen.getAllByText(/<img src=x/).length).toBeGreaterThan(0);
});

test('progress shows while a check runs, and buttons are disabled meanwhile', async () => {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const { user } = await setup('zh-CN', {}, (a) => ({
    ...a,
    check: async (o) => {
      o.onProgress?.({ phase: 'read', done: 5000, total: 10000 });
      await gate;
      return a.check(o);
    },
  }));
  await user.click(screen.getByRole('button', { name: '校验' }));
  expect(await screen.findByRole('progressbar')).toBeTruthy();
  expect(screen.getAllByText('正在读取：5000 / 10000 行').length).toBeGreaterThan(0);
  expect((screen.getByRole('button', { name: '清除标记' }) as HTMLButtonElement).disabled).toBe(true);
  release();
  await screen.findByText(/已校验/);
  expect(screen.queryByRole('progressbar')).toBeNull();
});

test('an Excel error is shown, not thrown', async () => {
  const { user } = await setup('zh-CN', {}, (a) => ({ ...a, clearMarks: async () => Promise.reject(new Error('网络中断')) }));
  await user.click(screen.getByRole('button', { name: '清除标记' }));
  expect((await screen.findByRole('alert')).textContent).toContain('操作未完成：网络中断');
});

test('on an old Excel the pane says plainly what it cannot do', async () => {
  const { user } = await setup('zh-CN', { excelApi: 5, customFunctions: false });
  expect(screen.getByText(/不支持条件格式（需要 ExcelApi 1.6）/)).toBeTruthy();
  expect(screen.getByText(/不支持自定义函数/)).toBeTruthy();
  expect((screen.getByRole('button', { name: '清除标记' }) as HTMLButtonElement).disabled).toBe(true);
  await user.click(screen.getByRole('button', { name: '校验' }));
  expect(await screen.findByText(/已校验/)).toBeTruthy();
});

test('插入任务清单 adds a ledger sheet and reports its name', async () => {
  const { fx, user } = await setup();
  await user.click(screen.getByRole('button', { name: '插入任务清单' }));
  expect(await screen.findByText('已插入工作表“重点任务台账”。')).toBeTruthy();
  expect(fx.sheetByName('重点任务台账')).toBeTruthy();
});

test('考评汇总: per-unit table and a new sheet with a chart', async () => {
  const { fx, user } = await setup();
  await user.click(screen.getByRole('tab', { name: '考评汇总' }));
  await user.click(screen.getByRole('button', { name: '统计' }));
  const table = await screen.findByRole('table');
  const rows = within(table).getAllByRole('row');
  expect(rows.length).toBeGreaterThan(5);
  expect(within(rows[0]).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['单位', '牵头/配合', '按时', '逾期完成', '逾期', '按时率']);
  // The busiest unit of the sample: 各市、县(市、区)政府 leads 4 and supports 18 tasks.
  expect(within(rows[1]).getByLabelText('牵头 4 项，配合 18 项').textContent).toBe('4/18');
  expect(screen.getByText(/共 49 项任务/)).toBeTruthy();
  await user.click(screen.getByRole('button', { name: '写入新工作表（含图表）' }));
  expect(await screen.findByText('已写入工作表“考评汇总”。')).toBeTruthy();
  expect(fx.sheetByName('考评汇总')!.charts).toHaveLength(1);
});

test('设置 are saved in the workbook', async () => {
  const { fx, user } = await setup();
  await user.click(screen.getByRole('tab', { name: '设置' }));
  const days = await screen.findByLabelText('临期预警天数');
  await waitFor(() => expect((screen.getByLabelText('基准日期（留空为今天）') as HTMLInputElement).value).toBe(SAMPLE_AS_OF));
  await user.clear(days);
  await user.type(days, '60');
  await user.type(screen.getByLabelText(/单位别名/), '某某局=省财政厅');
  await user.click(screen.getByRole('button', { name: '保存到工作簿' }));
  expect(await screen.findByText(/设置已保存在本工作簿中/)).toBeTruthy();
  const xml = fx.model.xmlParts.map((p) => p.xml).join('');
  expect(xml).toContain('"warnDays":60');
  expect(xml).toContain('某某局');
});

test('a saved as-of date is the one the next check uses', async () => {
  const { user } = await setup();
  await user.click(screen.getByRole('tab', { name: '设置' }));
  const input = await screen.findByLabelText('基准日期（留空为今天）');
  await waitFor(() => expect((input as HTMLInputElement).value).toBe(SAMPLE_AS_OF));
  await user.clear(input);
  await user.type(input, '2023-06-30');
  await user.click(screen.getByRole('button', { name: '保存到工作簿' }));
  await screen.findByText(/设置已保存在本工作簿中/);
  await user.click(screen.getByRole('tab', { name: '校验' }));
  await user.click(screen.getByRole('button', { name: '校验' }));
  expect(await screen.findByText('49 项任务 · 基准日期 2023-06-30')).toBeTruthy();
});

test.each([['2019-02-30'], ['2019/12/06'], ['明天']])('an as-of date like %s is refused', async (bad) => {
  const { fx, user } = await setup();
  await user.click(screen.getByRole('tab', { name: '设置' }));
  const input = await screen.findByLabelText('基准日期（留空为今天）');
  await waitFor(() => expect((input as HTMLInputElement).value).toBe(SAMPLE_AS_OF));
  await user.clear(input);
  await user.type(input, bad);
  const before = fx.model.xmlParts.map((p) => p.xml).join('');
  await user.click(screen.getByRole('button', { name: '保存到工作簿' }));
  expect((await screen.findByRole('alert')).textContent).toContain('YYYY-MM-DD');
  expect(fx.model.xmlParts.map((p) => p.xml).join('')).toBe(before);
});

test('a bad alias line is refused with its line number', async () => {
  const { fx, user } = await setup();
  await user.click(screen.getByRole('tab', { name: '设置' }));
  await user.type(await screen.findByLabelText(/单位别名/), '甲=乙{enter}没有等号');
  const before = fx.model.xmlParts.map((p) => p.xml).join('');
  await user.click(screen.getByRole('button', { name: '保存到工作簿' }));
  expect((await screen.findByRole('alert')).textContent).toContain('第 2 行');
  expect(fx.model.xmlParts.map((p) => p.xml).join('')).toBe(before);
});

test('outside Office the page says so plainly', () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <OutsideOffice lang="zh-CN" />
    </FluentProvider>,
  );
  expect(screen.getByText('请在 Excel 中打开')).toBeTruthy();
  expect(screen.getByText(/只能在 Excel（桌面版或网页版）中使用/)).toBeTruthy();
});

test('滞后 follows the behind-points setting, saved in the workbook', async () => {
  const { fx, user } = await setup();
  await user.click(screen.getByRole('tab', { name: '设置' }));
  const points = await screen.findByLabelText('滞后判定（百分点）');
  await waitFor(() => expect((points as HTMLInputElement).value).toBe('10'));
  await user.clear(points);
  await user.type(points, '60');
  await user.click(screen.getByRole('button', { name: '保存到工作簿' }));
  await screen.findByText(/设置已保存在本工作簿中/);
  expect(fx.model.xmlParts.map((p) => p.xml).join('')).toContain('"behindPoints":60');
});

test('the check uses the behind points: 40% done when 91% of the year has passed', async () => {
  const { FakeExcel } = await import('../fakes/excel');
  const statusWith = async (behindPoints: number) => {
    const fx = new FakeExcel();
    fx.addSheet('台账', [
      ['某县2026年度重点工作台账'],
      ['序号', '重点任务', '牵头单位', '时间要求', '完成进度'],
      [1, '推进财政预算绩效管理改革', '县财政局', '2026年1月至12月', '40%'],
    ] as never);
    const actions = createOfficeActions(fx.run as unknown as ExcelRun, detectCapabilities(fx.office().context.requirements));
    const run = await actions.check({ settings: { ...DEFAULT_SETTINGS, asOf: '2026-11-30', behindPoints } });
    return run.outcome.result!.tasks[0].status;
  };
  expect(await statusWith(10)).toBe('滞后');
  expect(await statusWith(60)).toBe('进行中');
});

test('督办单: one notice per lead unit with red, yellow or blue tasks, each on its own printed page', async () => {
  const { fx, user, caps } = await setup();
  // What the check says: the lead units of the tasks that are 逾期, 滞后 or 临期.
  const checked = await createOfficeActions(fx.run as unknown as ExcelRun, caps).check({ settings: { ...DEFAULT_SETTINGS, asOf: SAMPLE_AS_OF } });
  const pressed = checked.outcome.result!.tasks.filter((t) => ['逾期', '滞后', '临期'].includes(t.status));
  const leads = new Set(pressed.map((t) => t.lead ?? t.units[0]));
  await user.click(screen.getByRole('tab', { name: '考评汇总' }));
  await user.click(screen.getByRole('button', { name: '统计' }));
  const button = await screen.findByRole('button', { name: `写出督办单（${leads.size} 个单位）` });
  await user.click(button);
  expect(await screen.findByText(new RegExp(`已写入工作表“督办单”：${leads.size} 个单位的督办通知单`))).toBeTruthy();
  const sheet = fx.sheetByName('督办单')!;
  const column = (c: number) => [...sheet.cells.entries()].filter(([k]) => k.endsWith(`,${c}`)).sort((a, b) => Number(a[0].split(',')[0]) - Number(b[0].split(',')[0]));
  const titles = column(0).filter(([, cell]) => cell.value === '督办通知单').map(([k]) => Number(k.split(',')[0]));
  expect(titles).toHaveLength(leads.size);
  // A page break before every notice but the first.
  expect(sheet.pageBreakRows).toEqual(titles.slice(1));
  // Every pressed task is in a notice, its status cell in its light.
  const statuses = column(4).filter(([, cell]) => ['逾期', '滞后', '临期'].includes(String(cell.value)));
  expect(statuses).toHaveLength(pressed.length);
  const fill = { 逾期: '#FFC7CE', 滞后: '#FFEB9C', 临期: '#BDD7EE' } as Record<string, string>;
  for (const [, cell] of statuses) expect(cell.fill?.color).toBe(fill[String(cell.value)]);
});

test('the issue list filters by unit and category, and is written as a 问题清单 sheet of what it shows', async () => {
  const { fx, user, caps } = await setup();
  const checked = await createOfficeActions(fx.run as unknown as ExcelRun, caps).check({ settings: { ...DEFAULT_SETTINGS, asOf: SAMPLE_AS_OF } });
  const { tasks, issues } = checked.outcome.result!;
  const unitsOf = (row: number | null) => tasks.find((t) => t.row === row)?.units ?? [];
  await user.click(screen.getByRole('button', { name: '校验' }));
  await screen.findByText('已校验“执行台账”');
  // 省统计局's findings: those about tasks it leads or supports.
  const unit = '省统计局';
  const expected = issues.filter((i) => unitsOf(i.row).includes(unit));
  expect(expected.length).toBeGreaterThan(0);
  expect(screen.getByRole('heading', { name: '填报问题（按规则）' })).toBeTruthy();
  await user.selectOptions(screen.getByRole('combobox', { name: '单位' }), unit);
  await user.selectOptions(screen.getByRole('combobox', { name: '类别' }), '进度预警');
  const progressOnly = expected.filter((i) => i.category === 'progress');
  expect(progressOnly.length).toBeGreaterThan(0);
  // Only the progress section is left, with only that unit's findings.
  expect(screen.queryByRole('heading', { name: '填报问题（按规则）' })).toBeNull();
  expect(screen.getByRole('heading', { name: '进度预警（按规则）' })).toBeTruthy();
  await user.click(screen.getByRole('button', { name: '写入问题清单（新工作表）' }));
  expect(await screen.findByText('已写入工作表“问题清单”。')).toBeTruthy();
  const sheet = fx.sheetByName('问题清单')!;
  const cell = (r: number, c: number) => sheet.cells.get(`${r},${c}`)?.value;
  expect([0, 1, 2, 3, 4, 5, 6, 7].map((c) => cell(2, c))).toEqual(['类别', '级别', '问题类型', '单元格', '序号', '任务', '牵头单位', '问题说明']);
  const rows = [...Array(progressOnly.length).keys()].map((i) => cell(i + 3, 3));
  expect(rows).toEqual(progressOnly.map((i) => i.cell ?? ''));
  expect(cell(progressOnly.length + 3, 0) ?? '').toBe('');
  expect(String(cell(0, 0))).toContain('省统计局，进度预警');
  expect(sheet.print).toEqual({ orientation: 'Landscape', paperSize: 'A4', titleRows: '$3:$3' });
  const first = progressOnly.find((i) => i.cell)!;
  expect([...sheet.hyperlinks.values()].map((h) => h.documentReference)).toContain(`'执行台账'!${first.cell}`);
});

// The WPS 表格 adapter (src/wps) over the in-memory WPS fake: the pane's actions check, mark, clear,
// insert the plan, write the 考评 sheet and keep settings as they do in Excel. The Excel fake holding
// the same sample is the reference: both hosts must give the engine the same cells.
import { createOfficeActions, createPaneActions } from '../../src/taskpane/office-actions';
import { wpsHost } from '../../src/wps';
import { readSheetTableWps } from '../../src/wps/marks';
import { detectCapabilities, type ExcelRun } from '../../src/office/capabilities';
import { DEFAULT_SETTINGS, settingsToXml, SETTINGS_NAMESPACE } from '../../src/office/settings-store';
import { bgr } from '../../src/wps/object-model';
import { MARK_STYLES } from '../../src/office/paint-plan';
import { sampleWorkbook } from '../fakes/sample-workbook';
import { wpsSampleWorkbook, SAMPLE_AS_OF, SAMPLE_SHEET_NAME } from '../fakes/wps-sample';
import { FakeWps } from '../fakes/wps';

const settings = { ...DEFAULT_SETTINGS, asOf: SAMPLE_AS_OF };

function wps(options: Parameters<typeof wpsSampleWorkbook>[0] = {}) {
  const fx = wpsSampleWorkbook(options);
  const functions = fx.wpsGlobal();
  const host = wpsHost(fx.application(), functions);
  return { fx, host, actions: createPaneActions(host) };
}

async function excelReference() {
  const { fx } = sampleWorkbook();
  const caps = detectCapabilities(fx.office().context.requirements);
  return createOfficeActions(fx.run as unknown as ExcelRun, caps).check({ settings });
}

describe('校验 in WPS', () => {
  test('the engine sees the same ledger as in Excel: the same tasks and the same findings', async () => {
    const { actions } = wps();
    const w = await actions.check({ settings });
    const x = await excelReference();
    expect(w.outcome.sheetName).toBe(SAMPLE_SHEET_NAME);
    expect(w.outcome.result!.tasks.map((t) => [t.row, t.statusKey, t.units])).toEqual(x.outcome.result!.tasks.map((t) => [t.row, t.statusKey, t.units]));
    expect(w.outcome.result!.issues).toEqual(x.outcome.result!.issues);
    expect(w.outcome.result!.issues.length).toBeGreaterThan(5);
  });

  test('each finding’s cell shows its severity colour through a condition of ours; no cell format is written', async () => {
    const { fx, actions } = wps();
    const formatsBefore = JSON.stringify([...fx.sheetByName(SAMPLE_SHEET_NAME)!.cells.values()].map((c) => [c.fill, c.font]));
    const run = await actions.check({ settings });
    const sheet = fx.sheetByName(SAMPLE_SHEET_NAME)!;
    const ours = sheet.conditions.filter((c) => c.formula1.includes('"task-ledger:'));
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.every((c) => c.type === 2 && c.rects.length >= 1)).toBe(true);
    for (const issue of run.outcome.result!.issues.filter((i) => i.cell)) {
      const shown = fx.displayedFill(SAMPLE_SHEET_NAME, issue.cell!);
      const expected = [bgr(MARK_STYLES.error.fill), bgr(MARK_STYLES.warning.fill), bgr(MARK_STYLES.info.fill)];
      expect(expected).toContain(shown);
    }
    const errorCell = run.outcome.result!.issues.find((i) => i.severity === 'error' && i.cell)!.cell!;
    expect(fx.displayedFill(SAMPLE_SHEET_NAME, errorCell)).toBe(bgr('#FFC7CE'));
    expect(JSON.stringify([...sheet.cells.values()].map((c) => [c.fill, c.font]))).toBe(formatsBefore);
  });

  test('清除标记 leaves every format as before (the user’s data bar, white and “no fill” included); values untouched', async () => {
    const { fx, actions } = wps();
    const formats = fx.formatSnapshot();
    const values = fx.valueSnapshot();
    await actions.check({ settings });
    expect(fx.formatSnapshot()).not.toBe(formats);
    await actions.check({ settings }); // a second check replaces, not adds
    const count = fx.sheetByName(SAMPLE_SHEET_NAME)!.conditions.length;
    const removed = await actions.clearMarks();
    expect(removed).toBe(count - 1);
    expect(fx.formatSnapshot()).toBe(formats);
    expect(fx.valueSnapshot()).toBe(values);
    expect(await actions.clearMarks()).toBe(0);
  });

  test('clicking a finding activates its sheet and selects the cell (WPS selects only on the active sheet)', async () => {
    const { fx, actions } = wps();
    fx.activeSheetId = fx.sheetByName('说明')!.id;
    await actions.selectCell(SAMPLE_SHEET_NAME, 'C9');
    expect(fx.selection).toEqual({ sheet: SAMPLE_SHEET_NAME, address: 'C9' });
  });

  test('a far value below the ledger does not make the check read every row in between', async () => {
    const calls = async (far: number | null) => {
      const { fx, actions } = wps();
      if (far !== null) fx.cell(fx.sheetByName(SAMPLE_SHEET_NAME)!, far, 0).value = '备注';
      fx.calls = 0;
      const run = await actions.check({ settings });
      expect(run.outcome.result!.tasks).toHaveLength(49);
      return fx.calls;
    };
    const plain = await calls(null);
    // 900,000 rows are 180 reads of 5,000: the check asks where the next value is instead.
    expect((await calls(900000)) - plain).toBeLessThan(100);
    // A 49-task ledger with 11 merged section rows costs a couple of hundred object-model calls.
    expect(plain).toBeLessThan(400);
  });
});

test('the first value after an empty stretch is read even alone in column A, where the search range starts', () => {
  const fx = wpsSampleWorkbook();
  const sheet = fx.sheetByName(SAMPLE_SHEET_NAME)!;
  fx.cell(sheet, 5000, 0).value = '二、补充任务';
  fx.cell(sheet, 5001, 1).value = '建立台账月报制度';
  const table = readSheetTableWps(fx.application(), SAMPLE_SHEET_NAME, 10000)!;
  expect(table.values).toHaveLength(5002);
  expect(table.values[5000][0]).toBe('二、补充任务');
  expect(table.values[5001][1]).toBe('建立台账月报制度');
  expect(table.values[4000].every((v) => v === null)).toBe(true);
});

describe('sheets and settings in WPS', () => {
  test('插入任务清单: the plan as a ledger sheet with =LEDGER.TASKSTATUS where WPS has custom functions', async () => {
    const { fx, actions } = wps();
    const name = await actions.insertPlan(settings);
    const sheet = fx.sheetByName(name)!;
    expect(name).toBe('重点任务台账');
    const cells = [...sheet.cells.entries()];
    expect(cells.find(([k]) => k === '2,0')![1].value).toBe('序号');
    expect(cells.filter(([, c]) => c.formula?.startsWith('=LEDGER.TASKSTATUS(')).length).toBe(49);
    expect(sheet.merges.length).toBeGreaterThan(2);
    expect(fx.sheets[fx.sheets.length - 1]).toBe(sheet);
    // Inserted again: a name of its own.
    expect(await actions.insertPlan(settings)).toBe('重点任务台账(2)');
  });

  test('without AddCustomFunction the 状态 cells hold the engine’s values', async () => {
    const fx = wpsSampleWorkbook();
    const actions = createPaneActions(wpsHost(fx.application(), {}));
    const name = await actions.insertPlan(settings);
    const values = [...fx.sheetByName(name)!.cells.values()];
    expect(values.some((c) => c.formula)).toBe(false);
    expect(values.filter((c) => c.value === '逾期' || c.value === '已完成' || c.value === '进行中' || c.value === '长期').length).toBeGreaterThan(0);
  });

  test('考评汇总: the units’ figures written to a new sheet, header on row 3', async () => {
    const { fx, actions } = wps();
    const run = await actions.evaluate({ settings });
    const name = await actions.writeEvaluation(run);
    const sheet = fx.sheetByName(name)!;
    const at = (r: number, c: number) => sheet.cells.get(`${r},${c}`)?.value;
    expect(at(2, 0)).toBe('单位');
    expect(run.rows.length).toBeGreaterThan(10);
    run.rows.forEach((row, i) => {
      expect(at(3 + i, 0)).toBe(row.unit);
      expect(at(3 + i, 1)).toBe(row.led);
    });
    // The check did not mark anything (考评 reads only).
    expect(fx.sheetByName(SAMPLE_SHEET_NAME)!.conditions.filter((c) => c.formula1.includes('task-ledger'))).toEqual([]);
  });

  test('问题清单 and 督办单 sheets carry the same rows as in Excel', async () => {
    const { fx, actions } = wps();
    const checked = await actions.check({ settings });
    const list = fx.sheetByName(await actions.writeIssueList(checked, { unit: null, category: null }))!;
    expect([...list.cells.entries()].filter(([k]) => k.endsWith(',3') && +k.split(',')[0] >= 3).length).toBe(checked.outcome.result!.issues.filter((i) => i.cell).length);
    const run = await actions.evaluate({ settings });
    const notices = fx.sheetByName(await actions.writeNotices(run))!;
    expect([...notices.cells.values()].filter((c) => c.value === '督办通知单')).toHaveLength(run.notices.length);
  });

  test('settings live in the workbook’s custom XML part, the one Excel reads; without parts they last the session', async () => {
    const { fx, actions } = wps({ settings: false });
    expect(await actions.loadSettings()).toEqual(DEFAULT_SETTINGS);
    const next = { ...settings, warnDays: 12, plan: { source: 'none' as const } };
    await actions.saveSettings(next);
    await actions.saveSettings({ ...next, warnDays: 14 });
    expect(fx.xmlParts).toEqual([{ xml: settingsToXml({ ...next, warnDays: 14 }), ns: SETTINGS_NAMESPACE }]);
    expect(await actions.loadSettings()).toEqual({ ...next, warnDays: 14 });

    const bare = wps({ customXml: false });
    expect(bare.host.caps.customXmlParts).toBe(false);
    await bare.actions.saveSettings(next);
    expect(await bare.actions.loadSettings()).toEqual(next);
  });

  test('a workbook with no ledger sheet checks to “no ledger”, not an error', async () => {
    const fx = new FakeWps();
    fx.addSheet('Sheet1', [['会议记录']]);
    const run = await createPaneActions(wpsHost(fx.application(), fx.wpsGlobal())).check({ settings });
    expect(run.outcome.sheetName).toBeNull();
    expect(run.outcome.result).toBeNull();
  });
});

// The adapter driven by the real engine over the sample ledger (the pane's actual path).
import { sampleWorkbook, SAMPLE_AS_OF, SAMPLE_SHEET_NAME } from '../fakes/sample-workbook';
import { detectCapabilities, ExcelRun } from '../../src/office/capabilities';
import { createOfficeActions } from '../../src/taskpane/office-actions';
import { DEFAULT_SETTINGS } from '../../src/office/settings-store';

const settings = { ...DEFAULT_SETTINGS, asOf: SAMPLE_AS_OF };

test('sample ledger: issues are painted where the engine points, and clearing restores every format', async () => {
  const { fx } = sampleWorkbook();
  const caps = detectCapabilities(fx.office().context.requirements);
  const actions = createOfficeActions(fx.run as unknown as ExcelRun, caps);
  const before = fx.formatSnapshot();
  const values = fx.valueSnapshot();
  const { outcome } = await actions.check({ settings });
  expect(fx.syncCount).toBeLessThanOrEqual(4);
  expect(outcome.sheetName).toBe(SAMPLE_SHEET_NAME);
  const issues = outcome.result!.issues.filter((i) => i.cell);
  expect(issues.length).toBeGreaterThan(0);
  for (const i of issues) {
    const shown = fx.displayedFill(SAMPLE_SHEET_NAME, i.cell!);
    expect(shown).toBe(i.severity === 'error' ? '#FFC7CE' : i.severity === 'warning' ? '#FFEB9C' : expect.anything());
  }
  // 状态 column (I) of a row with a problem carries the distinct mark.
  const row = issues.find((i) => i.severity === 'error')!.row!;
  expect(fx.displayedFill(SAMPLE_SHEET_NAME, `I${row}`)).toBe('#E4DFEC');
  expect(await actions.clearMarks()).toBeGreaterThan(0);
  expect(fx.formatSnapshot()).toBe(before);
  expect(fx.valueSnapshot()).toBe(values);
});

test('disabled rules and the as-of date from the settings reach the engine', async () => {
  const { fx } = sampleWorkbook();
  const caps = detectCapabilities(fx.office().context.requirements);
  const actions = createOfficeActions(fx.run as unknown as ExcelRun, caps);
  const all = (await actions.check({ settings })).outcome.result!.issues;
  const rule = all.find((i) => i.cell)!.rule;
  const fewer = (await actions.check({ settings: { ...settings, disabled: [rule] } })).outcome.result!.issues;
  expect(fewer.some((i) => i.rule === rule)).toBe(false);
  expect(fewer.length).toBeLessThan(all.length);
  const later = await actions.check({ settings: { ...settings, asOf: '2023-06-30' } });
  expect(later.asOf).toBe('2023-06-30');
  expect(later.outcome.result!.issues.filter((i) => i.rule === 'overdue').length).toBeGreaterThan(
    all.filter((i) => i.rule === 'overdue').length,
  );
});

test('evaluation reads without painting and counts each unit', async () => {
  const { fx, sheet } = sampleWorkbook();
  const caps = detectCapabilities(fx.office().context.requirements);
  const actions = createOfficeActions(fx.run as unknown as ExcelRun, caps);
  const e = await actions.evaluate({ settings });
  expect(sheet.conditionalFormats).toHaveLength(0);
  expect(e.totals.tasks).toBe(49);
  expect(e.rows.length).toBeGreaterThan(5);
  const led = e.rows.reduce((s, r) => s + r.led, 0);
  expect(led).toBeGreaterThanOrEqual(49 - 2); // every task has a lead unit (a lead cell may be unknown)
  const name = await actions.writeEvaluation(e);
  expect(fx.sheetByName(name)!.charts).toHaveLength(1);
});

test('extra aliases: to a known unit, or to a local unit the directory does not have', async () => {
  const { unitsConfigFromAliases } = await import('../../src/taskpane/office-actions');
  expect(unitsConfigFromAliases({ 发改委: '省发展改革委', 市发改局: '市发展改革委', 发改局: '市发展改革委' })).toEqual({
    aliases: { 发改委: '省发展改革委' },
    units: [{ name: '市发展改革委', aliases: ['市发改局', '发改局'] }],
  });
  const { FakeExcel } = await import('../fakes/excel');
  const fx = new FakeExcel();
  fx.addSheet('台账', [
    ['序号', '重点任务', '责任单位', '时间要求'],
    [1, '本市重点工作一', '市重点办', '2030年底前'], // not a usual department: unknown until named
  ]);
  const caps = detectCapabilities(fx.office().context.requirements);
  const actions = createOfficeActions(fx.run as unknown as ExcelRun, caps);
  const unknown = (await actions.check({ settings })).outcome.result!.issues.filter((i) => i.rule === 'unit-unknown');
  expect(unknown).toHaveLength(1);
  const after = await actions.check({ settings: { ...settings, aliases: { 市重点办: '市重点工作办公室' } } });
  expect(after.outcome.result!.issues.filter((i) => i.rule === 'unit-unknown')).toHaveLength(0);
});

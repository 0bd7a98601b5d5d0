import { FakeExcel } from '../fakes/excel';
import { detectCapabilities, ExcelRun } from '../../src/office/capabilities';
import { insertPlanSheet, planSheetLayout, uniqueSheetName, writeEvaluationSheet, PLAN_HEADERS, statusFormula } from '../../src/office/sheets';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, settingsFromXml, settingsToXml, SETTINGS_NAMESPACE } from '../../src/office/settings-store';
import { PLAN_2018 } from '../../src/core/plan';
import { findHeader, collectTaskRows } from '../../src/core/sheet';

const setup = (opts: { excelApi?: number; customFunctions?: boolean } = {}) => {
  const fx = new FakeExcel(opts);
  fx.addSheet('Sheet1');
  return { fx, caps: detectCapabilities(fx.office().context.requirements), run: fx.run as unknown as ExcelRun };
};

describe('插入任务清单', () => {
  test('the layout is a ledger the checker reads: header found, 49 task rows, 工程 rows skipped', () => {
    const layout = planSheetLayout(PLAN_2018, (r) => statusFormula(r));
    const header = findHeader(layout.values);
    expect(header).not.toBeNull();
    expect(header!.row).toBe(2);
    const rows = collectTaskRows({ values: layout.values }, header!);
    expect(rows).toHaveLength(49);
    expect(layout.sectionRows).toHaveLength(PLAN_2018.projects.length);
    expect(rows.map((r) => r.cells.seq)).toEqual(PLAN_2018.tasks.map((t) => t.seq));
  });

  test('with custom functions the 状态 column holds =LEDGER.TASKSTATUS of its own row', async () => {
    const { fx, caps, run } = setup();
    const name = await insertPlanSheet(run, caps, PLAN_2018, () => 'unused');
    expect(name).toBe('重点任务台账');
    const s = fx.sheetByName(name)!;
    const headerRow = [...Array(8).keys()].map((c) => fx.cellAt(s, 2, c).value);
    expect(headerRow).toEqual([...PLAN_HEADERS]);
    const firstTaskRow = [...s.cells.entries()].find(([k, c]) => k.endsWith(',0') && c.value === 1)![0].split(',').map(Number)[0];
    expect(fx.cellAt(s, firstTaskRow, 7).formula).toBe(`=LEDGER.TASKSTATUS(D${firstTaskRow + 1},E${firstTaskRow + 1},F${firstTaskRow + 1})`);
    expect(fx.model.activeSheetId).toBe(s.id);
    expect(s.frozenRows).toBe(3);
    expect(fx.cellAt(s, 2, 0).fill).toEqual({ color: '#D9E1F2' });
  });

  test('without custom functions the 状态 column holds the engine\'s values, and a second sheet gets a new name', async () => {
    const { fx, caps, run } = setup({ customFunctions: false });
    await insertPlanSheet(run, caps, PLAN_2018, (t) => `S${t.seq}`);
    const name = await insertPlanSheet(run, caps, PLAN_2018, (t) => `S${t.seq}`);
    expect(name).toBe('重点任务台账(2)');
    const s = fx.sheetByName(name)!;
    const statuses = [...s.cells.entries()].filter(([k]) => k.endsWith(',7')).map(([, c]) => c);
    expect(statuses.some((c) => c.formula)).toBe(false);
    expect(statuses.filter((c) => /^S\d+$/.test(String(c.value)))).toHaveLength(49);
  });

  test.each([
    [[], '考评汇总', '考评汇总'],
    [['考评汇总'], '考评汇总', '考评汇总(2)'],
    [['考评汇总', '考评汇总(2)'], '考评汇总', '考评汇总(3)'],
  ])('uniqueSheetName(%j)', (taken, base, expected) => {
    expect(uniqueSheetName(base, taken)).toBe(expected);
  });
});

test('考评汇总 sheet: table with the rate formatted as a percentage and a chart of the busiest units', async () => {
  const { fx, run } = setup();
  const rows = Array.from({ length: 12 }, (_, i) => ({
    unit: `单位${i}`, led: 12 - i, supported: 1, total: 13 - i, doneOnTime: 1, doneLate: 0, overdue: i % 2, onTimeRate: i % 2 ? 0.5 : 1,
  }));
  rows.push({ unit: '无到期', led: 0, supported: 1, total: 1, doneOnTime: 0, doneLate: 0, overdue: 0, onTimeRate: null as never });
  const name = await writeEvaluationSheet(run, rows, { title: 'X', asOf: '2019-06-30', sheet: '台账' });
  const s = fx.sheetByName(name)!;
  expect(fx.cellAt(s, 3, 0).value).toBe('单位0');
  expect(fx.cellAt(s, 4, 7).value).toBe(0.5);
  expect(fx.cellAt(s, 4, 7).numberFormat).toBe('0.0%');
  expect(fx.cellAt(s, 15, 7).value).toBe('—');
  expect(s.charts).toHaveLength(1);
  expect(s.charts[0].source).toBe(`'${name}'!A3:C13`);
});

describe('设置 in the workbook', () => {
  test('round trip through a custom XML part; one part, replaced on save', async () => {
    const { fx, caps, run } = setup();
    expect(await loadSettings(run, caps)).toEqual(DEFAULT_SETTINGS);
    const s = { asOf: '2019-06-30', warnDays: 15, disabled: ['seq-order'], aliases: { '财政厅<&>': '省财政厅' }, currentNames: true, behindPoints: 15, plan: { source: 'sheet' as const, sheet: '计划<&>' } };
    await saveSettings(run, caps, s);
    await saveSettings(run, caps, { ...s, warnDays: 10 });
    expect(fx.model.xmlParts.filter((p) => p.xml.includes(SETTINGS_NAMESPACE))).toHaveLength(1);
    expect(await loadSettings(run, caps)).toEqual({ ...s, warnDays: 10 });
  });

  test('without custom XML parts (ExcelApi 1.4) the add-in settings hold them', async () => {
    const { fx, caps, run } = setup({ excelApi: 4 });
    await saveSettings(run, caps, { ...DEFAULT_SETTINGS, warnDays: 7 });
    expect(fx.model.xmlParts).toHaveLength(0);
    expect((await loadSettings(run, caps)).warnDays).toBe(7);
  });

  test.each([
    ['<settings><json>{"warnDays":-3,"asOf":"2019/6/30","disabled":[1,"overdue"]}</json></settings>', { ...DEFAULT_SETTINGS, disabled: ['overdue'] }],
    ['<settings><json>{"behindPoints":101}</json></settings>', DEFAULT_SETTINGS],
    ['<settings><json>{"behindPoints":"5"}</json></settings>', DEFAULT_SETTINGS],
    ['<settings><json>{"behindPoints":0}</json></settings>', { ...DEFAULT_SETTINGS, behindPoints: 0 }],
    ['<settings><json>not json</json></settings>', DEFAULT_SETTINGS],
    ['<other/>', DEFAULT_SETTINGS],
  ])('malformed parts fall back field by field: %s', (xml, expected) => {
    expect(settingsFromXml(xml)).toEqual(expected);
  });

  test('xml escaping keeps any text intact', () => {
    const s = { ...DEFAULT_SETTINGS, aliases: { 'a</json>&b': 'c' } };
    expect(settingsFromXml(settingsToXml(s))).toEqual(s);
  });
});

test('插入任务清单 on ExcelApi 1.6: no frozen header (1.7), everything else written', async () => {
  const { fx, caps, run } = setup({ excelApi: 6 });
  const name = await insertPlanSheet(run, caps, PLAN_2018, () => '进行中');
  const s = fx.sheetByName(name)!;
  expect(s.frozenRows).toBe(0);
  expect(fx.cellAt(s, 2, 0).value).toBe('序号');
});

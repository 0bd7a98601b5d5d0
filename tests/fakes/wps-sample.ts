// A WPS 表格 workbook in the fake holding the built-in sample ledger, as tests/fakes/sample-workbook.ts
// holds it for Excel: the same values, merged areas, 状态 column and the user's own formats (a header
// fill, a solid white fill, a green, a blue font) plus a data bar of the user's, which marks and
// clearing must leave exactly as they are.
import { FakeWps } from './wps';
import { toExcelValue } from './sample-workbook';
import { sampleLedgerLayout, SAMPLE_SHEET_NAME, SAMPLE_AS_OF } from '../../src/report/sample';
import { bgr } from '../../src/wps/object-model';
import { settingsToXml, DEFAULT_SETTINGS } from '../../src/office/settings-store';

export { SAMPLE_SHEET_NAME, SAMPLE_AS_OF };

export function wpsSampleWorkbook(options: { customXml?: boolean; settings?: boolean } = {}): FakeWps {
  const fx = new FakeWps(options);
  fx.addSheet('说明', [['本工作簿为示例台账。']]);
  const layout = sampleLedgerLayout();
  const values = layout.values.map((row, r) => [...row.map(toExcelValue), r === layout.headerRow ? '状态' : '']);
  const sheet = fx.addSheet(SAMPLE_SHEET_NAME, values);
  for (const m of layout.merges) sheet.merges.push({ ...m, right: m.right + 1 });
  for (let c = 0; c < values[layout.headerRow].length; c++) {
    fx.cell(sheet, layout.headerRow, c).fill = bgr('#D9E1F2');
    fx.cell(sheet, layout.headerRow, c).font.bold = true;
  }
  fx.cell(sheet, layout.taskRows[0], 1).fill = bgr('#FFFFFF'); // solid white, not "no fill"
  fx.cell(sheet, layout.taskRows[2], 4).fill = bgr('#C6EFCE'); // a user's green
  fx.cell(sheet, layout.taskRows[40], 2).font.color = bgr('#0070C0');
  // The user's data bar over 完成时间: a condition with no formula, which is not ours.
  sheet.conditions.push({ rects: [{ top: 2, left: 5, bottom: 60, right: 5 }], type: 4, formula1: '', fill: null, fontColor: null, bold: null });
  fx.activeSheetId = sheet.id;
  if (options.settings !== false && options.customXml !== false) {
    fx.xmlParts.push({ xml: settingsToXml({ ...DEFAULT_SETTINGS, asOf: SAMPLE_AS_OF }), ns: 'urn:task-ledger:settings:1' });
  }
  return fx;
}

// Browser stand-in for office.js in the e2e test: the in-memory Excel fake holding the sample ledger,
// exposed as the Office and Excel globals the pane uses, plus window.__fake for the test to inspect.
import { sampleWorkbook, toExcelValue, SAMPLE_AS_OF } from '../fakes/sample-workbook';
import { settingsToXml, DEFAULT_SETTINGS } from '../../src/office/settings-store';
import { planLedgerLayout } from '../../src/report/sample';
import { PLAN_2018 } from '../../src/core/plan';

const params = new URLSearchParams(window.location.search);
const displayLanguage = params.get('lang') ?? 'zh-CN';
const { fx } = sampleWorkbook({ displayLanguage });
if (params.get('planSheet')) {
  // ?planSheet=1: the team's own version of the plan as a sheet (task 5 led by 省统计局), to choose as 参照计划.
  const amended = { ...PLAN_2018, title: '修订后的行动计划', tasks: PLAN_2018.tasks.map((t) => (t.seq === 5 ? { ...t, units: '省统计局,各市、县(市、区)政府' } : t)) };
  const layout = planLedgerLayout(amended);
  const sheet = fx.addSheet('计划清单', layout.values.map((row) => row.map(toExcelValue)));
  for (const m of layout.merges) sheet.merges.push(m);
}
// The team's settings live in the workbook: the sample's as-of date, so the result is reproducible.
fx.model.xmlParts.push({ id: '{settings}', xml: settingsToXml({ ...DEFAULT_SETTINGS, asOf: SAMPLE_AS_OF }) });

const w = window as unknown as Record<string, unknown>;
w.Office = fx.office();
w.Excel = { run: fx.run };
w.__fake = fx;
w.__initialFormats = fx.formatSnapshot();
w.__initialValues = fx.valueSnapshot();

// Browser stand-in for office.js in the e2e test: the in-memory Excel fake holding the sample ledger,
// exposed as the Office and Excel globals the pane uses, plus window.__fake for the test to inspect.
import { sampleWorkbook, SAMPLE_AS_OF } from '../fakes/sample-workbook';
import { settingsToXml, DEFAULT_SETTINGS } from '../../src/office/settings-store';

const params = new URLSearchParams(window.location.search);
const displayLanguage = params.get('lang') ?? 'zh-CN';
const { fx } = sampleWorkbook({ displayLanguage });
// The team's settings live in the workbook: the sample's as-of date, so the result is reproducible.
fx.model.xmlParts.push({ id: '{settings}', xml: settingsToXml({ ...DEFAULT_SETTINGS, asOf: SAMPLE_AS_OF }) });

const w = window as unknown as Record<string, unknown>;
w.Office = fx.office();
w.Excel = { run: fx.run };
w.__fake = fx;
w.__initialFormats = fx.formatSnapshot();
w.__initialValues = fx.valueSnapshot();

// Browser stand-in for WPS 表格 in the e2e test: the in-memory WPS fake holding the sample ledger,
// exposed as the globals WPS gives an add-in's pages (Application, wps), plus window.__wps.
import { wpsSampleWorkbook } from '../fakes/wps-sample';

const fx = wpsSampleWorkbook();
const w = window as unknown as Record<string, unknown>;
w.Application = fx.application();
w.wps = fx.wpsGlobal();
w.__wps = fx;
w.__initialFormats = fx.formatSnapshot();
w.__initialValues = fx.valueSnapshot();

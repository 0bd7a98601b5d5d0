// The WPS 表格 adapter: the same contract as src/office (src/taskpane/host.ts) over WPS's object model.
export * from './object-model';
export * from './host';
export { checkWorkbookWps, clearMarksWps, selectCellWps, WPS_ADDRESS_LIMIT } from './marks';

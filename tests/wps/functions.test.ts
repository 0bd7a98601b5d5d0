// The five functions from the WPS registration path (wps.AddCustomFunction under LEDGER), called as
// WPS calls them: no CustomFunctions global, optional arguments missing (undefined), ranges as 2-D
// arrays. Expected answers are the spec's (statuses, canonical lead names, counts).
import { FakeWps } from '../fakes/wps';
import { registerWpsFunctions, wpsFunctionsJson, WPS_NAMESPACE } from '../../src/wps/functions';
import { isoToSerial } from '../../src/core/dates';

function registered() {
  delete (globalThis as Record<string, unknown>).CustomFunctions;
  const fx = new FakeWps();
  const names = registerWpsFunctions(fx.wpsGlobal());
  const call = (name: string, ...args: unknown[]) => fx.functions.get(`${WPS_NAMESPACE}.${name}`)!(...args);
  return { fx, names, call };
}

test('all five are registered under LEDGER with ASCII names; a WPS without AddCustomFunction gets none', () => {
  const { fx, names } = registered();
  expect(names).toEqual(['TASKSTATUS', 'TASKDUE', 'TASKLEAD', 'UNITWORKLOAD', 'WORKLOADTABLE']);
  expect([...fx.functions.keys()]).toEqual(names.map((n) => `LEDGER.${n}`));
  expect(registerWpsFunctions({})).toEqual([]);
  expect(registerWpsFunctions(undefined)).toEqual([]);
});

test.each([
  [['2019年6月底前完成', undefined, undefined, '2019-12-06'], '逾期'],
  [['2019年6月底前完成', '已完成', '2019-05-20', '2019-12-06'], '已完成'],
  [['2019年6月底前完成', '已完成', '2019-08-01', '2019-12-06'], '逾期完成'],
  [['2019年12月底前', '', '', '2019-12-06'], '临期'],
  [['长期坚持', undefined, undefined, '2019-12-06'], '长期'],
  [['看情况', undefined, undefined, '2019-12-06'], '无法识别'],
])('TASKSTATUS%p → %s', (args, expected) => {
  expect(registered().call('TASKSTATUS', ...args)).toBe(expected);
});

test('TASKDUE, TASKLEAD, UNITWORKLOAD and WORKLOADTABLE', () => {
  const { call } = registered();
  expect(call('TASKDUE', '2019年6月底前', '2019-01-01')).toBe(isoToSerial('2019-06-30'));
  expect(call('TASKLEAD', '省财政厅、省发改委（牵头）')).toBe('省发展改革委');
  const ledger = [['省财政厅、省审计厅'], ['省审计厅（牵头）、省财政厅'], ['省财政厅'], [undefined]];
  expect(call('UNITWORKLOAD', '省财政厅', ledger)).toBe(3);
  expect(call('UNITWORKLOAD', '省财政厅', ledger, '牵头')).toBe(2);
  const table = call('WORKLOADTABLE', ledger) as unknown[][];
  expect(table[0]).toEqual(['单位', '牵头', '配合', '合计']);
  expect(table.find((r) => r[0] === '省财政厅')).toEqual(['省财政厅', 2, 1, 3]);
});

test('an error answers with its error text, as a WPS cell shows it', () => {
  const { call } = registered();
  expect(call('TASKSTATUS', '#N/A')).toBe('#N/A');
  expect(call('UNITWORKLOAD', '省财政厅', [['a', 'b', 'c'], ['d', 'e', 'f']])).toBe('#VALUE!');
});

test('WPS functions.json from Excel’s metadata: names, parameter types, optional marks, ranges as [][]', () => {
  const excel = {
    functions: [
      {
        id: 'UNITWORKLOAD',
        name: 'UNITWORKLOAD',
        description: 'Tasks of a unit.',
        parameters: [
          { name: 'unit', description: '单位', type: 'any' },
          { name: 'units_range', description: '责任单位区域', type: 'any', dimensionality: 'matrix' },
          { name: 'role', type: 'string', optional: true },
        ],
        result: { type: 'number' },
      },
      { id: 'FLAG', name: 'FLAG', parameters: [{ name: 'on', type: 'boolean' }], result: { type: 'any', dimensionality: 'matrix' } },
    ],
  };
  expect(wpsFunctionsJson(excel)).toEqual({
    functions: [
      {
        name: 'UNITWORKLOAD',
        description: 'Tasks of a unit.',
        parameters: [
          { name: 'unit', description: '单位', type: 'any' },
          { name: 'units_range', description: '责任单位区域', type: 'any[][]' },
          { name: 'role', description: '', type: 'string?' },
        ],
        result: { type: 'number' },
      },
      { name: 'FLAG', description: '', parameters: [{ name: 'on', description: '', type: 'bool' }], result: { type: 'any[][]' } },
    ],
  });
});

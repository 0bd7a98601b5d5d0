import { chunkAddresses, coalesce, planPaint, MarkCell } from '../../src/office/paint-plan';
import { a1ToRects, rectToA1 } from '../../src/office/a1';
import { detectCapabilities } from '../../src/office/capabilities';

const cells = (list: Array<[number, number]>) => list.map(([row, col]) => ({ row, col }));

test.each([
  ['one cell', [[0, 0]], ['A1']],
  ['a vertical run', [[2, 1], [3, 1], [4, 1]], ['B3:B5']],
  ['a gap splits a run', [[2, 1], [4, 1]], ['B3', 'B5']],
  ['runs with the same rows in adjacent columns join', [[2, 1], [3, 1], [2, 2], [3, 2]], ['B3:C4']],
  ['non-adjacent columns stay apart', [[2, 1], [2, 3]], ['B3', 'D3']],
  ['duplicates count once', [[0, 0], [0, 0]], ['A1']],
  ['reading order', [[9, 0], [0, 5], [0, 1]], ['B1', 'F1', 'A10']],
] as Array<[string, Array<[number, number]>, string[]]>)('coalesce: %s', (_name, input, expected) => {
  expect(coalesce(cells(input)).map(rectToA1)).toEqual(expected);
});

test('the most severe style wins on a cell; a style with no cells is left out', () => {
  const input: MarkCell[] = [
    { row: 1, col: 1, style: 'warning' },
    { row: 1, col: 1, style: 'error' },
    { row: 1, col: 4, style: 'status' },
    { row: 1, col: 4, style: 'warning' },
  ];
  const plan = planPaint(input);
  expect(plan.styles.map((s) => [s.style, s.chunks])).toEqual([
    ['error', ['B2']],
    ['warning', ['E2']],
  ]);
  expect(plan.cellCount).toBe(2);
});

test('address lists are cut under the limit and lose nothing', () => {
  const addresses = Array.from({ length: 3000 }, (_, i) => `D${i * 2 + 1}`);
  const chunks = chunkAddresses(addresses, 8191);
  expect(chunks.length).toBeGreaterThan(1);
  for (const c of chunks) expect(c.length).toBeLessThanOrEqual(8191);
  expect(chunks.join(',').split(',')).toEqual(addresses);
});

test('planPaint keeps every chunk of 1,000 scattered cells under 8,192 characters', () => {
  const input: MarkCell[] = Array.from({ length: 1000 }, (_, i) => ({ row: i * 10 + 3, col: (i % 7) + 1, style: 'error' }));
  const plan = planPaint(input);
  const all = plan.styles.flatMap((s) => s.chunks);
  for (const c of all) expect(c.length).toBeLessThan(8192);
  expect(all.join(',').split(',').length).toBe(1000);
});

test.each([
  ["'台账'!A1:B2,'台账'!C3", ['A1:B2', 'C3']],
  ["Sheet1!$D$4:$D$9, Sheet1!AA10", ['D4:D9', 'AA10']],
  ['B2', ['B2']],
])('a1ToRects(%s)', (address, expected) => {
  expect(a1ToRects(address).map(rectToA1)).toEqual(expected);
});


test.each([
  ['1.17', { inExcel: true, supported: true, conditionalFormats: true, freezePanes: true, rangeAreas: true, mergedAreas: true, customXmlParts: true }],
  ['1.9', { inExcel: true, supported: true, conditionalFormats: true, freezePanes: true, rangeAreas: true, mergedAreas: false, customXmlParts: true }],
  ['1.6', { inExcel: true, supported: true, conditionalFormats: true, freezePanes: false, rangeAreas: false, mergedAreas: false, customXmlParts: true }],
  ['1.4', { inExcel: true, supported: true, conditionalFormats: false, freezePanes: false, rangeAreas: false, mergedAreas: false, customXmlParts: false }],
  ['1.3', { inExcel: true, supported: false, conditionalFormats: false, freezePanes: false, rangeAreas: false, mergedAreas: false, customXmlParts: false }],
])('requirement sets up to ExcelApi %s', (max, expected) => {
  const top = Number(max.split('.')[1]);
  const req = { isSetSupported: (name: string, v?: string) => name === 'ExcelApi' && Number(String(v).split('.')[1]) <= top };
  expect(detectCapabilities(req)).toEqual({ ...expected, customFunctions: false });
});

test('no requirements object: not in Excel; a throwing isSetSupported is treated as unsupported', () => {
  expect(detectCapabilities(undefined).inExcel).toBe(false);
  expect(detectCapabilities({ isSetSupported: () => { throw new Error('x'); } }).conditionalFormats).toBe(false);
});

import { jsonPieces, writePieces } from '../../src/cli/json-out';
import { run } from './run';

const pieces = (value: unknown, depth = 0) => [...jsonPieces(value, depth)];

describe('writeJson writes what JSON.stringify(value, null, 2) writes', () => {
  test.each([
    ['a report-like object', { files: [{ file: 'a.xlsx', tasks: [{ row: 3, units: ['省财政厅', '省审计厅'], due: null }], issues: [], counts: { ledger: { error: 1 } } }] }],
    ['empty arrays and objects', { a: [], b: {}, c: [[]], d: [{}] }],
    ['undefined and functions', { a: undefined, b: () => 1, c: [undefined, () => 1, 2] }],
    ['dates and text with line breaks', { d: new Date(Date.UTC(2019, 5, 30)), t: '第一行\n第二行', q: '"引号"' }],
    ['deep nesting', { a: { b: { c: { d: [1, { e: [2, 3] }] } } } }],
    ['scalars', 'x'],
    ['null', null],
  ])('%s', (_, value) => expect(pieces(value).join('')).toBe(JSON.stringify(value, null, 2)));

  test('a long array at the report depth is written an element at a time', () => {
    const tasks = Array.from({ length: 1000 }, (_, i) => ({ row: i + 3, task: `任务${i}` }));
    const out = pieces({ files: [{ tasks }] });
    expect(out.join('')).toBe(JSON.stringify({ files: [{ tasks }] }, null, 2));
    expect(Math.max(...out.map((s) => s.length))).toBeLessThan(100);
  });

  test('writes in batches of about 64 K characters, waiting for a full output to drain', async () => {
    const writes: string[] = [];
    let drains = 0;
    const out = {
      write: (s: string) => (writes.push(s), writes.length % 2 === 1),
      once: (_: 'drain', listener: () => void) => (drains++, setImmediate(listener)),
    };
    await writePieces(out, Array.from({ length: 20_000 }, () => '0123456789'));
    expect(writes.join('')).toHaveLength(200_000);
    expect(writes.length).toBe(4);
    expect(drains).toBe(2);
  });
});

test('check --format json is the text JSON.stringify gives for the same object', async () => {
  const r = await run(['check', '--format', 'json']);
  expect(r.stdout).toBe(JSON.stringify(JSON.parse(r.stdout), null, 2) + '\n');
});

import { displayWidth, padEnd, table, truncate, colourEnabled, painter } from '../../src/cli/text';

describe('displayWidth counts CJK as two columns', () => {
  test.each([
    ['abc', 3],
    ['省财政厅', 8],
    ['（牵头）', 8],
    ['A1 逾期', 7],
    ['\x1b[31m逾期\x1b[39m', 4],
    ['', 0],
  ])('%j -> %d', (s, w) => expect(displayWidth(s)).toBe(w));
});

test('table aligns mixed CJK/ASCII columns by display width', () => {
  const lines = table([
    ['单位', '牵头'],
    ['省发展改革委', '5'],
    ['X', '10'],
  ], [false, true]);
  const secondColumnEnds = lines.map((l) => displayWidth(l));
  expect(new Set(secondColumnEnds).size).toBe(1);
  expect(lines[1].startsWith(padEnd('省发展改革委', 12))).toBe(true);
});

test('truncate keeps within the width and marks the cut', () => {
  const t = truncate('各市、县(市、区)政府党组', 10);
  expect(displayWidth(t)).toBeLessThanOrEqual(10);
  expect(t.endsWith('…')).toBe(true);
  expect(truncate('短', 10)).toBe('短');
});

describe('colour only on a TTY without NO_COLOR', () => {
  test.each([
    [true, {}, true],
    [false, {}, false],
    [undefined, {}, false],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true],
  ])('tty=%s env=%j -> %s', (tty, env, on) => expect(colourEnabled(tty as boolean | undefined, env)).toBe(on));
  test('painter off is identity, on wraps in ANSI', () => {
    expect(painter(false)('red', 'x')).toBe('x');
    expect(painter(true)('red', 'x')).toMatch(/^\x1b\[31mx\x1b\[39m$/);
  });
});

import { columnIndex, columnLetter } from '../../src/core/a1';

test.each([
  [0, 'A'],
  [25, 'Z'],
  [26, 'AA'],
  [27, 'AB'],
  [51, 'AZ'],
  [701, 'ZZ'],
  [702, 'AAA'],
  [16383, 'XFD'], // Excel's last column
])('column %i <-> %s', (i, letters) => {
  expect(columnLetter(i)).toBe(letters);
  expect(columnIndex(letters)).toBe(i);
  expect(columnIndex(letters.toLowerCase())).toBe(i);
});

import {
  addDays,
  dateToIso,
  daysBetween,
  isValidIso,
  isoToSerial,
  lastDayOfMonth,
  parseDateCell,
  parseDateText,
  serialToIso,
  todayIso,
  ymdToIso,
} from '../../src/core/dates';

describe('serialToIso (1900 system)', () => {
  test.each([
    [1, '1900-01-01'],
    [2, '1900-01-02'],
    [31, '1900-01-31'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [366, '1900-12-31'],
    [367, '1901-01-01'],
    [43281, '2018-06-30'], // the plan's most common month end
    [43218, '2018-04-28'], // the plan's issue date
    [43465, '2018-12-31'],
    [44926, '2022-12-31'],
    [2958465, '9999-12-31'],
    [43281.75, '2018-06-30'], // a date-time cell: the time is dropped
  ])('%p -> %s', (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
  });

  test.each([
    [60, 'the phantom 1900-02-29'],
    [0, 'zero'],
    [-1, 'negative'],
    [0.5, 'a time without a date'],
    [2958466, 'past 9999-12-31'],
    [NaN, 'NaN'],
    [Infinity, 'Infinity'],
  ])('%p (%s) -> null', (serial) => {
    expect(serialToIso(serial)).toBeNull();
  });
});

describe('isoToSerial', () => {
  test.each([
    ['1900-01-01', 1],
    ['1900-02-28', 59],
    ['1900-03-01', 61],
    ['2018-06-30', 43281],
    ['9999-12-31', 2958465],
  ])('%s -> %p', (iso, serial) => {
    expect(isoToSerial(iso)).toBe(serial);
  });

  test('round-trips every serial of a span that crosses the phantom day and a leap day', () => {
    for (let s = 1; s < 1600; s++) {
      if (s === 60) continue;
      const iso = serialToIso(s)!;
      expect(isoToSerial(iso)).toBe(s);
    }
    for (let s = 43000; s < 45000; s++) {
      expect(isoToSerial(serialToIso(s)!)).toBe(s);
    }
  });

  test.each(['1899-12-31', '2018-02-30', 'not a date', '2018-6-30'])('%s -> NaN', (iso) => {
    expect(isoToSerial(iso)).toBeNaN();
  });
});

describe('dateToIso', () => {
  test('uses UTC components', () => {
    expect(dateToIso(new Date(Date.UTC(2018, 5, 30)))).toBe('2018-06-30');
    expect(dateToIso(new Date(Date.UTC(2018, 5, 30, 23, 59, 59)))).toBe('2018-06-30');
    expect(dateToIso(new Date('2019-12-31T00:00:00.000Z'))).toBe('2019-12-31');
  });
  test('throws on an invalid Date', () => {
    expect(() => dateToIso(new Date('nope'))).toThrow(RangeError);
  });
});

describe('isValidIso / ymdToIso / lastDayOfMonth', () => {
  test.each([
    ['2018-06-30', true],
    ['2020-02-29', true],
    ['2019-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2018-13-01', false],
    ['2018-00-10', false],
    ['2018-06-31', false],
    ['2018-6-30', false],
    ['20180630', false],
    ['', false],
  ])('isValidIso(%p) = %p', (iso, ok) => {
    expect(isValidIso(iso)).toBe(ok);
  });

  test.each([
    [2018, 1, 31],
    [2018, 2, 28],
    [2020, 2, 29],
    [1900, 2, 28],
    [2000, 2, 29],
    [2018, 4, 30],
    [2018, 6, 30],
    [2018, 9, 30],
    [2018, 11, 30],
    [2018, 12, 31],
  ])('lastDayOfMonth(%p, %p) = %p', (y, m, d) => {
    expect(lastDayOfMonth(y, m)).toBe(d);
  });

  test('ymdToIso rejects impossible days', () => {
    expect(ymdToIso(2018, 2, 30)).toBeNull();
    expect(ymdToIso(2018, 13, 1)).toBeNull();
    expect(ymdToIso(2018, 6, 0)).toBeNull();
    expect(ymdToIso(2018, 6, 30)).toBe('2018-06-30');
  });
});

describe('day arithmetic', () => {
  test.each([
    ['2018-12-31', 1, '2019-01-01'],
    ['2019-01-01', -1, '2018-12-31'],
    ['2020-02-28', 1, '2020-02-29'],
    ['2019-02-28', 1, '2019-03-01'],
    ['2018-06-30', 0, '2018-06-30'],
    ['2018-01-01', 365, '2019-01-01'],
  ])('addDays(%s, %p) = %s', (iso, n, out) => {
    expect(addDays(iso, n)).toBe(out);
  });

  test.each([
    ['2018-06-30', '2018-07-30', 30],
    ['2018-07-30', '2018-06-30', -30],
    ['2020-01-01', '2021-01-01', 366],
    ['2018-06-30', '2018-06-30', 0],
  ])('daysBetween(%s, %s) = %p', (a, b, n) => {
    expect(daysBetween(a, b)).toBe(n);
  });

  test('todayIso is the local calendar date', () => {
    const local = (d: Date) =>
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const before = local(new Date());
    const today = todayIso();
    const after = local(new Date());
    // The clock may tick over midnight between the reads; either side is right.
    expect([before, after]).toContain(today);
  });
});

describe('parseDateText: every spelling the spec lists', () => {
  test.each([
    ['2018年6月30日', '2018-06-30'],
    ['2018年06月30日', '2018-06-30'],
    ['2018年6月30号', '2018-06-30'],
    ['2018年6月30', '2018-06-30'],
    ['2018-06-30', '2018-06-30'],
    ['2018-6-30', '2018-06-30'],
    ['2018/6/30', '2018-06-30'],
    ['2018/06/30', '2018-06-30'],
    ['2018.6.30', '2018-06-30'],
    ['20180630', '2018-06-30'],
    ['二〇一八年六月三十日', '2018-06-30'],
    ['二零一九年十二月三十一日', '2019-12-31'],
    ['二〇一八年十月一日', '2018-10-01'],
    ['２０１８年６月３０日', '2018-06-30'], // full-width digits
    ['２０１８－０６－３０', '2018-06-30'],
    [' 2018 年 6 月 30 日 ', '2018-06-30'], // stray spaces
    ['2018年6月30日。', '2018-06-30'], // trailing punctuation
    ['2018-06-30，', '2018-06-30'],
    ['2018年6月\n30日', '2018-06-30'], // a line break inside the cell
    ['2018-06-30 00:00:00', '2018-06-30'],
    ['2018-06-30T00:00:00.000Z', '2018-06-30'],
    ['2020年2月29日', '2020-02-29'],
  ])('%p -> %s', (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });

  test.each([
    ['2018年2月30日', 'no 30 February'],
    ['2019年2月29日', 'not a leap year'],
    ['2018年13月1日', 'no month 13'],
    ['2018-13-01', 'no month 13'],
    ['2018/6-30', 'mixed separators'],
    ['2018年6月', 'a month is not a date'],
    ['2018年', 'a year is not a date'],
    ['6月30日', 'no year'],
    ['1899-12-31', 'before 1900'],
    ['尽快', 'words'],
    ['', 'empty'],
    ['2018年6月30日前完成', 'a time requirement, not a date'],
    ['43281', 'a serial written as text'],
  ])('%p (%s) -> null', (text) => {
    expect(parseDateText(text)).toBeNull();
  });
});

describe('parseDateCell', () => {
  test('numbers are serials', () => {
    expect(parseDateCell(43281)).toBe('2018-06-30');
    expect(parseDateCell(60)).toBeNull();
    expect(parseDateCell(3000000)).toBeNull();
  });
  test('Dates use UTC components; invalid and out-of-range Dates are null', () => {
    expect(parseDateCell(new Date(Date.UTC(2018, 5, 30)))).toBe('2018-06-30');
    expect(parseDateCell(new Date('x'))).toBeNull();
    expect(parseDateCell(new Date(Date.UTC(1850, 0, 1)))).toBeNull();
  });
  test('text in any spelling', () => {
    expect(parseDateCell('2018.6.30')).toBe('2018-06-30');
    expect(parseDateCell('二〇一八年六月三十日')).toBe('2018-06-30');
  });
  test.each([[true], [false], [null], [undefined], [''], ['#N/A']])('junk %p -> null', (v) => {
    expect(parseDateCell(v)).toBeNull();
  });
});

// Argument handling shared by the functions: what Excel can pass, and what each becomes.

import { installCfStub, StubCfError } from './cf-stub';
import { asCfError, asOfArg, errorCodeOf, isBlank, rangeCell, rows, single, warnDaysArg } from '../../src/functions/args';

installCfStub();

function thrownCode(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    return e instanceof StubCfError ? e.code : 'not a CustomFunctions.Error';
  }
}

describe('errorCodeOf', () => {
  it.each([
    ['#N/A', '#N/A'], ['#VALUE!', '#VALUE!'], ['#REF!', '#REF!'], ['#SPILL!', '#SPILL!'],
    ['#n/a', null], ['# 号文件', null], ['#', null], ['text', null], [0, null], [null, null], [true, null],
  ] as Array<[unknown, string | null]>)('%p → %p', (v, code) => {
    expect(errorCodeOf(v)).toBe(code);
  });
  it('reads runtime error objects', () => {
    expect(errorCodeOf(new StubCfError('#DIV/0!'))).toBe('#DIV/0!');
    expect(errorCodeOf({ errorCode: '#NUM!' })).toBe('#NUM!');
    expect(errorCodeOf({})).toBe('#VALUE!');
    expect(errorCodeOf([['#N/A']])).toBeNull();
    expect(errorCodeOf(new Date())).toBeNull();
  });
});

describe('single', () => {
  it.each([
    ['text', 'text'], [5, 5], [true, true], [null, null], [undefined, null], [[['x']], 'x'], [['y'], 'y'], [{}, null],
  ] as Array<[unknown, unknown]>)('%p → %p', (v, expected) => {
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      // A plain object is an error value to the runtime.
      expect(thrownCode(() => single(v, 'x'))).toBe('#VALUE!');
    } else {
      expect(single(v, 'x')).toEqual(expected);
    }
  });
  it('rejects multi-cell ranges and passes errors on (input-only codes become #VALUE!)', () => {
    expect(thrownCode(() => single([['a', 'b']], 'x'))).toBe('#VALUE!');
    expect(thrownCode(() => single([['a'], ['b']], 'x'))).toBe('#VALUE!');
    expect(thrownCode(() => single([], 'x'))).toBe('#VALUE!');
    expect(thrownCode(() => single('#NUM!', 'x'))).toBe('#NUM!');
    expect(thrownCode(() => single('#NAME?', 'x'))).toBe('#VALUE!');
    expect(thrownCode(() => single('#REF!', 'x'))).toBe('#VALUE!');
  });
});

describe('asOfArg', () => {
  it.each([
    [43466, '2019-01-01'], [43466.99, '2019-01-01'], [61, '1900-03-01'], [59, '1900-02-28'],
    ['2019-06-15', '2019-06-15'], ['2019年6月15日', '2019-06-15'], [[[43466]], '2019-01-01'],
  ] as Array<[unknown, string]>)('%p → %s', (v, iso) => {
    expect(asOfArg(v)).toBe(iso);
  });
  it.each([[60], ['明天'], [true], [-5], [NaN], [Infinity], [[[1, 2]]]])('%p is #VALUE!', (v) => {
    expect(thrownCode(() => asOfArg(v))).toBe('#VALUE!');
  });
  it('defaults to today (local calendar date)', () => {
    const d = new Date();
    const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    expect([null, '', ' '].map((v) => asOfArg(v))).toEqual([today, today, today]);
  });
});

describe('warnDaysArg', () => {
  it.each([[null, 30], ['', 30], [0, 0], [7, 7], [7.9, 7], ['15', 15]] as Array<[unknown, number]>)('%p → %p', (v, n) => {
    expect(warnDaysArg(v)).toBe(n);
  });
  it.each([[-1, '#NUM!'], ['十', '#VALUE!'], [false, '#VALUE!'], [NaN, '#VALUE!']] as Array<[unknown, string]>)('%p → %s', (v, code) => {
    expect(thrownCode(() => warnDaysArg(v))).toBe(code);
  });
});

describe('ranges', () => {
  it('normalises range shapes to rows', () => {
    expect(rows('a')).toEqual([['a']]);
    expect(rows([])).toEqual([]);
    expect(rows(['a', 'b'])).toEqual([['a'], ['b']]);
    expect(rows([['a', 'b']])).toEqual([['a', 'b']]);
  });
  it('turns errors and odd values in a range into blanks', () => {
    expect([rangeCell('#N/A'), rangeCell({ code: '#VALUE!' }), rangeCell(undefined), rangeCell('x'), rangeCell(3)]).toEqual([null, null, null, 'x', 3]);
  });
  it('treats whitespace as blank, 0 and false as values', () => {
    expect([isBlank(''), isBlank(' \u3000'), isBlank(null), isBlank(0), isBlank(false)]).toEqual([true, true, true, false, false]);
  });
});

describe('asCfError', () => {
  it('keeps CustomFunctions errors and wraps anything else as #VALUE!', () => {
    const e = new StubCfError('#N/A', 'm');
    expect(asCfError(e)).toBe(e);
    const wrapped = asCfError(new TypeError('boom')) as unknown as StubCfError;
    expect(wrapped.code).toBe('#VALUE!');
    expect(wrapped.message).toContain('boom');
  });
});

import { parseArgs, isIsoDate, langOf, UsageError } from '../../src/cli/args';
import { ioError } from '../../src/cli/xlsx';

function usageId(argv: string[]): string | null {
  try {
    parseArgs(argv);
    return null;
  } catch (e) {
    return e instanceof UsageError ? e.id : `other:${(e as Error).message}`;
  }
}

describe('parseArgs: valid command lines', () => {
  test.each([
    [['check', 'a.xlsx', 'b.xlsx'], { command: 'check', positionals: ['a.xlsx', 'b.xlsx'] }],
    [['check', '--as-of', '2019-07-15'], { asOf: '2019-07-15' }],
    [['check', '--as-of=2020-02-29'], { asOf: '2020-02-29' }],
    [['check', '--warn-days', '0'], { warnDays: 0 }],
    [['check', '--warn-days', '45'], { warnDays: 45 }],
    [['check', '--behind-points', '5'], { behindPoints: 5 }],
    [['check', '--fail-on-progress'], { failOnProgress: true }],
    [['check', '--format', 'json'], { format: 'json' }],
    [['check', '--fail-on', 'warning'], { failOn: 'warning' }],
    [['check', '--fail-on', 'none'], { failOn: 'none' }],
    [['check', '--disable', 'seq-order,unit-alias', '--disable', 'overdue'], { disable: ['seq-order', 'unit-alias', 'overdue'] }],
    [['check', '--sheet', '执行台账', 'x.xlsx'], { sheet: '执行台账', positionals: ['x.xlsx'] }],
    [['check', 'x.xlsx', '--annotate', 'out.xlsx'], { annotate: 'out.xlsx' }],
    [['check', '--plan', 'p.json', '--units', 'u.json'], { plan: 'p.json', units: 'u.json' }],
    [['check', '--current-names'], { currentNames: true }],
    [['--lang', 'en', 'check'], { lang: 'en', command: 'check' }],
    [['check', '--lang=zh-CN'], { lang: 'zh-CN' }],
    [['schedule', '--as-of', '2019-01-01', '6月底前'], { command: 'schedule', positionals: ['6月底前'] }],
    [['units', '省财政厅'], { command: 'units' }],
    [['workload', '--current-names'], { command: 'workload', currentNames: true }],
    [['template', '--out', 't.xlsx'], { command: 'template', out: 't.xlsx' }],
    [['--help'], { help: true }],
    [['-h'], { help: true }],
    [['--version'], { version: true }],
    [['check', '--', '--odd-name.xlsx'], { positionals: ['--odd-name.xlsx'] }],
    [['--as-of', '2019-07-15'], { command: 'check' }],
    [[], { command: null, format: 'text', failOn: 'error', lang: 'zh-CN' }],
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv as string[])).toMatchObject(expected);
  });
});

describe('parseArgs: usage errors', () => {
  test.each([
    [['frobnicate'], 'usage.unknown-command'],
    [['check', '--frob'], 'usage.unknown-option'],
    [['check', '--as-of', '2019-02-30'], 'usage.bad-date'],
    [['check', '--as-of', '2019-13-01'], 'usage.bad-date'],
    [['check', '--as-of', '2019/02/30'], 'usage.bad-date'],
    [['check', '--as-of', '下周一'], 'usage.bad-date'],
    [['check', '--warn-days', '-1'], 'usage.bad-warn-days'],
    [['check', '--behind-points', '101'], 'usage.bad-behind-points'],
    [['check', '--behind-points', 'x'], 'usage.bad-behind-points'],
    [['check', '--warn-days', '1.5'], 'usage.bad-warn-days'],
    [['check', '--warn-days', 'ten'], 'usage.bad-warn-days'],
    [['check', '--fail-on', 'foo'], 'usage.bad-choice'],
    [['check', '--format', 'xml'], 'usage.bad-choice'],
    [['check', '--lang', 'fr'], 'usage.bad-choice'],
    [['check', '--as-of'], 'usage.missing-value'],
    [['check', '--sheet', '--format', 'json'], 'usage.missing-value'],
    [['template', '--annotate', 'x.xlsx'], 'usage.option-not-for-command'],
    [['units', '--as-of', '2019-01-01'], 'usage.option-not-for-command'],
    [['schedule', '--fail-on', 'none'], 'usage.option-not-for-command'],
    [['template', 'extra'], 'usage.too-many-args'],
  ])('%j -> %s', (argv, id) => {
    expect(usageId(argv as string[])).toBe(id);
  });
});

describe('isIsoDate', () => {
  test.each([
    ['2019-07-15', true],
    ['2020-02-29', true],
    ['2019-02-29', false],
    ['2019-02-30', false],
    ['2019-04-31', false],
    ['2019-00-10', false],
    ['2019-7-15', false],
    ['', false],
  ])('%s -> %s', (s, ok) => expect(isIsoDate(s)).toBe(ok));
});

describe('langOf finds --lang anywhere, so early errors speak it', () => {
  test.each([
    [['bogus', '--lang', 'en'], 'en'],
    [['--lang=en'], 'en'],
    [['check'], 'zh-CN'],
    [['--lang', 'xx'], 'zh-CN'],
  ])('%j -> %s', (argv, lang) => expect(langOf(argv as string[])).toBe(lang));
});

describe('friendlier input (issue #12)', () => {
  test.each([
    ['2019-06-30', '2019-06-30'],
    ['2019/6/30', '2019-06-30'],
    ['2019.6.30', '2019-06-30'],
    ['2019年6月30日', '2019-06-30'],
    ['20190630', '2019-06-30'],
  ])('--as-of %s reads as %s, the spellings a cell may hold', (v, iso) => {
    expect(parseArgs(['check', '--as-of', v]).asOf).toBe(iso);
  });

  test('--sheet is trimmed', () => {
    expect(parseArgs(['check', '--sheet', ' 执行台账 ']).sheet).toBe('执行台账');
  });
});

describe('reasons in words', () => {
  test.each([
    ['EACCES', 'no-permission'],
    ['EPERM', 'no-permission'],
    ['EBUSY', 'busy'],
    ['ENOENT', 'not-found'],
    ['EIO', 'unreadable'],
  ])('%s -> %s', (code, id) => {
    const e = Object.assign(new Error(code), { code });
    expect(ioError(e).id).toBe(id);
  });
});

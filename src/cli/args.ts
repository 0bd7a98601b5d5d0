// Argument parsing. Hand-written rather than a library so that every usage error is one line in the
// user's language, and so that options are checked per command (a typo must not be silently ignored).
import { isValidIso, parseDateText } from '../core/dates';
import type { Lang } from '../core/types';

/** A strict calendar date YYYY-MM-DD (2019-02-30 is not a date): core's reading. */
export { isValidIso as isIsoDate };

export type Command = 'check' | 'schedule' | 'units' | 'workload' | 'template' | 'notices' | 'plan';
export const COMMANDS: readonly Command[] = ['check', 'schedule', 'units', 'workload', 'template', 'notices', 'plan'];

export type Format = 'text' | 'json';
export type FailOn = 'error' | 'warning' | 'none';

export interface CliArgs {
  command: Command | null;
  positionals: string[];
  lang: Lang;
  help: boolean;
  version: boolean;
  sheet?: string;
  asOf?: string;
  warnDays?: number;
  plan?: string;
  units?: string;
  disable: string[];
  format: Format;
  annotate?: string;
  failOn: FailOn;
  /** --behind-points: points behind the share of time elapsed that make a task 滞后. */
  behindPoints?: number;
  /** --fail-on counts progress findings (overdue, due-soon …) too, not only ledger mistakes. */
  failOnProgress: boolean;
  currentNames: boolean;
  out?: string;
  /** notices: supporting units get a 督办单 too. */
  support: boolean;
  /** check: write the overview of all files to this workbook. */
  summary?: string;
  /** check: print only the overview table, not each file's report. */
  summaryOnly: boolean;
  /** check -o: write the report to this file instead of standard output. */
  outputFile?: string;
  /** check --quiet: ledger errors only (ESLint's --quiet). */
  quiet: boolean;
  /** check --annotate: replace copies that exist already. */
  force: boolean;
  /** check --max-warnings N: more ledger warnings than N exit 1. */
  maxWarnings?: number;
  /** --color / --no-color: colours whatever the terminal (FORCE_COLOR / NO_COLOR in the environment). */
  color?: boolean;
}

/** A usage error: exit 2, one line; `id` and `data` render through messages.ts (`hint`: a suggestion). */
export class UsageError extends Error {
  constructor(
    readonly id: string,
    readonly data: Record<string, string> = {},
  ) {
    super(id);
    this.name = 'UsageError';
  }
}

interface OptionSpec {
  /** Key in CliArgs. */
  key: keyof CliArgs;
  value: boolean;
  commands: readonly Command[] | 'all';
}

const OPTIONS: Record<string, OptionSpec> = {
  '--sheet': { key: 'sheet', value: true, commands: ['check', 'workload', 'notices'] },
  '--as-of': { key: 'asOf', value: true, commands: ['check', 'schedule', 'notices'] },
  '--warn-days': { key: 'warnDays', value: true, commands: ['check', 'notices'] },
  '--plan': { key: 'plan', value: true, commands: ['check', 'workload', 'template', 'notices'] },
  '--units': { key: 'units', value: true, commands: ['check', 'units', 'workload', 'notices'] },
  '--disable': { key: 'disable', value: true, commands: ['check'] },
  '--format': { key: 'format', value: true, commands: ['check'] },
  '-f': { key: 'format', value: true, commands: ['check'] },
  '--output-file': { key: 'outputFile', value: true, commands: ['check'] },
  '-o': { key: 'outputFile', value: true, commands: ['check'] },
  '--quiet': { key: 'quiet', value: false, commands: ['check'] },
  '--max-warnings': { key: 'maxWarnings', value: true, commands: ['check'] },
  '--color': { key: 'color', value: false, commands: 'all' },
  '--no-color': { key: 'color', value: false, commands: 'all' },
  '--annotate': { key: 'annotate', value: true, commands: ['check'] },
  '--fail-on': { key: 'failOn', value: true, commands: ['check'] },
  '--fail-on-progress': { key: 'failOnProgress', value: false, commands: ['check'] },
  '--behind-points': { key: 'behindPoints', value: true, commands: ['check', 'notices'] },
  '--current-names': { key: 'currentNames', value: false, commands: ['check', 'workload', 'notices'] },
  '--out': { key: 'out', value: true, commands: ['template', 'notices', 'plan'] },
  '--support': { key: 'support', value: false, commands: ['notices'] },
  '--summary': { key: 'summary', value: true, commands: ['check'] },
  '--force': { key: 'force', value: false, commands: ['check'] },
  '--summary-only': { key: 'summaryOnly', value: false, commands: ['check'] },
  '--lang': { key: 'lang', value: true, commands: 'all' },
  '--help': { key: 'help', value: false, commands: 'all' },
  '-h': { key: 'help', value: false, commands: 'all' },
  '--version': { key: 'version', value: false, commands: 'all' },
  '-V': { key: 'version', value: false, commands: 'all' },
  '-v': { key: 'version', value: false, commands: 'all' },
};

const LANGS: Record<string, Lang> = { 'zh-cn': 'zh-CN', zh: 'zh-CN', 'zh-hans': 'zh-CN', en: 'en', 'en-us': 'en', 'en-gb': 'en' };

/** The language asked for anywhere on the line, so that even an early usage error speaks it. */
export function langOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    let v: string | undefined;
    if (a === '--lang') v = argv[i + 1];
    else if (a.startsWith('--lang=')) v = a.slice(7);
    if (v !== undefined && LANGS[v.toLowerCase()]) return LANGS[v.toLowerCase()];
  }
  return 'zh-CN';
}


/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

/** The closest known word within two edits (--asof -> --as-of, chek -> check), or ''. */
export function didYouMean(word: string, known: readonly string[]): string {
  let best = '';
  let bestD = 3;
  for (const k of known) {
    const dd = distance(word.toLowerCase(), k);
    if (dd < bestD) [best, bestD] = [k, dd];
  }
  return best;
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = {
    command: null,
    positionals: [],
    lang: langOf(argv),
    help: false,
    version: false,
    disable: [],
    format: 'text',
    failOn: 'error',
    failOnProgress: false,
    currentNames: false,
    support: false,
    summaryOnly: false,
    quiet: false,
    force: false,
  };
  // Options may come before or after the command; validate their command once it is known.
  const seen: string[] = [];
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (onlyPositionals || a === '-' || !a.startsWith('-')) {
      if (args.command === null && !onlyPositionals) {
        if (!(COMMANDS as readonly string[]).includes(a)) throw new UsageError('usage.unknown-command', { value: a, hint: didYouMean(a, COMMANDS) });
        args.command = a as Command;
      } else {
        args.positionals.push(a);
      }
      continue;
    }
    if (a === '--') {
      onlyPositionals = true;
      continue;
    }
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const spec = OPTIONS[name];
    if (!spec) throw new UsageError('usage.unknown-option', { option: name, hint: didYouMean(name, Object.keys(OPTIONS)) });
    let value: string | undefined;
    if (spec.value) {
      if (eq > 0 && a.startsWith('--')) value = a.slice(eq + 1);
      else {
        value = argv[i + 1];
        if (value === undefined || (value.startsWith('--') && value.length > 2)) throw new UsageError('usage.missing-value', { option: name });
        i++;
      }
    }
    seen.push(name);
    applyOption(args, name, spec, value);
  }
  if (args.command === null && !args.help && !args.version && seen.some((n) => n !== '--lang')) {
    // Options without a command: `task-ledger --as-of 2019-01-01` is a check of the sample.
    args.command = 'check';
  }
  if (args.command) {
    for (const name of seen) {
      const spec = OPTIONS[name];
      if (spec.commands !== 'all' && !spec.commands.includes(args.command)) {
        throw new UsageError('usage.option-not-for-command', { option: name, command: args.command });
      }
    }
    if (args.command === 'template' && args.positionals.length > 0) {
      throw new UsageError('usage.too-many-args', { command: 'template', value: args.positionals[0] });
    }
  }
  return args;
}

function applyOption(args: CliArgs, name: string, spec: OptionSpec, value: string | undefined): void {
  const v = value ?? '';
  switch (spec.key) {
    case 'lang': {
      const lang = LANGS[v.toLowerCase()];
      if (!lang) throw new UsageError('usage.bad-choice', { option: name, value: v, choices: 'zh-CN, en' });
      args.lang = lang;
      return;
    }
    case 'asOf': {
      // Every spelling a cell may hold: 2019-06-30, 2019/6/30, 2019.6.30, 2019年6月30日, 20190630.
      const iso = isValidIso(v) ? v : parseDateText(v);
      if (!iso) throw new UsageError('usage.bad-date', { option: name, value: v });
      args.asOf = iso;
      return;
    }
    case 'sheet':
      // "执行台账 " with a stray space is the sheet 执行台账 (names are compared trimmed).
      if (v.trim() === '') throw new UsageError('usage.missing-value', { option: name });
      args.sheet = v.trim();
      return;
    case 'warnDays':
      if (!/^\d{1,5}$/.test(v)) throw new UsageError('usage.bad-warn-days', { value: v });
      args.warnDays = Number(v);
      return;
    case 'behindPoints':
      if (!/^\d{1,3}$/.test(v) || Number(v) > 100) throw new UsageError('usage.bad-behind-points', { value: v });
      args.behindPoints = Number(v);
      return;
    case 'format':
      if (v !== 'text' && v !== 'json') throw new UsageError('usage.bad-choice', { option: name, value: v, choices: 'text, json' });
      args.format = v;
      return;
    case 'failOn':
      if (v !== 'error' && v !== 'warning' && v !== 'none') {
        throw new UsageError('usage.bad-choice', { option: name, value: v, choices: 'error, warning, none' });
      }
      args.failOn = v;
      return;
    case 'disable':
      for (const id of v.split(/[,，\s]+/)) if (id) args.disable.push(id);
      return;
    case 'color':
      args.color = name !== '--no-color';
      return;
    case 'maxWarnings':
      if (!/^\d{1,6}$/.test(v)) throw new UsageError('usage.bad-max-warnings', { value: v });
      args.maxWarnings = Number(v);
      return;
    case 'help':
    case 'version':
    case 'currentNames':
    case 'failOnProgress':
    case 'support':
    case 'summaryOnly':
    case 'quiet':
    case 'force':
      (args as unknown as Record<string, boolean>)[spec.key] = true;
      return;
    default:
      if (v === '') throw new UsageError('usage.missing-value', { option: name });
      (args as unknown as Record<string, string>)[spec.key] = v;
  }
}

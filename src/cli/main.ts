// The command line: check / schedule / units / workload / template over .xlsx files, the same engine
// as the add-in. main() takes argv and streams so tests run it in-process; bin/task-ledger.js calls it.
import * as fs from 'fs';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import type { CellValue, IsoDate, Lang, LedgerIssue, MergeArea, Severity } from '../core/types';
import { buildNotices } from '../report/notices';
import { noticesDocx } from './lazy';
import { readDocxPlan } from './docx-plan';
import { checkLedger, type CheckResult } from '../core/engine';
import { pickLedgerSheet, findHeader, collectTaskRows, HEADER_SCAN_ROWS } from '../core/sheet';
import { cellString } from '../core/cells';
import { parseSchedule, scheduleToJson } from '../core/schedule';
import { InputError } from '../core/errors';
import { UnitDirectory, parseUnits, workload, planUnitsBySeq, type ParsedUnits, type UnitsConfig } from '../core/units';
import { PLAN_2018, parsePlan, type Plan } from '../core/plan';
import { planFromTable, planOfTable } from '../core/plan/from-table';
import { renderIssue } from '../core/i18n';
import { RULES } from '../core/rules';
import { todayIso } from '../core/dates';
import { evaluateUnits } from '../core/evaluation';
import { planLedgerLayout, sampleLedgerLayout, SAMPLE_AS_OF, SAMPLE_FILE_NAME, SAMPLE_SHEET_NAME } from '../report/sample';
import { parseArgs, UsageError, langOf, type CliArgs } from './args';
import { HELP, msg } from './messages';
import { FileError, ioError, loadWorkbook, readFileBuffer } from './xlsx';
import { openWorkbook, readWorkbookValues, verifyParts, type SheetValues } from './xlsx-read';
import { jsonPieces, writePieces } from './json-out';
import { annotateWorkbook, decodeLikeExcel, escapeWorkbookText } from './annotate';
import { IsolatedChecker, isolationLimits } from './isolate';
import { displayPath, expandInputs, isDirectory } from './inputs';
import { OverviewBuilder, overviewJson, overviewWorkbook, renderOverviewText } from './overview';
import { layoutToWorkbook } from './workbook';
import { addToTally, emptyTally, renderFileText, renderTotalsText, type FileReport } from './report';
import { colourEnabled } from './text';

export interface CliIO {
  stdout: { write(s: string): unknown; isTTY?: boolean; once?(event: 'drain', listener: () => void): unknown };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  /** stdin text, or a stream to read it from (schedule / units without arguments). */
  stdin: string | NodeJS.ReadableStream;
  env: Record<string, string | undefined>;
  cwd: string;
  /**
   * Read and check the files in a child process with its own heap and time limits (isolate.ts), so
   * that one file cannot take the run down. bin/task-ledger.js sets it; in-process tests do not.
   */
  isolate?: boolean;
}

/** The label a built-in sample gets in reports and JSON ("file"). */
export const SAMPLE_LABEL = '<sample>';

const SEVERITY_RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

export async function main(argv: readonly string[], ioIn: Partial<CliIO> = {}): Promise<number> {
  const io: CliIO = {
    stdout: ioIn.stdout ?? process.stdout,
    stderr: ioIn.stderr ?? process.stderr,
    stdin: ioIn.stdin ?? process.stdin,
    env: ioIn.env ?? process.env,
    cwd: ioIn.cwd ?? process.cwd(),
    isolate: ioIn.isolate ?? false,
  };
  let lang: Lang = langOf(argv);
  try {
    const args = parseArgs(argv);
    lang = args.lang;
    if (args.version) {
      io.stdout.write(`${version()}\n`);
      return 0;
    }
    if (args.help || args.command === null) {
      io.stdout.write(HELP[lang]);
      return 0;
    }
    switch (args.command) {
      case 'check':
        return await runCheck(args, io, argv);
      case 'schedule':
        return await runSchedule(args, io);
      case 'units':
        return await runUnits(args, io);
      case 'workload':
        return await runWorkload(args, io);
      case 'template':
        return await runTemplate(args, io);
      case 'notices':
        return await runNotices(args, io);
      case 'plan':
        return await runPlanImport(args, io);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      const hint = e.data.hint ? msg('usage.did-you-mean', lang, { hint: e.data.hint }) : '';
      io.stderr.write(errorLine(lang, msg(e.id, lang, e.data) + hint));
      return 2;
    }
    const detail = e instanceof Error ? e.message : String(e);
    io.stderr.write(errorLine(lang, msg('internal', lang, { detail })));
    if (io.env.TASK_LEDGER_DEBUG && e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`);
    return 2;
  }
  return 0;
}

function version(): string {
  // The one-file command line has no package.json beside it: the build writes the version in.
  if (process.env.TASK_LEDGER_VERSION) return process.env.TASK_LEDGER_VERSION;
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

function errorLine(lang: Lang, text: string): string {
  return lang === 'en' ? `error: ${text}\n` : `错误：${text}\n`;
}

function fileReason(e: unknown, lang: Lang): string {
  if (e instanceof FileError) {
    // The part of the zip a reason names, when there is one: （xl/worksheets/sheet1.xml）.
    const part = e.data.part;
    const where = !part ? '' : e.id === 'damaged' ? (lang === 'en' ? ` (${part})` : `（${part}）`) : `${part} `;
    return msg(`file.${e.id}`, lang, { ...e.data, part: where });
  }
  // Our own failure on this file: a clear line, and the JavaScript detail only when asked for.
  const detail = e instanceof Error ? e.message : String(e);
  return msg('file.internal', lang) + (process.env.TASK_LEDGER_DEBUG ? ` [${detail}]` : '');
}

// ---------------------------------------------------------------------------------------------------
// Shared loading of options: plan, units, rule ids.

interface EngineSetup {
  directory: UnitDirectory;
  plan: Plan;
}

function readJsonFile(file: string, cwd: string, lang: Lang, errId: string): unknown {
  const full = path.resolve(cwd, file);
  let text: string;
  try {
    if (fs.statSync(full).isDirectory()) throw new FileError('is-directory');
    text = fs.readFileSync(full, 'utf8');
  } catch (e) {
    const reason = e instanceof FileError ? fileReason(e, lang) : fileReason(ioError(e), lang);
    throw new UsageError(errId, { file, reason });
  }
  try {
    return JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    throw new UsageError(errId, { file, reason: msg('usage.bad-json', lang, { detail: (e as Error).message }) });
  }
}

function errorText(e: unknown, lang: Lang): string {
  if (e instanceof InputError) return e.text(lang);
  return e instanceof Error ? e.message : String(e);
}

export async function loadSetup(args: CliArgs, io: Pick<CliIO, 'cwd'>): Promise<EngineSetup> {
  let directory = UnitDirectory.builtin();
  if (args.units) {
    const json = readJsonFile(args.units, io.cwd, args.lang, 'usage.units-file');
    try {
      directory = directory.extend(json as UnitsConfig);
    } catch (e) {
      throw new UsageError('usage.units-file', { file: args.units, reason: errorText(e, args.lang) });
    }
  }
  let plan: Plan = PLAN_2018;
  if (args.plan) plan = await loadPlan(args.plan, io, args.lang);
  for (const id of args.disable) {
    if (!RULES.some((r) => r.meta.id === id)) {
      throw new UsageError('usage.bad-rule', { value: id, choices: RULES.map((r) => r.meta.id).join(', ') });
    }
  }
  return { directory, plan };
}

/** A plan file: JSON (the spec's plan format) or an .xlsx in the ledger layout. */
async function loadPlan(file: string, io: Pick<CliIO, 'cwd'>, lang: Lang): Promise<Plan> {
  const full = path.resolve(io.cwd, file);
  const isJson = /\.json$/i.test(file);
  if (isJson) {
    const json = readJsonFile(file, io.cwd, lang, 'usage.plan-file');
    try {
      return parsePlan(json);
    } catch (e) {
      throw new UsageError('usage.plan-file', { file, reason: errorText(e, lang) });
    }
  }
  if (/\.(docx|doc|wps|pdf)$/i.test(file)) {
    try {
      return (await readDocxPlan(readFileBuffer(full))).plan;
    } catch (e) {
      throw new UsageError('usage.plan-file', { file, reason: e instanceof FileError ? fileReason(e, lang) : errorText(e, lang) });
    }
  }
  let sheet: SheetValues;
  try {
    sheet = (await readLedgerSheet(readFileBuffer(full), undefined)).sheet;
  } catch (e) {
    throw new UsageError('usage.plan-file', { file, reason: fileReason(e, lang) });
  }
  const table = sheet ? planFromTable({ values: sheet.values, merges: sheet.merges, name: sheet.name }) : null;
  if (!table) {
    throw new UsageError('usage.plan-file', { file, reason: lang === 'en' ? 'no sheet has a ledger header row' : '没有工作表包含台账表头行' });
  }
  try {
    return planOfTable(table);
  } catch (e) {
    throw new UsageError('usage.plan-file', { file, reason: errorText(e, lang) });
  }
}

// ---------------------------------------------------------------------------------------------------
// check

export interface CheckedFile {
  file: string;
  result?: CheckResult;
  /** The input's bytes, kept to write an annotated copy. */
  buffer?: Buffer;
  /** The input carries macros, which an annotated copy (.xlsx) leaves out. */
  macros?: boolean;
  inputPath?: string;
  /** The built-in sample's workbook (it has no input file). */
  workbook?: ExcelJS.Workbook;
  error?: string;
}

/**
 * Reads one file's ledger sheet as cell values: the named sheet, or the one whose first rows hold a
 * ledger header. Only the chosen sheet is read whole; the others only as far as a header can be.
 */
export async function readLedgerSheet(buffer: Buffer, sheetName: string | undefined): Promise<{ sheet: SheetValues; macros: boolean }> {
  const book = await openWorkbook(buffer);
  try {
    // Sheet names compared trimmed: "执行台账 " in the workbook is the sheet 执行台账.
    let name = sheetName === undefined ? undefined : book.sheets.find((s) => s.name.trim() === sheetName.trim())?.name ?? sheetName;
    if (name === undefined) {
      const previews: SheetValues[] = [];
      for (const s of book.sheets) previews.push(await book.read(s.name, { previewRows: HEADER_SCAN_ROWS }));
      // Visible sheets first: a hidden sheet is usually last year's copy or a lookup list.
      const visible = previews.filter((w) => !w.hidden);
      for (const candidates of [visible, previews]) {
        const idx = pickLedgerSheet(candidates, book.active);
        if (idx >= 0) {
          name = candidates[idx].name;
          break;
        }
      }
      name ??= book.sheets.find((w) => w.name === book.active)?.name ?? visible[0]?.name ?? book.sheets[0].name;
    }
    return { sheet: await book.read(name), macros: book.macros };
  } finally {
    book.close();
  }
}

/** Reads one file and checks its ledger sheet. */
export async function checkFile(
  fullPath: string,
  opts: { sheet?: string; check: Parameters<typeof checkLedger>[1] },
): Promise<{ result: CheckResult; sheet: SheetValues; buffer: Buffer; macros: boolean }> {
  const buffer = readFileBuffer(fullPath);
  const { sheet, macros } = await readLedgerSheet(buffer, opts.sheet);
  const result = checkLedger({ values: sheet.values, merges: sheet.merges, name: sheet.name }, opts.check);
  return { result, sheet, buffer, macros };
}

/** The engine's options for a check run. */
export function checkOptions(args: CliArgs, setup: EngineSetup, asOf: IsoDate): Parameters<typeof checkLedger>[1] {
  return {
    asOf,
    warnDays: args.warnDays ?? 30,
    behindPoints: args.behindPoints,
    plan: setup.plan,
    directory: setup.directory,
    disabled: args.disable,
    currentNames: args.currentNames,
  };
}

async function runCheck(args: CliArgs, ioIn: CliIO, argv: readonly string[]): Promise<number> {
  let io = ioIn;
  const lang = args.lang;
  const setup = await loadSetup(args, io);
  const useSample = args.positionals.length === 0;
  const asOf: IsoDate = args.asOf ?? (useSample ? SAMPLE_AS_OF : todayIso());
  const checkOpts = checkOptions(args, setup, asOf);
  const expanded = expandInputs(args.positionals, io.cwd);
  const inputs = expanded.inputs;
  const { lock, hidden, other } = expanded.skipped;
  if (lock + hidden + other > 0) io.stderr.write(`${msg('inputs.skipped', lang, { lock, hidden, other })}\n`);
  for (const e of expanded.empty) io.stderr.write(`${msg('inputs.empty', lang, { value: e })}\n`);
  if (!useSample && inputs.length === 0) throw new UsageError('usage.no-inputs', { value: args.positionals.join(' ') });
  if (args.annotate) validateAnnotateTarget(args.annotate, inputs, io.cwd);

  // Files are checked, reported and annotated one at a time: a bulk run of hundreds of ledgers
  // keeps one workbook and one result in memory, not all of them.
  // -o FILE: the report goes to the file (never coloured), the lines about files stay on stderr.
  let outFd: number | null = null;
  if (args.outputFile) {
    const file = path.resolve(io.cwd, args.outputFile);
    if (inputs.some((i) => sameFile(i.full, file))) throw new UsageError('usage.annotate-is-input', { value: args.outputFile });
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      outFd = fs.openSync(file, 'w');
    } catch (e) {
      throw new UsageError('usage.output-file', { value: args.outputFile, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
    }
    const fd = outFd;
    io = { ...io, stdout: { write: (s: string) => fs.writeSync(fd, s), isTTY: false } };
  }
  const colour = args.color ?? colourEnabled(io.stdout.isTTY, io.env);
  const textOpts = { lang, colour };
  const threshold = args.failOn === 'none' ? Infinity : SEVERITY_RANK[args.failOn];
  const several = inputs.length + (useSample ? 1 : 0) > 1;
  const annotated = new Set<string>();
  const overview = new OverviewBuilder({ directory: setup.directory, plan: setup.plan, currentNames: args.currentNames });
  const tally = emptyTally();
  let unreadable = false;
  let writeFailed = false;
  let failing = false;
  let written = 0;
  let ledgerWarnings = 0;
  const writeFile = async (checked: CheckedFile): Promise<void> => {
    ledgerWarnings += checked.result?.issues.filter((i) => i.category === 'ledger' && i.severity === 'warning').length ?? 0;
    // --quiet: ledger errors only, as ESLint's --quiet reports errors only.
    const c =
      args.quiet && checked.result
        ? { ...checked, result: { ...checked.result, issues: checked.result.issues.filter((i) => i.category === 'ledger' && i.severity === 'error') } }
        : checked;
    const rendered = c.result ? c.result.issues.map((i) => renderIssue(i, lang)) : [];
    const report: FileReport = {
      file: c.file === SAMPLE_LABEL ? msg('report.sample', lang) : c.file,
      error: c.error,
      result: c.result,
      messages: rendered,
      asOf,
      workload:
        c.result && args.format !== 'json'
          ? evaluateUnits(c.result.tasks, setup.directory, { currentNames: args.currentNames, plan: setup.plan })
          : [],
    };
    if (args.format === 'json') {
      // The same bytes as JSON.stringify({ files }, null, 2), one file and one task at a time.
      const json = c.result ? fileJson(c.file, c.result, asOf, rendered) : { file: c.file, error: c.error };
      const head = written === 0 ? JSON_HEAD : ',\n';
      await writePieces(io.stdout, (function* () {
        yield `${head}    `;
        yield* jsonPieces(json, 2);
      })());
    } else {
      if (!args.summaryOnly) io.stdout.write((written === 0 ? '' : '\n') + renderFileText(report, textOpts));
    }
    written++;
    addToTally(tally, report);
    overview.add(report.file, c.result, c.error, args.format === 'json' ? undefined : report.workload);
    if (c.error) unreadable = true;
    // Ledger mistakes decide the exit code; progress alerts only when asked (--fail-on-progress).
    const counted = (i: LedgerIssue) => i.category === 'ledger' || args.failOnProgress;
    if (c.result?.issues.some((i) => counted(i) && SEVERITY_RANK[i.severity] >= threshold)) failing = true;
    if (args.annotate && c.result && (c.workbook || c.buffer)) await annotateFile(c, rendered);
  };
  const annotateFile = async (c: CheckedFile, rendered: string[]): Promise<void> => {
    const out = annotateOutPath(args.annotate!, c, several, io.cwd, annotated);
    // An earlier copy (perhaps with notes someone added) is replaced only when asked.
    if (!args.force && fs.existsSync(out)) {
      writeFailed = true;
      io.stderr.write(errorLine(lang, msg('write.exists', lang, { file: displayPath(out, io.cwd) })));
      return;
    }
    try {
      let workbook = c.workbook;
      if (!workbook) {
        // ExcelJS loads the whole workbook to write the copy: first every part through the reader's bounds.
        await verifyParts(c.buffer!);
        workbook = (await loadWorkbook(c.buffer!)).workbook;
        decodeLikeExcel(workbook, (await readWorkbookValues(c.buffer!)).sheets);
      }
      annotateWorkbook({
        workbook,
        sheetName: c.result!.sheet,
        issues: c.result!.issues,
        tasks: c.result!.tasks,
        messages: rendered,
        lang,
        fileLabel: c.file === SAMPLE_LABEL ? SAMPLE_FILE_NAME : path.basename(c.file),
        asOf,
      });
      escapeWorkbookText(workbook);
      const buf = await workbook.xlsx.writeBuffer();
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, Buffer.from(buf as ArrayBuffer));
      io.stderr.write(`${msg('report.annotated', lang, { file: displayPath(out, io.cwd) })}\n`);
      if (c.macros) io.stderr.write(`${msg('report.macros-dropped', lang)}\n`);
    } catch (e) {
      writeFailed = true;
      const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      io.stderr.write(errorLine(lang, msg('write.failed', lang, { file: out, reason })));
    }
  };

  if (useSample) {
    const layout = sampleLedgerLayout();
    const result = checkLedger({ values: layout.values, merges: layout.merges, name: SAMPLE_SHEET_NAME }, checkOpts);
    await writeFile({ file: SAMPLE_LABEL, result, workbook: args.annotate ? layoutToWorkbook(layout, SAMPLE_SHEET_NAME, lang) : undefined });
  }
  const isolated = io.isolate && inputs.length > 0 ? new IsolatedChecker({ argv, cwd: io.cwd, asOf }, isolationLimits(io.env)) : null;
  const keepBuffer = Boolean(args.annotate);
  const checkInput = async (input: { label: string; full: string }): Promise<CheckedFile> => {
    try {
      const r = isolated
        ? await isolated.check(input.full, args.sheet, keepBuffer)
        : await checkFile(input.full, { sheet: args.sheet, check: checkOpts });
      return { file: input.label, result: r.result, buffer: keepBuffer ? r.buffer : undefined, macros: r.macros, inputPath: input.full };
    } catch (e) {
      return { file: input.label, error: fileReason(e, lang) };
    }
  };
  // The checker reads and checks the next files while this process reports the last one; a few files
  // ahead at most, so that finished reports do not pile up in memory.
  const AHEAD = 2;
  const pending: Array<Promise<CheckedFile>> = [];
  for (let i = 0; i < Math.min(AHEAD, inputs.length); i++) pending.push(checkInput(inputs[i]));
  // Many files with the reports going elsewhere (a file, a pipe, or --summary-only): a progress line
  // on the terminal, rewritten in place and cleared before any other line.
  const showProgress = Boolean(ioIn.stderr.isTTY) && inputs.length >= 10 && (!io.stdout.isTTY || args.summaryOnly);
  const clearProgress = () => showProgress && io.stderr.write('\r\x1b[K');
  for (let i = 0; i < inputs.length; i++) {
    const c = await pending.shift()!;
    if (i + AHEAD < inputs.length) pending.push(checkInput(inputs[i + AHEAD]));
    clearProgress();
    if (c.error) io.stderr.write(errorLine(lang, msg('file.line', lang, { file: c.file, reason: c.error })));
    await writeFile(c);
    if (showProgress && i + 1 < inputs.length) io.stderr.write(msg('progress.files', lang, { done: i + 1, total: inputs.length }));
  }
  isolated?.close();
  if (io.env.TASK_LEDGER_DEBUG && isolated) {
    const u = process.resourceUsage();
    const mb = Math.round(u.maxRSS / 1024);
    const cpu = Math.round((u.userCPUTime + u.systemCPUTime) / 1000);
    io.stderr.write(`debug: peak memory ${mb} MB (this process), ${isolated.childPeakMb} MB (checker process); CPU ${cpu} ms, ${isolated.childCpuMs} ms\n`);
  }
  // The province's view: a table ranking the files, a summary object, a workbook with --summary.
  const withOverview = written > 1 || args.summary !== undefined || args.summaryOnly;
  const o = overview.build();
  if (args.format === 'json') {
    if (written === 0) io.stdout.write('{\n  "files": []\n}\n');
    else if (!withOverview) io.stdout.write(`${JSON_TAIL}\n`);
    else {
      const text = JSON.stringify(overviewJson(o), null, 2).replace(/\n/g, '\n  ');
      io.stdout.write(`\n  ],\n  "summary": ${text}\n}\n`);
    }
  } else if (withOverview) {
    io.stdout.write((args.summaryOnly ? '' : '\n') + renderOverviewText(o, textOpts) + '\n' + renderTotalsText(tally, textOpts));
  }
  if (args.summary) {
    const out = asXlsxPath(path.resolve(io.cwd, args.summary));
    try {
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, await overviewWorkbook(o, { asOf }));
      io.stderr.write(`${msg('overview.written', lang, { file: displayPath(out, io.cwd) })}\n`);
    } catch (e) {
      writeFailed = true;
      io.stderr.write(errorLine(lang, msg('write.failed', lang, { file: displayPath(out, io.cwd), reason: (e as NodeJS.ErrnoException).code ?? String(e) })));
    }
  }

  if (outFd !== null) fs.closeSync(outFd);
  if (args.maxWarnings !== undefined && ledgerWarnings > args.maxWarnings) {
    io.stderr.write(`${msg('report.max-warnings', lang, { count: ledgerWarnings, max: args.maxWarnings })}\n`);
    failing = true;
  }
  if (writeFailed || unreadable) return 2;
  return failing ? 1 : 0;
}

function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}


function validateAnnotateTarget(out: string, inputs: Array<{ full: string }>, cwd: string): void {
  const full = path.resolve(cwd, out);
  if (inputs.length > 1) {
    if (fs.existsSync(full) && !isDirectory(full)) throw new UsageError('usage.annotate-not-folder', { value: out });
    for (const i of inputs) if (sameFile(path.join(full, path.basename(i.full)), i.full)) throw new UsageError('usage.annotate-is-input', { value: path.join(out, path.basename(i.full)) });
    return;
  }
  const target = inputs.length === 1 && isDirectory(full) ? path.join(full, path.basename(inputs[0].full)) : full;
  for (const i of inputs) if (sameFile(target, i.full)) throw new UsageError('usage.annotate-is-input', { value: out });
}

/**
 * Where a file's annotated copy goes. With several inputs, OUT is a folder and each copy keeps the
 * input's folders below the working folder (各地台账/杭州/台账.xlsx), so two 台账.xlsx never overwrite
 * each other; inputs from elsewhere go in by name, numbered if a name repeats (`taken` remembers).
 */
function annotateOutPath(out: string, c: CheckedFile, several: boolean, cwd: string, taken: Set<string>): string {
  const full = path.resolve(cwd, out);
  let target = full;
  if (several || isDirectory(full)) {
    const rel = c.inputPath ? path.relative(cwd, c.inputPath) : SAMPLE_FILE_NAME;
    const inside = rel && !rel.startsWith('..') && !path.isAbsolute(rel);
    target = path.join(full, several && inside ? rel : path.basename(c.inputPath ?? SAMPLE_FILE_NAME));
  }
  target = asXlsxPath(target);
  for (let n = 2; taken.has(target); n++) target = asXlsxPath(target.replace(/(\(\d+\))?\.xlsx$/i, `(${n}).xlsx`));
  taken.add(target);
  return target;
}

/**
 * The copy is an .xlsx workbook whatever the input was (.xlsm, .xltx …): an .xlsx body under another
 * extension is a file Excel refuses to open.
 */
export function asXlsxPath(file: string): string {
  const ext = path.extname(file);
  if (ext.toLowerCase() === '.xlsx') return file;
  return /^\.(xlsm|xltx|xltm|xls|xlsb|xlam)$/i.test(ext) ? file.slice(0, -ext.length) + '.xlsx' : file + '.xlsx';
}

/** Issues per category and severity, for JSON readers that rank files without reading every issue. */
function countsByCategory(issues: LedgerIssue[]): Record<'ledger' | 'progress', Record<'error' | 'warning' | 'info', number>> {
  const counts = { ledger: { error: 0, warning: 0, info: 0 }, progress: { error: 0, warning: 0, info: 0 } };
  for (const i of issues) counts[i.category][i.severity]++;
  return counts;
}

// JSON.stringify({ files: [x] }, null, 2) is JSON_HEAD + x (indented) + JSON_TAIL.
const JSON_HEAD = '{\n  "files": [\n';
const JSON_TAIL = '\n  ]\n}';

function fileJson(file: string, r: CheckResult, asOf: IsoDate, messages: string[]) {
  return {
    file,
    sheet: r.sheet,
    headerRow: r.headerRow,
    asOf,
    tasks: r.tasks.map((t) => ({
      row: t.row,
      seq: t.seq,
      task: t.task,
      units: t.units,
      lead: t.lead,
      schedule: scheduleToJson(t.schedule),
      status: t.status,
      due: t.due,
      progress: t.progress,
    })),
    counts: countsByCategory(r.issues),
    issues: r.issues.map((i: LedgerIssue, k) => ({
      rule: i.rule,
      severity: i.severity,
      category: i.category,
      row: i.row,
      column: i.column,
      cell: i.cell,
      messageId: i.messageId,
      data: i.data,
      message: messages[k],
    })),
  };
}

// ---------------------------------------------------------------------------------------------------
// schedule, units

/**
 * Standard input as text: UTF-8, or, when the bytes are not UTF-8, GB18030 (the superset of GBK, what
 * a Chinese Windows console and Notepad's ANSI files send).
 */
export function decodeInput(bytes: Buffer): { text: string; encoding: 'utf-8' | 'gb18030' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

async function inputLines(args: CliArgs, io: CliIO): Promise<string[]> {
  if (args.positionals.length > 0) return args.positionals;
  let text: string;
  if (typeof io.stdin === 'string') text = io.stdin;
  else {
    // Typing at a terminal: say how to finish, rather than seem to hang.
    if ((io.stdin as { isTTY?: boolean }).isTTY) io.stderr.write(`${msg('stdin.hint', args.lang)}\n`);
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin as AsyncIterable<Buffer | string>) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    const bytes = Buffer.concat(chunks);
    const decoded = decodeInput(bytes);
    if (decoded.encoding === 'gb18030') io.stderr.write(`${msg('stdin.gbk', args.lang)}\n`);
    text = decoded.text;
  }
  text = text.replace(/^\ufeff/, '');
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

async function runSchedule(args: CliArgs, io: CliIO): Promise<number> {
  const asOf = args.asOf ?? todayIso();
  const out: string[] = [];
  for (const text of await inputLines(args, io)) {
    out.push(JSON.stringify({ text, schedule: scheduleToJson(parseSchedule(text, { asOf })) }));
  }
  io.stdout.write(out.length ? `${out.join('\n')}\n` : '');
  return 0;
}

async function runUnits(args: CliArgs, io: CliIO): Promise<number> {
  const { directory } = await loadSetup(args, io);
  const out: string[] = [];
  for (const text of await inputLines(args, io)) {
    const p = parseUnits(text, directory);
    out.push(JSON.stringify({ text, units: p.units.map((u) => u.name), lead: p.lead, canonical: p.units.map((u) => u.canonical) }));
  }
  io.stdout.write(out.length ? `${out.join('\n')}\n` : '');
  return 0;
}

// ---------------------------------------------------------------------------------------------------
// workload, template

async function runWorkload(args: CliArgs, io: CliIO): Promise<number> {
  const lang = args.lang;
  const setup = await loadSetup(args, io);
  const rows: ParsedUnits[] = [];
  const references: Array<ParsedUnits | null> = [];
  const planUnits = planUnitsBySeq(setup.plan, setup.directory);
  let failed = false;
  if (args.positionals.length === 0) {
    for (const t of setup.plan.tasks) rows.push(parseUnits(t.units, setup.directory));
  } else {
    for (const file of args.positionals) {
      try {
        const r = await checkFile(path.resolve(io.cwd, file), {
          sheet: args.sheet,
          check: { asOf: todayIso(), plan: setup.plan, directory: setup.directory, currentNames: args.currentNames },
        });
        for (const t of r.result.tasks) {
          rows.push(t.parsedUnits);
          references.push(t.planSeq !== null ? planUnits.get(t.planSeq) ?? null : null);
        }
      } catch (e) {
        failed = true;
        io.stderr.write(errorLine(lang, msg('file.line', lang, { file, reason: fileReason(e, lang) })));
      }
    }
  }
  const result = workload(rows, setup.directory, { currentNames: args.currentNames, plan: setup.plan, references });
  io.stdout.write(`${JSON.stringify(result.map((w) => ({ unit: w.unit, lead: w.lead, support: w.support, total: w.total })), null, 2)}\n`);
  return failed ? 2 : 0;
}

// ---------------------------------------------------------------------------------------------------
// notices: one 督办通知单 (.docx) per unit with red, yellow or blue tasks

export const NOTICES_DEFAULT_FOLDER = '督办单';

async function runNotices(args: CliArgs, io: CliIO): Promise<number> {
  const lang = args.lang;
  if (args.positionals.length > 1) throw new UsageError('usage.notices-one-file', { value: args.positionals.join(' ') });
  const setup = await loadSetup(args, io);
  const useSample = args.positionals.length === 0;
  const asOf: IsoDate = args.asOf ?? (useSample ? SAMPLE_AS_OF : todayIso());
  let sheet: { values: CellValue[][]; merges: MergeArea[]; name: string };
  let source: string;
  if (useSample) {
    const layout = sampleLedgerLayout();
    sheet = { values: layout.values, merges: layout.merges, name: SAMPLE_SHEET_NAME };
    source = layout.title;
  } else {
    const label = args.positionals[0];
    try {
      sheet = (await readLedgerSheet(readFileBuffer(path.resolve(io.cwd, label)), args.sheet)).sheet;
    } catch (e) {
      io.stderr.write(errorLine(lang, msg('file.line', lang, { file: label, reason: fileReason(e, lang) })));
      return 2;
    }
    source = '';
    for (const line of sheet.values.slice(0, 5)) {
      const first = line.map((v) => cellString(v)).find((t) => t.trim().length >= 6 && /台账|任务|工作|项目|实事/.test(t));
      if (first) {
        source = first.trim();
        break;
      }
    }
    source ||= path.basename(label).replace(/\.[^.]+$/, '');
  }
  const result = checkLedger(sheet, checkOptions(args, setup, asOf));
  const notices = buildNotices(result.tasks, {
    asOf,
    support: args.support,
    plan: setup.plan,
    directory: setup.directory,
    currentNames: args.currentNames,
  });
  const folder = path.resolve(io.cwd, args.out ?? NOTICES_DEFAULT_FOLDER);
  if (notices.length === 0) {
    io.stdout.write(`${msg('notices.none', lang, { asOf })}\n`);
    return 0;
  }
  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch (e) {
    io.stderr.write(errorLine(lang, msg('write.failed', lang, { file: displayPath(folder, io.cwd), reason: (e as NodeJS.ErrnoException).code ?? String(e) })));
    return 2;
  }
  const stamp = asOf.replace(/-/g, '');
  const { noticeDocx, noticeFileName } = noticesDocx();
  for (const [i, notice] of notices.entries()) {
    const file = path.join(folder, noticeFileName(i, notice.unit));
    const buf = await noticeDocx(notice, { number: `${stamp}-${String(i + 1).padStart(2, '0')}`, asOf, source, withRoles: args.support });
    try {
      fs.writeFileSync(file, buf);
    } catch (e) {
      io.stderr.write(errorLine(lang, msg('write.failed', lang, { file: displayPath(file, io.cwd), reason: (e as NodeJS.ErrnoException).code ?? String(e) })));
      return 2;
    }
    const n = (k: string) => notice.items.filter((it) => it.statusKey === k).length;
    io.stdout.write(`${msg('notices.written', lang, { file: displayPath(file, io.cwd), overdue: n('overdue'), behind: n('behind'), dueSoon: n('dueSoon') })}\n`);
  }
  io.stderr.write(`${msg('notices.done', lang, { count: notices.length, folder: displayPath(folder, io.cwd) })}\n`);
  return 0;
}

// ---------------------------------------------------------------------------------------------------
// plan import: the 重点任务清单 of a Word document as a plan file or a ready ledger

async function runPlanImport(args: CliArgs, io: CliIO): Promise<number> {
  const lang = args.lang;
  const [sub, file, ...rest] = args.positionals;
  if (sub !== 'import' || !file || rest.length) throw new UsageError('usage.plan-import', { value: args.positionals.join(' ') });
  let report;
  try {
    report = await readDocxPlan(readFileBuffer(path.resolve(io.cwd, file)));
  } catch (e) {
    io.stderr.write(errorLine(lang, msg('file.line', lang, { file, reason: e instanceof FileError ? fileReason(e, lang) : errorText(e, lang) })));
    return 2;
  }
  const { plan } = report;
  io.stderr.write(
    `${msg('plan.found', lang, { tables: report.tables, lists: report.listTables, tasks: plan.tasks.length, projects: plan.projects.length, title: plan.title || '—', docNo: plan.docNo ?? '—' })}\n`,
  );
  const fieldName = { task: msg('plan.field.task', lang), units: msg('plan.field.units', lang), time: msg('plan.field.time', lang) };
  for (const s of report.skipped) {
    io.stderr.write(`${msg('plan.skipped-row', lang, { table: s.table, row: s.row, text: s.text, missing: s.missing.map((m) => fieldName[m]).join(lang === 'en' ? ', ' : '、') })}\n`);
  }
  const json = JSON.stringify(
    { title: plan.title, docNo: plan.docNo, issued: plan.issued, lastYear: plan.lastYear, projects: plan.projects, tasks: plan.tasks },
    null,
    2,
  );
  if (!args.out) {
    io.stdout.write(`${json}\n`);
    return 0;
  }
  const out = path.resolve(io.cwd, args.out);
  try {
    if (/\.json$/i.test(out)) fs.writeFileSync(out, `${json}\n`);
    else {
      const wb = layoutToWorkbook(planLedgerLayout(plan), msg('template.sheet', lang), lang);
      fs.writeFileSync(asXlsxPath(out), Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    }
  } catch (e) {
    io.stderr.write(errorLine(lang, msg('write.failed', lang, { file: args.out, reason: (e as NodeJS.ErrnoException).code ?? String(e) })));
    return 2;
  }
  io.stderr.write(`${msg('plan.written', lang, { file: displayPath(/\.json$/i.test(out) ? out : asXlsxPath(out), io.cwd) })}\n`);
  return 0;
}

export const TEMPLATE_DEFAULT_FILE = '重点任务执行台账.xlsx';

async function runTemplate(args: CliArgs, io: CliIO): Promise<number> {
  const lang = args.lang;
  const setup = await loadSetup(args, io);
  const out = path.resolve(io.cwd, args.out ?? TEMPLATE_DEFAULT_FILE);
  // Without --out, never overwrite: the default name is likely the ledger someone already keeps.
  if (!args.out && fs.existsSync(out)) throw new UsageError('usage.template-exists', { value: path.relative(io.cwd, out) });
  const layout = planLedgerLayout(setup.plan);
  const wb = layoutToWorkbook(layout, msg('template.sheet', lang), lang);
  try {
    const buf = await wb.xlsx.writeBuffer();
    fs.writeFileSync(out, Buffer.from(buf as ArrayBuffer));
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    io.stderr.write(errorLine(lang, msg('write.failed', lang, { file: args.out ?? TEMPLATE_DEFAULT_FILE, reason })));
    return 2;
  }
  io.stdout.write(`${msg('report.template', lang, { file: displayPath(out, io.cwd), count: setup.plan.tasks.length })}\n`);
  return 0;
}

// ESLint's command-line conventions, where they fit (issue #12).
import * as fs from 'fs';
import * as path from 'path';
import { run } from './run';
import { tempDir } from './helpers';
import { parseArgs, didYouMean } from '../../src/cli/args';
import { colourEnabled } from '../../src/cli/text';

test('-f is --format, -v is --version, -o is --output-file', () => {
  expect(parseArgs(['check', '-f', 'json']).format).toBe('json');
  expect(parseArgs(['-v']).version).toBe(true);
  expect(parseArgs(['check', '-o', 'r.json']).outputFile).toBe('r.json');
});

test('did you mean: a mistyped option or command gets the closest one', async () => {
  expect(didYouMean('--asof', ['--as-of', '--annotate'])).toBe('--as-of');
  expect(didYouMean('--xyzzy', ['--as-of'])).toBe('');
  const r = await run(['check', '--asof', '2019-01-01']);
  expect(r.code).toBe(2);
  expect(r.stderr).toBe('错误：未知选项 --asof（详见 --help）。是不是 --as-of？\n');
  expect((await run(['chek'])).stderr).toContain('是不是 check？');
  expect((await run(['chek', '--lang', 'en'])).stderr).toContain('Did you mean check?');
});

test('-o writes the report to a file; stdout stays empty', async () => {
  const dir = tempDir();
  const r = await run(['check', '-f', 'json', '-o', '报告/结果.json', '--fail-on', 'none'], { cwd: dir });
  expect(r.code).toBe(0);
  expect(r.stdout).toBe('');
  const j = JSON.parse(fs.readFileSync(path.join(dir, '报告', '结果.json'), 'utf8')) as { files: unknown[] };
  expect(j.files).toHaveLength(1);
});

test('--quiet: ledger errors only; --max-warnings N: more ledger warnings exit 1', async () => {
  const quiet = JSON.parse((await run(['check', '-f', 'json', '--quiet', '--fail-on', 'none'])).stdout).files[0].issues as Array<{ severity: string; category: string }>;
  expect(quiet.length).toBeGreaterThan(0);
  expect(quiet.every((i) => i.severity === 'error' && i.category === 'ledger')).toBe(true);
  // As many ledger warnings as the sample has pass; one fewer does not.
  const all = JSON.parse((await run(['check', '-f', 'json', '--fail-on', 'none'])).stdout).files[0].issues as Array<{ severity: string; category: string }>;
  const warnings = all.filter((i) => i.severity === 'warning' && i.category === 'ledger').length;
  expect((await run(['check', '--fail-on', 'none', '--max-warnings', String(warnings)])).code).toBe(0);
  const over = await run(['check', '--fail-on', 'none', '--max-warnings', String(warnings - 1)]);
  expect(over.code).toBe(1);
  expect(over.stderr).toContain(`填报警告共 ${warnings} 个，超过 --max-warnings ${warnings - 1}`);
  expect((await run(['check', '--max-warnings', '-1'])).code).toBe(2);
});

test('colours: a terminal, --color / --no-color, FORCE_COLOR and NO_COLOR', async () => {
  expect(colourEnabled(true, {})).toBe(true);
  expect(colourEnabled(false, {})).toBe(false);
  expect(colourEnabled(false, { FORCE_COLOR: '1' })).toBe(true);
  expect(colourEnabled(true, { FORCE_COLOR: '0' })).toBe(false);
  expect(colourEnabled(true, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
  expect((await run(['check', '--color', '--fail-on', 'none'])).stdout).toContain('\x1b[');
  expect((await run(['check', '--no-color', '--fail-on', 'none'], { tty: true })).stdout).not.toContain('\x1b[');
});

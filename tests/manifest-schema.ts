// Offline validation of a manifest against Microsoft's published schemas (copied from
// ../shared/schemas/office-manifest into tests/fixtures/office-manifest, see its README), with xmllint
// from Debian's libxml2-utils. CI installs it; where it is missing the schema tests are skipped.

import { spawnSync } from 'child_process';
import { join } from 'path';

export const SCHEMA = join(__dirname, 'fixtures/office-manifest/manifest-validate.xsd');
export const hasXmllint = spawnSync('sh', ['-c', 'command -v xmllint']).status === 0;

/** xmllint's verdict on one file: ok, and its errors without the three expected import warnings. */
export function validateManifest(file: string): { ok: boolean; errors: string[] } {
  const r = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8', timeout: 60_000 });
  const errors = (r.stderr ?? '')
    .split('\n')
    .filter((l) => l.trim() && !/Skipping import of schema/.test(l) && !/ validates$/.test(l));
  return { ok: r.status === 0, errors };
}

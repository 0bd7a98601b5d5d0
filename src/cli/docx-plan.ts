// A plan from the official document: the 重点任务清单 table(s) of a Word .docx. The zip and XML go
// through the same bounded reader as workbooks (xlsx-read.ts); the tables and the plan they hold are
// read by src/docx/word-plan.ts, which the task pane shares.
import { planFromWordBody, wordBodyReader, wordFileKind, type WordPlanReport } from '../docx/word-plan';
import { FileError } from './xlsx';
import { LIMITS, openZip, parsePart } from './xlsx-read';

export type DocxPlanReport = WordPlanReport;

/** Reads the 重点任务清单 of a .docx as a plan. Throws FileError (a refused file) or PlanError (no tasks). */
export async function readDocxPlan(buf: Buffer): Promise<DocxPlanReport> {
  const kind = wordFileKind(buf);
  if (kind === 'old') throw new FileError('word-old');
  if (kind === 'pdf') throw new FileError('word-pdf');
  if (kind !== 'docx') throw new FileError('word-not-docx');
  const pkg = await openZip(buf, LIMITS);
  const reader = wordBodyReader();
  try {
    const doc = pkg.parts.get('word/document.xml');
    if (!doc) throw new FileError('word-not-docx');
    await parsePart(pkg, doc, reader.handlers);
  } finally {
    pkg.zip.close();
  }
  const report = planFromWordBody(reader.body);
  if (!report) throw new FileError('word-no-list', { tables: String(reader.body.tables.length) });
  return report;
}

// 参照计划 from a Word notice the user picks in 设置: read in the pane, offline, with the command line's
// reading of the 重点任务清单 (src/docx/word-plan.ts). JSZip and saxes come in a chunk of their own,
// loaded the first time a document is picked, so the pane's first load does not carry them.

import { planFromWordBody, wordBodyReader, wordFileKind, type WordPlanReport } from '../docx/word-plan';

/** Why a document gave no plan; the pane says it in the user's language (strings.ts planDoc*). */
export type PlanDocumentProblem = 'old' | 'pdf' | 'not-docx' | 'too-large' | 'no-list' | 'damaged';

export class PlanDocumentError extends Error {
  constructor(readonly problem: PlanDocumentProblem) {
    super(`plan document: ${problem}`);
    this.name = 'PlanDocumentError';
  }
}

/** JSZip's documented StreamHelper (ZipObject#internalStream), which its typings leave out. */
interface StreamHelper {
  on(event: 'data', f: (chunk: string) => void): StreamHelper;
  on(event: 'error', f: (e: Error) => void): StreamHelper;
  on(event: 'end', f: () => void): StreamHelper;
  pause(): StreamHelper;
  resume(): StreamHelper;
}

/** A notice is tens of kilobytes; its document.xml a few megabytes. Past these it is not a notice. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
export const MAX_XML_CHARS = 64 * 1024 * 1024;

/** The plan of a .docx's 重点任务清单. Throws PlanDocumentError, or PlanError when the list has no complete task. */
export async function readPlanDocument(bytes: ArrayBuffer): Promise<WordPlanReport> {
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) throw new PlanDocumentError('too-large');
  const kind = wordFileKind(new Uint8Array(bytes, 0, Math.min(8, bytes.byteLength)));
  if (kind !== 'docx') throw new PlanDocumentError(kind === 'other' ? 'not-docx' : kind);
  const [{ default: JSZip }, { SaxesParser }] = await Promise.all([
    import(/* webpackChunkName: "plan-document" */ 'jszip'),
    import(/* webpackChunkName: "plan-document" */ 'saxes'),
  ]);
  let zip: InstanceType<typeof JSZip>;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new PlanDocumentError('damaged');
  }
  const doc = zip.file('word/document.xml');
  if (!doc) throw new PlanDocumentError('not-docx');

  const reader = wordBodyReader();
  const parser = new SaxesParser({ position: false });
  const local = (n: string) => n.slice(n.indexOf(':') + 1);
  parser.on('opentag', (t) => reader.handlers.open(local(t.name), t.attributes as Record<string, string>));
  parser.on('closetag', (t) => reader.handlers.close(local(t.name)));
  parser.on('text', reader.handlers.text);
  parser.on('cdata', reader.handlers.text);
  // Inflated piece by piece and stopped past the bound: a zip bomb never fills the pane's memory.
  await new Promise<void>((resolve, reject) => {
    let chars = 0;
    const stream = (doc as unknown as { internalStream(type: 'string'): StreamHelper }).internalStream('string');
    const fail = (problem: PlanDocumentProblem) => {
      stream.pause();
      reject(new PlanDocumentError(problem));
    };
    stream
      .on('data', (chunk) => {
        chars += chunk.length;
        if (chars > MAX_XML_CHARS) return fail('too-large');
        try {
          parser.write(chunk);
        } catch {
          fail('damaged');
        }
      })
      .on('error', () => fail('damaged'))
      .on('end', () => {
        try {
          parser.close();
          resolve();
        } catch {
          reject(new PlanDocumentError('damaged'));
        }
      })
      .resume();
  });
  const report = planFromWordBody(reader.body);
  if (!report) throw new PlanDocumentError('no-list');
  return report;
}

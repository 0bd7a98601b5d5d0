// The pane's words for the errors it knows: a reference plan that cannot be used, a Word document that
// gives no plan, a plan or units file that is invalid. Anything else is shown as thrown.

import type { Lang } from '../core/types';
import { InputError } from '../core/errors';
import { PanePlanError } from './office-actions';
import { PlanDocumentError, type PlanDocumentProblem } from './plan-document';
import { paneText, type StringKey } from './strings';

const DOCUMENT_PROBLEM: Record<PlanDocumentProblem, StringKey> = {
  old: 'planDocOld',
  pdf: 'planDocPdf',
  'not-docx': 'planDocNotDocx',
  'too-large': 'planDocTooLarge',
  'no-list': 'planDocNoList',
  damaged: 'planDocDamaged',
};

/** The error in the user's language when the pane knows it, else null. */
export function knownErrorText(e: unknown, lang: Lang): string | null {
  if (e instanceof PanePlanError) return paneText(e.key, lang, e.data);
  if (e instanceof PlanDocumentError) return paneText(DOCUMENT_PROBLEM[e.problem], lang);
  if (e instanceof InputError) return e.text(lang);
  return null;
}

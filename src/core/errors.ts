// A user's file that cannot be used (a plan file, a units configuration): typed data (messageId +
// data), like ledger issues, rendered in the user's language at the edge.

import type { Lang } from './types';

export type ErrorTexts = Record<string, { zh: string; en: string }>;

export class InputError extends Error {
  constructor(
    readonly messageId: string,
    readonly data: Record<string, string | number>,
    private readonly texts: ErrorTexts,
    private readonly fallback: { zh: string; en: string },
  ) {
    const t = texts[messageId] ?? fallback;
    const detail = InputError.detail(data);
    // `message`: zh-CN / English, for logs and callers that render nothing themselves.
    super(`${t.zh} / ${t.en}${detail ? ` (${detail})` : ''}`);
  }

  private static detail(data: Record<string, string | number>): string {
    return Object.entries(data)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ');
  }

  /** The message in one language, details after it in that language's brackets. */
  text(lang: Lang): string {
    const t = this.texts[this.messageId] ?? this.fallback;
    const detail = InputError.detail(this.data);
    if (lang === 'en') return t.en + (detail ? ` (${detail})` : '');
    return t.zh + (detail ? `（${detail}）` : '');
  }
}

/** A JSON object (not null, not an array): what plan and units files must be at their top and per entry. */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

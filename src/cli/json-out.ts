// JSON output in pieces: the text JSON.stringify(value, null, 2) gives, a task or an issue at a time,
// written as the reader takes it. A 200,000-row ledger's report is some 400 MB as one string; as
// pieces, with the output's backpressure respected, it never is.

/** Arrays down to this depth and objects above it are written member by member. */
const SPLIT_ARRAYS_TO_DEPTH = 3;
const SPLIT_OBJECTS_TO_DEPTH = 2;
const BATCH_CHARS = 64 * 1024;

/** The pieces of JSON.stringify(value, null, 2), for `value` nested `depth` levels deep. */
export function* jsonPieces(value: unknown, depth = 0): Generator<string> {
  const pad = (d: number) => '  '.repeat(d);
  if (Array.isArray(value) && value.length > 0 && depth <= SPLIT_ARRAYS_TO_DEPTH) {
    yield '[\n';
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      yield pad(depth + 1);
      // In arrays, JSON.stringify writes undefined and functions as null.
      yield* jsonPieces(v === undefined || typeof v === 'function' ? null : v, depth + 1);
      yield i < value.length - 1 ? ',\n' : '\n';
    }
    yield `${pad(depth)}]`;
    return;
  }
  const plainObject =
    value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
  if (plainObject && depth <= SPLIT_OBJECTS_TO_DEPTH) {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined && typeof v !== 'function');
    if (entries.length === 0) {
      yield '{}';
      return;
    }
    yield '{\n';
    for (let i = 0; i < entries.length; i++) {
      yield `${pad(depth + 1)}${JSON.stringify(entries[i][0])}: `;
      yield* jsonPieces(entries[i][1], depth + 1);
      yield i < entries.length - 1 ? ',\n' : '\n';
    }
    yield `${pad(depth)}}`;
    return;
  }
  // Raw line breaks come only from the indentation (those inside strings are escaped).
  const text = JSON.stringify(value, null, 2) ?? 'null';
  yield depth === 0 ? text : text.replace(/\n/g, `\n${pad(depth)}`);
}

/** A stream's write, or a test's; a stream that returns false is waited for ('drain'). */
export interface Output {
  write(s: string): unknown;
  once?(event: 'drain', listener: () => void): unknown;
}

/** Writes the pieces in batches of about 64 K characters, waiting whenever the output is full. */
export async function writePieces(out: Output, pieces: Iterable<string>): Promise<void> {
  let buf = '';
  const flush = async () => {
    const more = out.write(buf);
    buf = '';
    if (more === false && out.once) await new Promise<void>((resolve) => out.once!('drain', resolve));
  };
  for (const piece of pieces) {
    buf += piece;
    if (buf.length >= BATCH_CHARS) await flush();
  }
  if (buf) await flush();
}

// names.ts is the one source of the functions' words; localizeMetadata is how the build applies it
// and refuses to let functions.ts and names.ts drift apart.

import { FUNCTION_WORDS, FUNCTION_NAMESPACE, localizeMetadata, type FunctionsMetadata } from '../../src/functions/names';

/** Metadata shaped like custom-functions-metadata's output for the real functions. */
function generatedLike(): FunctionsMetadata {
  return {
    functions: FUNCTION_WORDS.map((w) => ({
      id: w.id,
      name: w.id,
      description: 'from JSDoc',
      parameters: w.params.map((p) => ({ name: p.key, description: 'jsdoc', type: 'any' })),
      result: {},
    })),
  };
}

describe('FUNCTION_WORDS', () => {
  it('has ASCII ids, unique, and valid Excel names in both languages', () => {
    const ids = FUNCTION_WORDS.map((w) => w.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const w of FUNCTION_WORDS) {
      expect(w.id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
      // Names: start with a letter, at least three characters, letters/digits/_/. only.
      for (const name of [w.en.name, w.zh.name]) expect(name).toMatch(/^\p{L}[\p{L}\p{N}_.]{2,}$/u);
      expect(w.zh.name).toMatch(/^[\u4e00-\u9fff]+$/);
      expect(w.zh.description).toMatch(/[\u4e00-\u9fff]/);
      for (const p of w.params) {
        expect(p.zh.name).toMatch(/^[\u4e00-\u9fff]+$/);
        expect(p.en.name).toMatch(/^[a-z_]+$/);
      }
    }
    const zhNames = FUNCTION_WORDS.map((w) => w.zh.name);
    expect(new Set(zhNames).size).toBe(zhNames.length);
  });
  it('uses the LEDGER namespace', () => {
    expect(FUNCTION_NAMESPACE).toBe('LEDGER');
  });
});

describe('localizeMetadata', () => {
  it('replaces names and descriptions and keeps everything else', () => {
    const g = generatedLike();
    g.functions[0].options = { volatile: true };
    const zh = localizeMetadata(g, 'zh');
    expect(zh.functions[0].name).toBe('任务状态');
    expect(zh.functions[0].options).toEqual({ volatile: true });
    expect(zh.functions[0].parameters![0]).toEqual({ name: '时间要求', description: FUNCTION_WORDS[0].params[0].zh.description, type: 'any' });
    expect(localizeMetadata(g, 'en').functions[0].parameters![0].name).toBe('time_requirement');
    // The input is not modified.
    expect(g.functions[0].name).toBe('TASKSTATUS');
  });

  it.each([
    ['a function missing from functions.ts', (g: FunctionsMetadata) => g.functions.pop(), /names\.ts has WORKLOADTABLE/],
    ['an extra function', (g: FunctionsMetadata) => g.functions.push({ id: 'EXTRA', name: 'EXTRA', parameters: [] }), /functions\.ts has EXTRA/],
    ['a renamed parameter', (g: FunctionsMetadata) => (g.functions[1].parameters![1].name = 'date'), /TASKDUE: parameters/],
    ['parameters out of order', (g: FunctionsMetadata) => g.functions[0].parameters!.reverse(), /TASKSTATUS: parameters/],
    ['a missing parameter', (g: FunctionsMetadata) => g.functions[3].parameters!.pop(), /UNITWORKLOAD: parameters/],
  ])('fails the build on %s', (_name, breakIt, message) => {
    const g = generatedLike();
    breakIt(g);
    expect(() => localizeMetadata(g, 'zh')).toThrow(message);
  });
});

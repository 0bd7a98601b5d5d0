// A minimal stand-in for the globals Excel's custom functions runtime provides
// (CustomFunctions.Error, CustomFunctions.ErrorCode, CustomFunctions.associate), so the functions
// can be called under jest and inside a plain vm context.

export class StubCfError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

export const ERROR_CODES = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

export interface CfStub {
  Error: typeof StubCfError;
  ErrorCode: typeof ERROR_CODES;
  associate(id: string, fn: (...args: unknown[]) => unknown): void;
  associated: Map<string, (...args: unknown[]) => unknown>;
}

export function makeCfStub(): CfStub {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  return {
    Error: StubCfError,
    ErrorCode: ERROR_CODES,
    associated,
    associate(id, fn) {
      if (associated.has(id)) throw new Error(`associated twice: ${id}`);
      associated.set(id, fn);
    },
  };
}

/** Installs the stub as the global CustomFunctions (what the TypeScript sources use under jest). */
export function installCfStub(): CfStub {
  const stub = makeCfStub();
  (globalThis as unknown as { CustomFunctions: CfStub }).CustomFunctions = stub;
  return stub;
}

/** Calls fn and returns its value, or the CustomFunctions.Error it threw as { error, message }. */
export function outcome(fn: () => unknown): unknown {
  try {
    return fn();
  } catch (e) {
    if (e instanceof StubCfError) return { error: e.code, message: e.message };
    // Anything else escaping a custom function is a bug: make the test fail loudly.
    throw e;
  }
}

/**
 * Shared pieces of the conformance runner: the vector-file shape, the result of one case, the
 * exact comparison rules of shared/vectors/economics/README.md ("Comparing"), and helpers to read
 * integer fields that may be JSON numbers or decimal strings.
 */

export interface VectorFile {
  kind?: unknown;
  cases?: unknown;
  [key: string]: unknown;
}

export interface CaseResult {
  name: string;
  ok: boolean;
  /** Why the case failed (first mismatch or the error thrown). */
  message?: string;
}

/** A kind handler runs every case of one file and reports each. */
export type KindHandler = (file: VectorFile, fileName: string) => CaseResult[];

/** Kind modules export `kinds`: kind name -> handler. */
export type KindTable = Record<string, KindHandler>;

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Read an integer field given as a JSON number or a decimal string. */
export function big(v: unknown, what = 'value'): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number') {
    if (!Number.isInteger(v)) throw new Error(`${what}: expected an integer, got ${v}`);
    return BigInt(v);
  }
  if (typeof v === 'string' && /^-?\d+$/.test(v.trim())) return BigInt(v.trim());
  throw new Error(`${what}: expected an integer, got ${JSON.stringify(v)}`);
}

export function num(v: unknown, what = 'value'): number {
  const b = big(v, what);
  if (b > BigInt(Number.MAX_SAFE_INTEGER) || b < -BigInt(Number.MAX_SAFE_INTEGER)) throw new Error(`${what}: out of range`);
  return Number(b);
}

export function bool(v: unknown, what = 'value'): boolean {
  if (typeof v !== 'boolean') throw new Error(`${what}: expected a boolean, got ${JSON.stringify(v)}`);
  return v;
}

export function str(v: unknown, what = 'value'): string {
  if (typeof v !== 'string') throw new Error(`${what}: expected a string, got ${JSON.stringify(v)}`);
  return v;
}

export function arr(v: unknown, what = 'value'): unknown[] {
  if (!Array.isArray(v)) throw new Error(`${what}: expected an array`);
  return v;
}

export function obj(v: unknown, what = 'value'): Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new Error(`${what}: expected an object`);
  return v as Record<string, unknown>;
}

function isIntegerLike(v: unknown): boolean {
  return typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v)) || (typeof v === 'string' && /^-?\d+$/.test(v));
}

/**
 * Compare `actual` against `expected` exactly. Every key of an expected object must be present in
 * `actual` and equal; arrays must have equal length and equal elements. Integers compare by value
 * whatever their JSON form. Returns undefined when equal, else a description of the first mismatch.
 */
export function compareExact(expected: unknown, actual: unknown, path = 'expected'): string | undefined {
  if (expected === null) return actual === null || actual === undefined ? undefined : `${path}: expected null, got ${show(actual)}`;
  if (typeof expected === 'boolean') return actual === expected ? undefined : `${path}: expected ${expected}, got ${show(actual)}`;
  if (typeof expected === 'number' || (typeof expected === 'string' && isIntegerLike(expected))) {
    if (typeof expected === 'string' && typeof actual === 'string' && !isIntegerLike(actual)) {
      return actual === expected ? undefined : `${path}: expected ${expected}, got ${show(actual)}`;
    }
    if (!isIntegerLike(actual)) return `${path}: expected ${expected}, got ${show(actual)}`;
    return big(expected) === big(actual) ? undefined : `${path}: expected ${expected}, got ${show(actual)}`;
  }
  if (typeof expected === 'string') return actual === expected ? undefined : `${path}: expected ${JSON.stringify(expected)}, got ${show(actual)}`;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${path}: expected an array, got ${show(actual)}`;
    if (actual.length !== expected.length) return `${path}: expected length ${expected.length}, got ${actual.length}`;
    for (let i = 0; i < expected.length; i++) {
      const m = compareExact(expected[i], actual[i], `${path}[${i}]`);
      if (m) return m;
    }
    return undefined;
  }
  if (typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return `${path}: expected an object, got ${show(actual)}`;
    const a = actual as Record<string, unknown>;
    for (const [k, v] of Object.entries(expected as Record<string, unknown>)) {
      if (!(k in a)) return `${path}.${k}: missing`;
      const m = compareExact(v, a[k], `${path}.${k}`);
      if (m) return m;
    }
    return undefined;
  }
  return `${path}: cannot compare ${show(expected)}`;
}

/** Same as compareExact but objects must also have identical key sets. */
export function compareExactStrictKeys(expected: Record<string, unknown>, actual: Record<string, unknown>, path = 'expected'): string | undefined {
  const ek = Object.keys(expected).sort();
  const ak = Object.keys(actual).sort();
  if (ek.join('\u0000') !== ak.join('\u0000')) return `${path}: keys differ: expected [${ek.join(', ')}], got [${ak.join(', ')}]`;
  return compareExact(expected, actual, path);
}

export function show(v: unknown): string {
  return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x)) ?? String(v);
}

/**
 * Build a handler for the common layout `{ kind, cases: [{ name, input, expected }] }`.
 * `run` computes the result object for one case (or throws a `PalletError`-like error whose
 * `name`/`errorName` is compared when `expected` is `{ error: "<Name>" }`).
 */
export function perCase(run: (input: Record<string, unknown>, expected: Record<string, unknown>) => unknown): KindHandler {
  return (file) => {
    const cases = arr(file.cases, 'cases');
    if (cases.length === 0) throw new Error('no cases');
    return cases.map((c, i) => {
      const cc = obj(c, `cases[${i}]`);
      const name = typeof cc.name === 'string' ? cc.name : `#${i}`;
      try {
        const input = obj(cc.input, 'input');
        const expected = obj(cc.expected, 'expected');
        let actual: unknown;
        try {
          actual = run(input, expected);
        } catch (e) {
          const en = errorName(e);
          if (en !== undefined && Object.keys(expected).length === 1 && typeof expected.error === 'string') {
            return en === expected.error ? { name, ok: true } : { name, ok: false, message: `expected error ${expected.error}, got error ${en}` };
          }
          throw e;
        }
        const m = compareExact(expected, actual);
        return m ? { name, ok: false, message: m } : { name, ok: true };
      } catch (e) {
        return { name, ok: false, message: `error: ${(e as Error).message ?? String(e)}` };
      }
    });
  };
}

/** The pallet error name carried by an error thrown by the runtime, if any. */
export function errorName(e: unknown): string | undefined {
  if (e && typeof e === 'object') {
    const o = e as { errorName?: unknown; palletError?: unknown };
    if (typeof o.errorName === 'string') return o.errorName;
    if (typeof o.palletError === 'string') return o.palletError;
  }
  return undefined;
}

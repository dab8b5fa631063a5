/**
 * JSON with Python's integers: nonces are nanosecond timestamps (~1.8e18 > 2^53) and Python ints are
 * unbounded, so bigints are written as bare digits, and `parseJsonLossless` returns integer literals
 * outside the safe range as bigint (JSON.parse would round them).
 */
import { pyFloatRepr } from './pytype.js';

/**
 * Key order of parsed objects that have integer-like keys: JavaScript objects list those first in
 * ascending order, while Python dicts (and the body hash) keep the JSON text's order.
 */
export const jsonKeyOrder = new WeakMap<object, readonly string[]>();

/** JSON text; bigint → digits; undefined object members are skipped (as JSON.stringify does). */
export function stringifyJson(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v);
    case 'number':
      if (!Number.isFinite(v)) return 'null';
      if (Object.is(v, -0)) return '-0.0';
      // an integral double beyond 2^53 is a float (ints that large are bigints here): keep it a float
      // in the text as Python does (1e+16), or a lossless reader would take it for an int
      return Number.isInteger(v) && !Number.isSafeInteger(v) ? pyFloatRepr(v) : JSON.stringify(v);
    case 'bigint':
      return v.toString();
    case 'boolean':
      return v ? 'true' : 'false';
    case 'object': {
      if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? 'null' : stringifyJson(x))).join(',')}]`;
      if (v instanceof Map) return `{${[...v.entries()].filter(([, x]) => x !== undefined).map(([k, x]) => `${JSON.stringify(String(k))}:${stringifyJson(x)}`).join(',')}}`;
      const parts: string[] = [];
      const o = v as Record<string, unknown>;
      for (const k of jsonKeyOrder.get(o) ?? Object.keys(o)) {
        const x = o[k];
        if (x === undefined || typeof x === 'function') continue;
        parts.push(`${JSON.stringify(k)}:${stringifyJson(x)}`);
      }
      return `{${parts.join(',')}}`;
    }
    default:
      return 'null';
  }
}

const INTEGER_KEY = /^(?:0|[1-9]\d*)$/;

/**
 * Whether a body needs `parseJsonLossless` to keep Python's view of dict key order (integer-like keys).
 * Bodies of synapses with bigint fields are always parsed losslessly; other long integers (the
 * dendrite's nonce in the body) are not trusted or hashed, so JSON.parse's rounding does not matter.
 */
export function needsLosslessParse(text: string): boolean {
  return /"(?:0|[1-9]\d*)"\s*:/.test(text);
}

class JsonSyntaxError extends SyntaxError {
  override name = 'JsonSyntaxError';
}

/** JSON.parse, except that integers outside ±(2^53−1) become bigint. Also accepts Python's NaN/Infinity. */
export function parseJsonLossless(text: string): unknown {
  let i = 0;
  const n = text.length;
  const ws = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const fail = (what: string): never => {
    throw new JsonSyntaxError(`invalid JSON at ${i}: ${what}`);
  };
  const value = (depth: number): unknown => {
    if (depth > 512) fail('nesting too deep');
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const o: Record<string, unknown> = {};
      let order: string[] | undefined;
      let intKey = false;
      ws();
      if (text[i] === '}') {
        i++;
        return o;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('expected a key');
        const k = str();
        if (!intKey && INTEGER_KEY.test(k)) intKey = true;
        (order ??= []).push(k);
        ws();
        if (text[i] !== ':') fail("expected ':'");
        i++;
        Object.defineProperty(o, k, { value: value(depth + 1), enumerable: true, writable: true, configurable: true });
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          if (intKey && order) jsonKeyOrder.set(o, [...new Set(order)]);
          return o;
        } else fail("expected ',' or '}'");
      }
    }
    if (c === '[') {
      i++;
      const a: unknown[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return a;
      }
      for (;;) {
        a.push(value(depth + 1));
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return a;
        } else fail("expected ',' or ']'");
      }
    }
    if (c === '"') return str();
    if (text.startsWith('true', i)) return (i += 4), true;
    if (text.startsWith('false', i)) return (i += 5), false;
    if (text.startsWith('null', i)) return (i += 4), null;
    if (text.startsWith('NaN', i)) return (i += 3), NaN;
    if (text.startsWith('Infinity', i)) return (i += 8), Infinity;
    if (text.startsWith('-Infinity', i)) return (i += 9), -Infinity;
    return num();
  };
  const str = (): string => {
    const start = i;
    i++;
    let escaped = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c === 92) {
        escaped = true;
        i += 2;
      } else i++;
    }
    if (i >= n) fail('unterminated string');
    i++;
    const raw = text.slice(start, i);
    return escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
  };
  const num = (): number | bigint => {
    const m = /^-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail('unexpected token');
    i += m![0].length;
    const lit = m![0];
    if (m![1] === undefined && m![2] === undefined) {
      const v = Number(lit);
      return Number.isSafeInteger(v) ? v : BigInt(lit);
    }
    return Number(lit);
  };
  const out = value(0);
  ws();
  if (i !== n) fail('trailing characters');
  return out;
}

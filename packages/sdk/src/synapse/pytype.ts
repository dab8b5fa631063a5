/**
 * Python value shapes of synapse fields, derived once from zod schemas, and CPython `str()`/`repr()`
 * rendering driven by them (spec/sdk.md §1.4: the body hash is SHA3-256 over `str(model_dump()[field])`).
 *
 * JSON loses the int/float distinction (`3.0` parses as `3`) and the tuple/list distinction; the zod
 * schema restores them: `z.number()` is a Python `float`, `z.number().int()`/`z.int()`/`z.bigint()` an
 * `int`, `z.tuple` a `tuple`, a nested `z.object` a pydantic model (dumped as a dict in declaration
 * order, absent optional fields as `None`), `z.record` a `dict` in insertion order.
 */
import type { z } from 'zod';
import { jsonKeyOrder } from './json.js';

export type PyType =
  | { readonly kind: 'int' }
  | { readonly kind: 'float' }
  | { readonly kind: 'str' }
  | { readonly kind: 'bool' }
  | { readonly kind: 'any' }
  | { readonly kind: 'optional'; readonly inner: PyType }
  | { readonly kind: 'list'; readonly item: PyType }
  | { readonly kind: 'tuple'; readonly items: readonly PyType[]; readonly rest: PyType | undefined }
  | { readonly kind: 'dict'; readonly value: PyType }
  | { readonly kind: 'model'; readonly fields: readonly (readonly [string, PyType])[] }
  | { readonly kind: 'union'; readonly options: readonly PyType[] };

const ANY: PyType = { kind: 'any' };

interface ZodDefLike {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly items?: readonly z.ZodType[];
  readonly rest?: z.ZodType | null;
  readonly valueType?: z.ZodType;
  readonly shape?: Record<string, z.ZodType>;
  readonly options?: readonly z.ZodType[];
  readonly values?: readonly unknown[];
  readonly in?: z.ZodType;
  readonly out?: z.ZodType;
  readonly getter?: () => z.ZodType;
}

function defOf(schema: z.ZodType): ZodDefLike {
  return (schema as unknown as { _zod: { def: ZodDefLike } })._zod.def;
}

/** True when the zod schema accepts a missing key (`.optional()`, `.default()`): a Python field with a default. */
export function hasDefault(schema: z.ZodType): boolean {
  const optin = (schema as unknown as { _zod: { optin?: string } })._zod.optin;
  if (optin === 'optional' || optin === 'defaulted') return true;
  const type = defOf(schema).type;
  return type === 'default' || type === 'prefault' || type === 'optional';
}

/** The Python shape of a zod schema. Unknown constructs map to `any` (rendered from the runtime value). */
export function pyTypeOf(schema: z.ZodType, depth = 0): PyType {
  if (depth > 64) return ANY;
  const d = defOf(schema);
  const sub = (s: z.ZodType | undefined | null): PyType => (s ? pyTypeOf(s, depth + 1) : ANY);
  switch (d.type) {
    case 'number': {
      const isInt = (schema as unknown as { isInt?: boolean }).isInt === true;
      return { kind: isInt ? 'int' : 'float' };
    }
    case 'bigint':
      return { kind: 'int' };
    case 'string':
    case 'enum':
      return { kind: 'str' };
    case 'boolean':
      return { kind: 'bool' };
    case 'literal': {
      const v = d.values?.[0];
      if (typeof v === 'string') return { kind: 'str' };
      if (typeof v === 'boolean') return { kind: 'bool' };
      if (typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v))) return { kind: 'int' };
      if (typeof v === 'number') return { kind: 'float' };
      return ANY;
    }
    case 'optional':
    case 'nullable':
      return { kind: 'optional', inner: sub(d.innerType) };
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return sub(d.innerType);
    case 'pipe':
      return sub(d.out ?? d.in);
    case 'lazy':
      return d.getter ? sub(d.getter()) : ANY;
    case 'array':
      return { kind: 'list', item: sub(d.element) };
    case 'tuple':
      return { kind: 'tuple', items: (d.items ?? []).map((s) => sub(s)), rest: d.rest ? sub(d.rest) : undefined };
    case 'record':
    case 'map':
      return { kind: 'dict', value: sub(d.valueType) };
    case 'object':
      return { kind: 'model', fields: Object.entries(d.shape ?? {}).map(([k, s]) => [k, sub(s)] as const) };
    case 'union':
      return { kind: 'union', options: (d.options ?? []).map((s) => sub(s)) };
    default:
      return ANY;
  }
}

// ------------------------------------------------------------------------------------------ rendering

/** CPython `repr(float)` ('r' format: shortest round-trip digits; exponent when decpt <= -4 or > 16). */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const [mant, expStr] = Math.abs(x).toExponential().split('e');
  const digits = mant.replace('.', '');
  const decpt = Number(expStr) + 1;
  if (decpt <= -4 || decpt > 16) {
    const e = decpt - 1;
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  if (decpt <= 0) return `${sign}0.${'0'.repeat(-decpt)}${digits}`;
  if (decpt < digits.length) return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
  return `${sign}${digits}${'0'.repeat(decpt - digits.length)}.0`;
}

function pyIntRepr(v: number | bigint): string {
  if (typeof v === 'bigint') return v.toString();
  if (Number.isSafeInteger(v)) return String(v);
  if (Number.isInteger(v)) return BigInt(v).toString();
  // a non-integral number where an int was declared: pydantic would have refused it; render as float
  return pyFloatRepr(v);
}

// Python's str.isprintable(): false for Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs except the ASCII space.
const NON_PRINTABLE = /[\p{C}\p{Z}]/u;

/** CPython `repr(str)`: quote choice, backslash escapes, non-printable code points as \x/\u/\U. */
export function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else if (cp < 0x7f) out += ch;
    else if (ch !== ' ' && NON_PRINTABLE.test(ch)) {
      if (cp <= 0xff) out += `\\x${cp.toString(16).padStart(2, '0')}`;
      else if (cp <= 0xffff) out += `\\u${cp.toString(16).padStart(4, '0')}`;
      else out += `\\U${cp.toString(16).padStart(8, '0')}`;
    } else out += ch;
  }
  return out + quote;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);
}

function chooseUnion(options: readonly PyType[], v: unknown): PyType {
  const want = (k: PyType['kind']): PyType | undefined => options.find((o) => o.kind === k);
  if (v === null || v === undefined) return ANY;
  if (typeof v === 'boolean') return want('bool') ?? ANY;
  if (typeof v === 'string') return want('str') ?? ANY;
  if (typeof v === 'bigint') return want('int') ?? ANY;
  if (typeof v === 'number') return (Number.isInteger(v) ? want('int') ?? want('float') : want('float') ?? want('int')) ?? ANY;
  if (Array.isArray(v)) return want('list') ?? want('tuple') ?? ANY;
  return want('model') ?? want('dict') ?? ANY;
}

function keysOf(v: Record<string, unknown>, raw: unknown): string[] {
  const order = typeof raw === 'object' && raw !== null ? jsonKeyOrder.get(raw) : undefined;
  return order ? order.filter((k) => Object.hasOwn(v, k)) : Object.keys(v);
}

function child(raw: unknown, key: string | number): unknown {
  return typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[key] : undefined;
}

/**
 * CPython `repr(value)` for a value of Python shape `t` (containers repr their elements). `raw`, when
 * given, is the same value as parsed from JSON text (parseJsonLossless): dict keys follow its order.
 */
export function pyRepr(v: unknown, t: PyType = ANY, raw?: unknown): string {
  if (t.kind === 'optional') return v === null || v === undefined ? 'None' : pyRepr(v, t.inner, raw);
  if (t.kind === 'union') return pyRepr(v, chooseUnion(t.options, v), raw);
  if (v === null || v === undefined) return 'None';
  switch (t.kind) {
    case 'int':
      if (typeof v === 'number' || typeof v === 'bigint') return pyIntRepr(v);
      break;
    case 'float':
      if (typeof v === 'number') return pyFloatRepr(v);
      if (typeof v === 'bigint') return pyFloatRepr(Number(v));
      break;
    case 'str':
      if (typeof v === 'string') return pyStrRepr(v);
      break;
    case 'bool':
      if (typeof v === 'boolean') return v ? 'True' : 'False';
      break;
    case 'list':
      if (Array.isArray(v)) return `[${v.map((x, i) => pyRepr(x, t.item, child(raw, i))).join(', ')}]`;
      break;
    case 'tuple':
      if (Array.isArray(v)) {
        const parts = v.map((x, i) => pyRepr(x, i < t.items.length ? t.items[i] : t.rest ?? ANY, child(raw, i)));
        return parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
      }
      break;
    case 'dict':
      if (v instanceof Map) return `{${[...v.entries()].map(([k, x]) => `${pyRepr(k)}: ${pyRepr(x, t.value)}`).join(', ')}}`;
      if (isPlainObject(v)) return `{${keysOf(v, raw).map((k) => `${pyStrRepr(k)}: ${pyRepr(v[k], t.value, child(raw, k))}`).join(', ')}}`;
      break;
    case 'model':
      if (isPlainObject(v)) return `{${t.fields.map(([k, ft]) => `${pyStrRepr(k)}: ${pyRepr(v[k], ft, child(raw, k))}`).join(', ')}}`;
      break;
    case 'any':
      break;
  }
  // shape unknown or the value does not match it: render from the runtime value
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return Number.isInteger(v) ? pyIntRepr(v) : pyFloatRepr(v);
  if (typeof v === 'string') return pyStrRepr(v);
  if (Array.isArray(v)) return `[${v.map((x, i) => pyRepr(x, ANY, child(raw, i))).join(', ')}]`;
  if (v instanceof Map || isPlainObject(v)) return pyRepr(v, { kind: 'dict', value: ANY }, raw);
  return pyStrRepr(String(v));
}

/** CPython `str(value)`: like repr except that a top-level string is itself. */
export function pyStr(v: unknown, t: PyType = ANY, raw?: unknown): string {
  if (typeof v === 'string') {
    const k = t.kind === 'optional' ? t.inner.kind : t.kind === 'union' ? chooseUnion(t.options, v).kind : t.kind;
    if (k === 'str' || k === 'any') return v;
  }
  return pyRepr(v, t, raw);
}

/**
 * What Python's `json.dumps(type(value)())` gives for a required field's `bt_header_input_obj_*`
 * placeholder (spec/sdk.md §1.3), or undefined when the value is None (Python skips it).
 */
export function pyEmptyJson(v: unknown, t: PyType): string | undefined {
  if (v === null || v === undefined) return undefined;
  const inner = t.kind === 'optional' ? t.inner : t.kind === 'union' ? chooseUnion(t.options, v) : t;
  if (typeof v === 'boolean') return 'false';
  if (typeof v === 'string') return '""';
  if (typeof v === 'bigint') return '0';
  if (typeof v === 'number') return inner.kind === 'float' || (inner.kind === 'any' && !Number.isInteger(v)) ? '0.0' : '0';
  if (Array.isArray(v)) return '[]';
  return '{}';
}

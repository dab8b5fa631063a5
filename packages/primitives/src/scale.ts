/**
 * Type descriptors with SCALE encode/decode. One descriptor describes a chain type three ways:
 * its TypeScript value (what the runtime manipulates), its SCALE bytes (what storage, events and
 * extrinsics carry on the wire) and its metadata shape (the node derives the V14/V15 portable type
 * registry from the same descriptor). The runtime's value conventions:
 *   u8/u16/u32/i8/i16/i32 -> number; u64/u128/i64/i128 -> bigint; bool -> boolean;
 *   AccountId32 / H256 / fixed byte arrays -> lowercase hex string without 0x (cheap Map keys);
 *   Vec<u8> -> Uint8Array; Vec<T> -> readonly T[]; Option<T> -> T | undefined;
 *   structs -> plain objects; enums -> { type: 'Variant', value?: ... }; tuples -> readonly arrays;
 *   Compact<T> -> the value of T.
 */

import * as s from 'scale-ts';
import type { Codec } from 'scale-ts';

export type Primitive = 'u8' | 'u16' | 'u32' | 'u64' | 'u128' | 'i8' | 'i16' | 'i32' | 'i64' | 'i128' | 'bool';

export type TypeDef =
  | { readonly kind: 'primitive'; readonly prim: Primitive; readonly name?: string; /** decode to bigint even when small (block numbers) */ readonly big?: boolean }
  | { readonly kind: 'compact'; readonly inner: TypeDef; readonly name?: string }
  | { readonly kind: 'bytes'; readonly name?: string }
  | { readonly kind: 'byteArray'; readonly len: number; readonly name?: string; readonly path?: readonly string[] }
  | { readonly kind: 'vec'; readonly inner: TypeDef; readonly name?: string }
  | { readonly kind: 'option'; readonly inner: TypeDef; readonly name?: string }
  | { readonly kind: 'tuple'; readonly items: readonly TypeDef[]; readonly name?: string }
  | { readonly kind: 'struct'; readonly fields: readonly (readonly [string, TypeDef])[]; readonly name: string; readonly path?: readonly string[] }
  | { readonly kind: 'enum'; readonly variants: readonly EnumVariant[]; readonly name: string; readonly path?: readonly string[] }
  | { readonly kind: 'str'; readonly name?: string }
  | LazyTypeDef;

/**
 * A type resolved on first use (recursive types such as RuntimeCall, whose variants are only known
 * once every pallet is assembled). `toWire`/`fromWire` adapt the runtime's value shape.
 */
export interface LazyTypeDef {
  readonly kind: 'lazy';
  readonly name: string;
  readonly resolve: () => TypeDef;
  readonly toWire?: (v: unknown) => unknown;
  readonly fromWire?: (v: unknown) => unknown;
}

export interface EnumVariant {
  readonly name: string;
  readonly index: number;
  /** Unnamed (tuple) fields; `undefined` for a unit variant. */
  readonly fields?: readonly TypeDef[];
  /** Named fields (struct variant). */
  readonly named?: readonly (readonly [string, TypeDef])[];
}

/** Value of an enum: the variant name and its payload (tuple variants: array; named: object). */
export interface EnumValue {
  readonly type: string;
  readonly value?: unknown;
}

const prim = (p: Primitive, name?: string): TypeDef => ({ kind: 'primitive', prim: p, name });

/** Descriptor constructors. */
export const T = {
  u8: prim('u8'),
  u16: prim('u16'),
  u32: prim('u32'),
  u64: prim('u64'),
  u128: prim('u128'),
  i8: prim('i8'),
  i16: prim('i16'),
  i32: prim('i32'),
  i64: prim('i64'),
  i128: prim('i128'),
  bool: prim('bool'),
  /** `BlockNumberFor<T>`: u32 on the wire, bigint in the runtime like every block number. */
  blockNumber: { kind: 'primitive', prim: 'u32', name: 'BlockNumber', big: true } as TypeDef,
  str: { kind: 'str' } as TypeDef,
  bytes: { kind: 'bytes' } as TypeDef,
  accountId: { kind: 'byteArray', len: 32, name: 'AccountId32', path: ['sp_core', 'crypto', 'AccountId32'] } as TypeDef,
  h256: { kind: 'byteArray', len: 32, name: 'H256', path: ['primitive_types', 'H256'] } as TypeDef,
  h160: { kind: 'byteArray', len: 20, name: 'H160', path: ['primitive_types', 'H160'] } as TypeDef,
  byteArray: (len: number, name?: string): TypeDef => ({ kind: 'byteArray', len, name }),
  compact: (inner: TypeDef): TypeDef => ({ kind: 'compact', inner }),
  vec: (inner: TypeDef, name?: string): TypeDef => ({ kind: 'vec', inner, name }),
  option: (inner: TypeDef): TypeDef => ({ kind: 'option', inner }),
  tuple: (...items: TypeDef[]): TypeDef => ({ kind: 'tuple', items }),
  struct: (name: string, fields: Record<string, TypeDef>, path?: string[]): TypeDef => ({
    kind: 'struct',
    name,
    fields: Object.entries(fields),
    path,
  }),
  enum: (name: string, variants: (string | Omit<EnumVariant, 'index'> & { index?: number })[], path?: string[]): TypeDef => ({
    kind: 'enum',
    name,
    path,
    variants: variants.map((v, i) => (typeof v === 'string' ? { name: v, index: i } : { ...v, index: v.index ?? i })),
  }),
  /** A named alias of a primitive (e.g. NetUid = u16) kept for metadata readability. */
  alias: (name: string, inner: TypeDef): TypeDef => ({ ...inner, name }) as TypeDef,
} as const;

export class ScaleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScaleError';
  }
}

// ---------------------------------------------------------------------------------------------
// Codecs: each descriptor maps (once, memoised) to a scale-ts codec; the adapters below convert
// between scale-ts's value shapes and the runtime conventions (hex account ids, numbers for small
// integers, `{ type, value }` enums).

export function hexToBytes(hex: string): Uint8Array {
  const h = hex.startsWith('0x') ? hex.slice(2) : hex;
  if (h.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(h)) throw new ScaleError('invalid hex string');
  const out = new Uint8Array(h.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(h.substr(i * 2, 2), 16);
  return out;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
export function bytesToHex(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += HEX[b[i]];
  return s;
}

/** Hard cap on any decoded vector length: protects against hostile length prefixes. */
export const MAX_DECODE_ITEMS = 1 << 24;

type AnyCodec = Codec<unknown>;

const PRIM_CODECS: Record<Primitive, AnyCodec> = {
  u8: s.u8 as AnyCodec,
  u16: s.u16 as AnyCodec,
  u32: s.u32 as AnyCodec,
  u64: s.u64 as AnyCodec,
  u128: s.u128 as AnyCodec,
  i8: s.i8 as AnyCodec,
  i16: s.i16 as AnyCodec,
  i32: s.i32 as AnyCodec,
  i64: s.i64 as AnyCodec,
  i128: s.i128 as AnyCodec,
  bool: s.bool as AnyCodec,
};
const SMALL: ReadonlySet<Primitive> = new Set(['u8', 'u16', 'u32', 'i8', 'i16', 'i32']);

function intCheck(p: Primitive, v: unknown): unknown {
  if (p === 'bool') {
    if (typeof v !== 'boolean') throw new ScaleError(`expected a boolean, got ${typeof v}`);
    return v;
  }
  if (typeof v !== 'bigint' && !(typeof v === 'number' && Number.isInteger(v))) throw new ScaleError(`${p}: expected an integer, got ${typeof v}`);
  const bits = BigInt(p.slice(1));
  const x = BigInt(v);
  const [lo, hi] = p.startsWith('i') ? [-(1n << (bits - 1n)), (1n << (bits - 1n)) - 1n] : [0n, (1n << bits) - 1n];
  if (x < lo || x > hi) throw new ScaleError(`${x} out of range for ${p}`);
  return SMALL.has(p) ? Number(x) : x;
}

const codecCache = new WeakMap<TypeDef, AnyCodec>();

/** The scale-ts codec of a descriptor (memoised). */
export function codecOf(t: TypeDef): AnyCodec {
  let c = codecCache.get(t);
  if (!c) {
    c = buildCodec(t);
    codecCache.set(t, c);
  }
  return c;
}

function buildCodec(t: TypeDef): AnyCodec {
  switch (t.kind) {
    case 'lazy': {
      const toWire = t.toWire ?? ((v: unknown) => v);
      const fromWire = t.fromWire ?? ((v: unknown) => v);
      return s.createCodec(
        (v: unknown) => codecOf(t.resolve()).enc(toWire(v)),
        s.createDecoder((b) => fromWire(codecOf(t.resolve()).dec(b))),
      ) as AnyCodec;
    }
    case 'primitive': {
      const base = PRIM_CODECS[t.prim];
      const big = t.big === true;
      return s.enhanceCodec(base, (v: unknown) => intCheck(t.prim, v), (v: unknown) => (big ? BigInt(v as number) : v)) as AnyCodec;
    }
    case 'compact': {
      const small = t.inner.kind === 'primitive' && SMALL.has(t.inner.prim);
      return s.enhanceCodec(
        s.compact as Codec<number | bigint>,
        (v: unknown) => {
          if (typeof v !== 'bigint' && !(typeof v === 'number' && Number.isInteger(v))) throw new ScaleError('compact: expected an integer');
          if (BigInt(v) < 0n) throw new ScaleError('compact: negative');
          return v as number | bigint;
        },
        (v: number | bigint) => (small ? Number(v) : BigInt(v)),
      ) as AnyCodec;
    }
    case 'bytes':
      return s.enhanceCodec(
        s.Bytes(),
        (v: unknown) => {
          if (!(v instanceof Uint8Array)) throw new ScaleError('expected bytes');
          return v;
        },
        (v: Uint8Array) => v.slice(),
      ) as AnyCodec;
    case 'str':
      return s.str as AnyCodec;
    case 'byteArray':
      return s.enhanceCodec(
        s.Bytes(t.len),
        (v: unknown) => {
          const b = typeof v === 'string' ? hexToBytes(v) : v instanceof Uint8Array ? v : undefined;
          if (!b || b.length !== t.len) throw new ScaleError(`expected ${t.len} bytes`);
          return b;
        },
        (b: Uint8Array) => bytesToHex(b),
      ) as AnyCodec;
    case 'vec': {
      if (t.inner.kind === 'primitive' && t.inner.prim === 'u8') return codecOf(T.bytes);
      const inner = codecOf(t.inner);
      return s.enhanceCodec(
        s.Vector(inner) as Codec<unknown[]>,
        (v: unknown) => {
          if (!Array.isArray(v)) throw new ScaleError('expected an array');
          return v;
        },
        (v: unknown[]) => v,
      ) as AnyCodec;
    }
    case 'option':
      return s.Option(codecOf(t.inner)) as AnyCodec;
    case 'tuple':
      return s.enhanceCodec(
        s.Tuple(...(t.items.map(codecOf) as [AnyCodec, ...AnyCodec[]])) as unknown as AnyCodec,
        (v: unknown) => {
          if (!Array.isArray(v) || v.length !== t.items.length) throw new ScaleError(`expected a ${t.items.length}-tuple`);
          return v;
        },
        (v: unknown) => v,
      );
    case 'struct': {
      const fields: Record<string, AnyCodec> = {};
      for (const [k, ft] of t.fields) fields[k] = codecOf(ft);
      return s.enhanceCodec(
        s.Struct(fields as never) as unknown as AnyCodec,
        (v: unknown) => {
          if (v === null || typeof v !== 'object') throw new ScaleError(`${t.name}: expected an object`);
          return v;
        },
        (v: unknown) => v,
      );
    }
    case 'enum': {
      const inner: Record<string, AnyCodec> = {};
      for (const v of t.variants) {
        if (v.fields) inner[v.name] = v.fields.length === 1 ? codecOf(v.fields[0]) : (s.Tuple(...(v.fields.map(codecOf) as [AnyCodec, ...AnyCodec[]])) as unknown as AnyCodec);
        else if (v.named) inner[v.name] = codecOf({ kind: 'struct', name: v.name, fields: v.named });
        else inner[v.name] = s._void as AnyCodec;
      }
      const indexes = t.variants.map((v) => v.index);
      const en = s.Enum(inner as never, indexes as never) as unknown as Codec<{ tag: string; value: unknown }>;
      return s.enhanceCodec(
        en,
        (v: unknown) => {
          const ev = typeof v === 'string' ? { type: v } : (v as EnumValue | undefined);
          if (!ev || !t.variants.some((x) => x.name === ev.type)) throw new ScaleError(`unknown variant ${String(ev?.type)} of ${t.name}`);
          return { tag: ev.type, value: ev.value };
        },
        (x: { tag: string; value: unknown }) => (x.value === undefined ? { type: x.tag } : { type: x.tag, value: x.value }),
      ) as AnyCodec;
    }
  }
}

export function encode(t: TypeDef, v: unknown): Uint8Array {
  try {
    return codecOf(t).enc(v);
  } catch (e) {
    if (e instanceof ScaleError) throw new ScaleError(`${t.name ?? t.kind}: ${e.message}`);
    throw new ScaleError(`${t.name ?? t.kind}: cannot encode (${(e as Error).message})`);
  }
}

/** Concatenate the SCALE encodings of several values. */
export function encodeAll(items: readonly (readonly [TypeDef, unknown])[]): Uint8Array {
  const parts = items.map(([t, v]) => encode(t, v));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

export function encodeCompactBytes(v: bigint | number): Uint8Array {
  return s.compact.enc(v);
}

/** Decode exactly one value; malformed input or trailing bytes throw a ScaleError. */
export function decode(t: TypeDef, bytes: Uint8Array): unknown {
  const [value, used] = decodePrefix(t, bytes);
  if (used !== bytes.length) throw new ScaleError(`${bytes.length - used} trailing bytes`);
  return value;
}

/** Decode one value from the start of `bytes`; returns the value and the bytes consumed. */
export function decodePrefix(t: TypeDef, input: Uint8Array): [unknown, number] {
  // scale-ts reads from the start of the underlying ArrayBuffer: give it a view that starts there
  const bytes = input.byteOffset === 0 && input.byteLength === input.buffer.byteLength ? input : input.slice();
  checkLengths(t, bytes);
  try {
    // Decode the value followed by "the rest of the input" to learn how many bytes it used.
    const [v, rest] = s.Tuple(codecOf(t), s.Bytes(Infinity) as unknown as AnyCodec).dec(bytes) as [unknown, Uint8Array];
    return [v, bytes.length - rest.length];
  } catch (e) {
    if (e instanceof ScaleError) throw e;
    throw new ScaleError(`${t.name ?? t.kind}: malformed input (${(e as Error).message})`);
  }
}

/** Reject length prefixes that cannot possibly fit the input before any allocation happens. */
function checkLengths(t: TypeDef, bytes: Uint8Array): void {
  if (t.kind === 'vec' || t.kind === 'bytes' || t.kind === 'str') {
    if (bytes.length === 0) throw new ScaleError('unexpected end of input');
    const b0 = bytes[0];
    const mode = b0 & 3;
    let n: bigint;
    if (mode === 0) n = BigInt(b0 >> 2);
    else if (mode === 1) n = bytes.length >= 2 ? BigInt((b0 | (bytes[1] << 8)) >> 2) : 0n;
    else if (mode === 2) n = bytes.length >= 4 ? BigInt(((b0 | (bytes[1] << 8) | (bytes[2] << 16)) >>> 0) + bytes[3] * 2 ** 24) >> 2n : 0n;
    else n = BigInt(MAX_DECODE_ITEMS) + 1n;
    if (n > BigInt(bytes.length)) throw new ScaleError(`length prefix ${n} exceeds the ${bytes.length}-byte input`);
  }
}

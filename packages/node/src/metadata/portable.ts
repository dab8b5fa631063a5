/**
 * The portable type registry (scale-info's `PortableRegistry`) built from our TypeDef descriptors.
 * Each descriptor maps to one type id: anonymous shapes (primitives, compacts, sequences, options,
 * tuples, plain arrays) are deduplicated structurally, named structs and enums by identity.
 * Lazy descriptors (RuntimeCall) resolve to their target, so recursive types share one id.
 *
 * Types that our runtime never encodes but clients need (extension wrappers, `Result`, BTreeMap…)
 * can be added directly with `addRaw`.
 */
import type { Primitive, TypeDef } from '@tensorium/primitives';
import { ScaleWriter } from './scaleWriter.js';

export type SiPrimitive = 'bool' | 'char' | 'str' | 'u8' | 'u16' | 'u32' | 'u64' | 'u128' | 'u256' | 'i8' | 'i16' | 'i32' | 'i64' | 'i128' | 'i256';
const SI_PRIMS: readonly SiPrimitive[] = ['bool', 'char', 'str', 'u8', 'u16', 'u32', 'u64', 'u128', 'u256', 'i8', 'i16', 'i32', 'i64', 'i128', 'i256'];

export interface SiField {
  readonly name?: string;
  readonly type: number;
  readonly typeName?: string;
  readonly docs?: readonly string[];
}

export interface SiVariant {
  readonly name: string;
  readonly fields: readonly SiField[];
  readonly index: number;
  readonly docs?: readonly string[];
}

export type SiDef =
  | { readonly tag: 'composite'; readonly fields: readonly SiField[] }
  | { readonly tag: 'variant'; readonly variants: readonly SiVariant[] }
  | { readonly tag: 'sequence'; readonly type: number }
  | { readonly tag: 'array'; readonly len: number; readonly type: number }
  | { readonly tag: 'tuple'; readonly types: readonly number[] }
  | { readonly tag: 'primitive'; readonly prim: SiPrimitive }
  | { readonly tag: 'compact'; readonly type: number };

export interface SiParam {
  readonly name: string;
  readonly type?: number;
}

export interface SiType {
  readonly id: number;
  readonly path: readonly string[];
  readonly params: readonly SiParam[];
  readonly def: SiDef;
  readonly docs: readonly string[];
}

export interface SiTypeInput {
  readonly path?: readonly string[];
  readonly params?: readonly SiParam[];
  readonly def: SiDef;
  readonly docs?: readonly string[];
}

/** Hooks to adjust what the registry writes for named descriptors (paths, type params). */
export interface RegistryHooks {
  /** Rewrite a struct/enum path (e.g. `['SubtensorModule','Call']` -> `['pallet_subtensor','pallet','Call']`). */
  readonly path?: (t: TypeDef & { readonly kind: 'struct' | 'enum' }, path: readonly string[]) => readonly string[];
  /** Replace a lazy descriptor's target (e.g. pin `RuntimeCall` to the runtime's own enum). */
  readonly lazy?: (t: TypeDef & { readonly kind: 'lazy' }) => TypeDef | undefined;
  /** Type parameters of a struct/enum (clients read some, e.g. `EventRecord<E, T>`). */
  readonly params?: (t: TypeDef & { readonly kind: 'struct' | 'enum' }, path: readonly string[], reg: PortableRegistryBuilder) => readonly SiParam[];
}

export class PortableRegistryBuilder {
  private readonly types: (SiType | undefined)[] = [];
  private readonly byIdentity = new Map<TypeDef, number>();
  private readonly byKey = new Map<string, number>();

  constructor(private readonly hooks: RegistryHooks = {}) {}

  get size(): number {
    return this.types.length;
  }

  /** Every type, by id (throws if a reserved id was never filled). */
  all(): readonly SiType[] {
    return this.types.map((t, i) => {
      if (!t) throw new Error(`type ${i} reserved but never defined`);
      return t;
    });
  }

  get(id: number): SiType {
    const t = this.types[id];
    if (!t) throw new Error(`no type ${id}`);
    return t;
  }

  private reserve(): number {
    this.types.push(undefined);
    return this.types.length - 1;
  }

  private fill(id: number, t: SiTypeInput): number {
    this.types[id] = { id, path: t.path ?? [], params: t.params ?? [], def: t.def, docs: t.docs ?? [] };
    return id;
  }

  /** Add a type by structure, deduplicated by `key` when given. */
  addRaw(t: SiTypeInput, key?: string): number {
    if (key !== undefined) {
      const found = this.byKey.get(key);
      if (found !== undefined) return found;
    }
    const id = this.fill(this.reserve(), t);
    if (key !== undefined) this.byKey.set(key, id);
    return id;
  }

  /** Reserve an id for a recursive raw type; fill it with `define`. */
  reserveRaw(key: string): [number, boolean] {
    const found = this.byKey.get(key);
    if (found !== undefined) return [found, false];
    const id = this.reserve();
    this.byKey.set(key, id);
    return [id, true];
  }

  define(id: number, t: SiTypeInput): void {
    this.fill(id, t);
  }

  prim(p: SiPrimitive): number {
    return this.addRaw({ def: { tag: 'primitive', prim: p } }, `prim:${p}`);
  }

  sequence(inner: number): number {
    return this.addRaw({ def: { tag: 'sequence', type: inner } }, `seq:${inner}`);
  }

  array(len: number, inner: number): number {
    return this.addRaw({ def: { tag: 'array', len, type: inner } }, `arr:${len}:${inner}`);
  }

  tuple(items: readonly number[]): number {
    return this.addRaw({ def: { tag: 'tuple', types: items } }, `tup:${items.join(',')}`);
  }

  compact(inner: number): number {
    return this.addRaw({ def: { tag: 'compact', type: inner } }, `cpt:${inner}`);
  }

  option(inner: number): number {
    return this.addRaw(
      {
        path: ['Option'],
        params: [{ name: 'T', type: inner }],
        def: { tag: 'variant', variants: [{ name: 'None', fields: [], index: 0 }, { name: 'Some', fields: [{ type: inner }], index: 1 }] },
      },
      `opt:${inner}`,
    );
  }

  result(ok: number, err: number): number {
    return this.addRaw(
      {
        path: ['Result'],
        params: [
          { name: 'T', type: ok },
          { name: 'E', type: err },
        ],
        def: {
          tag: 'variant',
          variants: [
            { name: 'Ok', fields: [{ type: ok }], index: 0 },
            { name: 'Err', fields: [{ type: err }], index: 1 },
          ],
        },
      },
      `res:${ok}:${err}`,
    );
  }

  /** A composite with unnamed fields (newtype wrappers such as `AccountId32([u8; 32])`). */
  newtype(path: readonly string[], inner: readonly number[], params: readonly SiParam[] = [], typeNames: readonly (string | undefined)[] = []): number {
    return this.addRaw({ path, params, def: { tag: 'composite', fields: inner.map((type, i) => ({ type, typeName: typeNames[i] })) } }, `new:${path.join('::')}:${inner.join(',')}:${params.map((p) => `${p.name}=${p.type ?? ''}`).join(',')}`);
  }

  /** The id of a descriptor (adding it and everything it refers to). */
  idOf(t: TypeDef): number {
    const known = this.byIdentity.get(t);
    if (known !== undefined) return known;
    const id = this.build(t);
    this.byIdentity.set(t, id);
    return id;
  }

  private build(t: TypeDef): number {
    switch (t.kind) {
      case 'lazy':
        return this.idOf(this.hooks.lazy?.(t) ?? t.resolve());
      case 'primitive':
        return this.prim(t.prim as Primitive);
      case 'str':
        return this.prim('str');
      case 'compact':
        return this.compact(this.idOf(t.inner));
      case 'bytes':
        return this.sequence(this.prim('u8'));
      case 'vec':
        return this.sequence(this.idOf(t.inner));
      case 'option':
        return this.option(this.idOf(t.inner));
      case 'tuple':
        return this.tuple(t.items.map((x) => this.idOf(x)));
      case 'byteArray': {
        const arr = this.array(t.len, this.prim('u8'));
        if (!t.path) return arr;
        return this.newtype(t.path, [arr], [], [`[u8; ${t.len}]`]);
      }
      case 'struct': {
        const id = this.reserve();
        this.byIdentity.set(t, id);
        const path = this.pathOf(t);
        const fields = t.fields.map(([name, ft]) => ({ name, type: this.idOf(ft), typeName: typeNameOf(ft) }));
        const params = this.hooks.params?.(t, path, this) ?? [];
        return this.fill(id, { path, params, def: { tag: 'composite', fields } });
      }
      case 'enum': {
        // `Result<T, E>` must carry its type parameters (clients resolve it by path and params)
        const [ok, err] = t.variants;
        if (t.name === 'Result' && t.variants.length === 2 && ok.name === 'Ok' && err.name === 'Err' && ok.fields?.length === 1 && err.fields?.length === 1) {
          const id = this.result(this.idOf(ok.fields[0]), this.idOf(err.fields[0]));
          this.byIdentity.set(t, id);
          return id;
        }
        const id = this.reserve();
        this.byIdentity.set(t, id);
        const path = this.pathOf(t);
        const variants: SiVariant[] = t.variants.map((v) => ({
          name: v.name,
          index: v.index,
          fields: v.named
            ? v.named.map(([name, ft]) => ({ name, type: this.idOf(ft), typeName: typeNameOf(ft) }))
            : (v.fields ?? []).map((ft) => ({ type: this.idOf(ft), typeName: typeNameOf(ft) })),
        }));
        const params = this.hooks.params?.(t, path, this) ?? [];
        return this.fill(id, { path, params, def: { tag: 'variant', variants } });
      }
    }
  }

  private pathOf(t: TypeDef & { readonly kind: 'struct' | 'enum' }): readonly string[] {
    const base = t.path ?? [t.name];
    return this.hooks.path ? this.hooks.path(t, base) : base;
  }

  /** SCALE encoding of the registry (`Vec<PortableType>`). */
  encodeTo(w: ScaleWriter): void {
    w.vec(this.all(), (w, t) => {
      w.compact(t.id);
      w.vec(t.path, (w, s) => w.str(s));
      w.vec(t.params, (w, p) => {
        w.str(p.name);
        w.option(p.type, (w, x) => w.compact(x));
      });
      encodeDef(w, t.def);
      w.vec(t.docs, (w, s) => w.str(s));
    });
  }
}

function typeNameOf(t: TypeDef): string | undefined {
  if (t.kind === 'lazy') return t.name;
  return t.name;
}

function encodeField(w: ScaleWriter, f: SiField): void {
  w.option(f.name, (w, s) => w.str(s));
  w.compact(f.type);
  w.option(f.typeName, (w, s) => w.str(s));
  w.vec(f.docs ?? [], (w, s) => w.str(s));
}

function encodeDef(w: ScaleWriter, d: SiDef): void {
  switch (d.tag) {
    case 'composite':
      w.u8(0).vec(d.fields, encodeField);
      return;
    case 'variant':
      w.u8(1).vec(d.variants, (w, v) => {
        w.str(v.name);
        w.vec(v.fields, encodeField);
        w.u8(v.index);
        w.vec(v.docs ?? [], (w, s) => w.str(s));
      });
      return;
    case 'sequence':
      w.u8(2).compact(d.type);
      return;
    case 'array':
      w.u8(3).u32(d.len).compact(d.type);
      return;
    case 'tuple':
      w.u8(4).vec(d.types, (w, x) => w.compact(x));
      return;
    case 'primitive':
      w.u8(5).u8(SI_PRIMS.indexOf(d.prim));
      return;
    case 'compact':
      w.u8(6).compact(d.type);
      return;
  }
}

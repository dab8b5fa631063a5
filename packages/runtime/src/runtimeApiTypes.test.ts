/**
 * The runtime API layouts pinned byte for byte. Each layout encodes a value whose every leaf is
 * derived from its own field path (so reordering, retyping or dropping a field changes the bytes);
 * the digests were taken from the node's and the SDK's separate declarations before they were
 * merged here, where both agreed. A changed digest is a changed wire format.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { decode, encode, T, type TypeDef } from '@tensorium/primitives';
import {
  DelegateInfoType,
  DynamicInfoType,
  MetagraphType,
  NeuronInfoLiteType,
  RUNTIME_APIS,
  SimSwapResultType,
  StakeInfoType,
  SubnetInfoType,
  SubnetPriceType,
} from './runtimeApiTypes.js';

/** FNV-1a of a field path: a stable, field-specific number. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** A value of `t` whose leaves depend on their path (vectors get two items, options are Some). */
function sample(t: TypeDef, path: string): unknown {
  const h = fnv(path);
  switch (t.kind) {
    case 'primitive':
      switch (t.prim) {
        case 'bool':
          return (h & 1) === 1;
        case 'u8':
          return h % 0x100;
        case 'u16':
          return h % 0x10000;
        case 'u32':
          return h;
        case 'u64':
          return (BigInt(h) * 0x1_0000_0001n) % (1n << 64n);
        case 'u128':
          return (BigInt(h) << 80n) | BigInt(h);
        case 'i128':
          return -(BigInt(h) << 60n);
        default:
          throw new Error(`no sample for ${t.prim}`);
      }
    case 'compact':
      return sample(t.inner, path);
    case 'bytes':
      return new TextEncoder().encode(path);
    case 'byteArray':
      return h.toString(16).padStart(8, '0').repeat(t.len / 4);
    case 'vec':
      return [sample(t.inner, `${path}[0]`), sample(t.inner, `${path}[1]`)];
    case 'option':
      return sample(t.inner, `${path}?`);
    case 'tuple':
      return t.items.map((item, i) => sample(item, `${path}.${i}`));
    case 'struct':
      return Object.fromEntries(t.fields.map(([name, f]) => [name, sample(f, `${path}.${name}`)]));
    case 'lazy': {
      const wire = sample(t.resolve(), path);
      return t.fromWire ? t.fromWire(wire) : wire;
    }
    default:
      throw new Error(`no sample for ${t.kind}`);
  }
}

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

const PINNED: readonly (readonly [string, TypeDef, number, string])[] = [
  ['DynamicInfo', DynamicInfoType, 544, 'd7238654d25bfcdd16123393ffad6338660d0948e75460f895257b83e62220fa'],
  ['Metagraph', MetagraphType, 1642, '6f8966fc449b778d59483a2290ba2847425a6b361eb897449ca02c341084bdb8'],
  ['SubnetInfo', SubnetInfoType, 123, 'b9780a6296f84b4992527d6215767fe235ccf006c4e94c536443159730a12282'],
  ['NeuronInfoLite', NeuronInfoLiteType, 264, '54acede850415abf24134e31db92059d84e3fc776a49a83b07c9f652c4633bdf'],
  ['DelegateInfo', DelegateInfoType, 221, 'c54304797ec59eb58eb044834497e576fcf1270310500f6b21ea5ba06bba7dbe'],
  ['StakeInfo', StakeInfoType, 114, '99d07bd20f8a542f51ce68fdf6640e10f89e7a69ac54e158b335962ec01a16c3'],
  ['SimSwapResult', SimSwapResultType, 48, '03eaa855fc0ee6c5aa908f3424a023f290ab32269d07b093bf135d4fe192b9a3'],
  ['SubnetPrice', SubnetPriceType, 10, '4e82586dd4c81e7fde51f45865e55ad300c6629764f2ac7a83b9c93890330fa7'],
];

test('each runtime API layout encodes to its pinned bytes and decodes back', () => {
  for (const [name, layout, length, digest] of PINNED) {
    const value = sample(layout, name);
    const bytes = encode(layout, value);
    assert.equal(bytes.length, length, name);
    assert.equal(sha256(bytes), digest, name);
    assert.deepEqual(decode(layout, bytes), value, name);
  }
});

test('moving_price is a bare i128 on the wire (I96F32 bits)', () => {
  const value = sample(DynamicInfoType, 'DynamicInfo') as { moving_price: bigint };
  const bytes = encode(DynamicInfoType, value);
  // the last field: 16 little-endian bytes of the raw bits
  assert.deepEqual(bytes.subarray(bytes.length - 16), encode(T.i128, value.moving_price));
});

test('the method table (parameters and return layouts) is pinned', () => {
  const hash = createHash('sha256');
  for (const method of Object.keys(RUNTIME_APIS).sort()) {
    const spec: { args: readonly TypeDef[]; ret: TypeDef } = RUNTIME_APIS[method as keyof typeof RUNTIME_APIS];
    const params = T.tuple(...spec.args);
    hash.update(method);
    hash.update(encode(params, sample(params, `${method}(`)));
    hash.update(encode(spec.ret, sample(spec.ret, `${method})`)));
  }
  assert.equal(Object.keys(RUNTIME_APIS).length, 17);
  assert.equal(hash.digest('hex'), 'ecf2ad0810496a1db08558637456fe0f04562f2a498fffd583983c5b6d28a549');
});

/**
 * Substrate's base-16 Merkle-Patricia trie (sp-trie `LayoutV0`/`LayoutV1`, no extension nodes),
 * kept in memory and updated incrementally: an insert or delete clears the cached Merkle values on
 * its path only, and `root()` re-hashes just those nodes.
 *
 * Node encoding (sp-trie node_codec / trie_stream):
 *   header: 0b01 leaf, 0b10 branch without value, 0b11 branch with value (6-bit nibble count),
 *           0b001 leaf with hashed value (5 bits), 0b0001 branch with hashed value (4 bits); counts
 *           that do not fit continue in following bytes (255 = "more");
 *   partial key nibbles, packed (odd count: the first nibble alone in the low half of a byte);
 *   branches: a u16 little-endian bitmap of present children;
 *   value: Compact<len> ++ bytes, or its 32-byte blake2 hash (layout V1, values of 33 bytes or more);
 *   children: Compact<len> ++ (the child's encoding when shorter than 32 bytes, else its hash).
 * The root is the blake2-256 of the root node's encoding; the empty trie is blake2-256([0x00]).
 */
import { blake2_256, concatBytes } from './hashing.js';

/** Storage layout version: 1 hashes values of 33 bytes or more (state), 0 never does (extrinsics root). */
export type TrieVersion = 0 | 1;

const INLINE_THRESHOLD = 33;

/** Shared encoding buffer: nodes are encoded one at a time (children first), then hashed or copied. */
let scratch = new Uint8Array(1 << 16);

interface TrieNode {
  /** Partial key, one nibble per byte. */
  partial: Uint8Array;
  value: Uint8Array | undefined;
  /** 16 slots when the node is a branch, undefined for a leaf. */
  children: (TrieNode | undefined)[] | undefined;
  /** Cached Merkle value: the encoding when shorter than 32 bytes, else its hash. */
  ref: Uint8Array | undefined;
  /** Whether `ref` is a hash. */
  refIsHash: boolean;
  /** Cached blake2 of `value` (V1 hashed values). */
  valueHash: Uint8Array | undefined;
}

export function toNibbles(key: Uint8Array): Uint8Array {
  const n = new Uint8Array(key.length * 2);
  for (let i = 0; i < key.length; i++) {
    n[2 * i] = key[i] >> 4;
    n[2 * i + 1] = key[i] & 15;
  }
  return n;
}

function leaf(partial: Uint8Array, value: Uint8Array): TrieNode {
  return { partial, value, children: undefined, ref: undefined, refIsHash: false, valueHash: undefined };
}

/** Write a Compact<u32> at `o`; returns the new offset. */
function writeCompact(buf: Uint8Array, o: number, n: number): number {
  if (n < 64) {
    buf[o] = n << 2;
    return o + 1;
  }
  if (n < 16384) {
    const v = (n << 2) | 1;
    buf[o] = v & 255;
    buf[o + 1] = v >> 8;
    return o + 2;
  }
  if (n < 1 << 30) {
    const v = ((n << 2) | 2) >>> 0;
    buf[o] = v & 255;
    buf[o + 1] = (v >>> 8) & 255;
    buf[o + 2] = (v >>> 16) & 255;
    buf[o + 3] = v >>> 24;
    return o + 4;
  }
  buf[o] = 3 + ((4 - 4) << 2);
  buf[o + 1] = n & 255;
  buf[o + 2] = (n >>> 8) & 255;
  buf[o + 3] = (n >>> 16) & 255;
  buf[o + 4] = n >>> 24;
  return o + 5;
}

/** Header: prefix bits plus the nibble count (sp-trie `size_and_prefix_iterator`). */
function writeHeader(buf: Uint8Array, o: number, prefix: number, prefixBits: number, size: number): number {
  const max = 255 >> prefixBits;
  const l1 = Math.min(max - 1, size);
  if (size === l1) {
    buf[o++] = prefix + l1;
    return o;
  }
  buf[o++] = prefix + max;
  let rem = size - l1;
  while (rem > 0) {
    if (rem < 256) {
      buf[o++] = rem - 1;
      rem = 0;
    } else {
      rem -= 255;
      buf[o++] = 255;
    }
  }
  return o;
}

function writePartial(buf: Uint8Array, o: number, p: Uint8Array): number {
  let i = 0;
  if (p.length % 2 === 1) {
    buf[o++] = p[0];
    i = 1;
  }
  for (; i < p.length; i += 2) buf[o++] = (p[i] << 4) | p[i + 1];
  return o;
}

export class Trie {
  private rootNode: TrieNode | undefined;
  private changed = false;
  private count = 0;

  constructor(readonly version: TrieVersion = 1) {}

  /** Number of entries. */
  get size(): number {
    return this.count;
  }

  get(key: Uint8Array): Uint8Array | undefined {
    const k = toNibbles(key);
    let node = this.rootNode;
    let i = 0;
    while (node) {
      const p = node.partial;
      if (k.length - i < p.length) return undefined;
      for (let j = 0; j < p.length; j++) if (p[j] !== k[i + j]) return undefined;
      i += p.length;
      if (i === k.length) return node.value;
      if (!node.children) return undefined;
      node = node.children[k[i]];
      i++;
    }
    return undefined;
  }

  /** Insert or replace a value (an empty value is a value, not a deletion). */
  insert(key: Uint8Array, value: Uint8Array): void {
    this.rootNode = this.insertAt(this.rootNode, toNibbles(key), 0, value);
  }

  private insertAt(node: TrieNode | undefined, key: Uint8Array, i: number, value: Uint8Array): TrieNode {
    if (!node) {
      this.count++;
      return leaf(key.subarray(i), value);
    }
    const p = node.partial;
    const rem = key.length - i;
    const max = p.length < rem ? p.length : rem;
    let c = 0;
    while (c < max && p[c] === key[i + c]) c++;
    if (c < p.length) {
      // split: a new branch takes the common part, the old node hangs below it
      const branch: TrieNode = { partial: p.subarray(0, c), value: undefined, children: new Array(16), ref: undefined, refIsHash: false, valueHash: undefined };
      node.partial = p.subarray(c + 1);
      node.ref = undefined;
      branch.children![p[c]] = node;
      this.count++;
      if (c === rem) branch.value = value;
      else branch.children![key[i + c]] = leaf(key.subarray(i + c + 1), value);
      return branch;
    }
    node.ref = undefined;
    if (c === rem) {
      if (node.value === undefined) this.count++;
      node.value = value;
      node.valueHash = undefined;
      return node;
    }
    if (!node.children) node.children = new Array(16);
    const idx = key[i + c];
    node.children[idx] = this.insertAt(node.children[idx], key, i + c + 1, value);
    return node;
  }

  /** Remove a key; returns whether it was present. */
  remove(key: Uint8Array): boolean {
    this.changed = false;
    this.rootNode = this.removeAt(this.rootNode, toNibbles(key), 0);
    if (this.changed) this.count--;
    return this.changed;
  }

  private removeAt(node: TrieNode | undefined, key: Uint8Array, i: number): TrieNode | undefined {
    if (!node) return undefined;
    const p = node.partial;
    if (key.length - i < p.length) return node;
    for (let j = 0; j < p.length; j++) if (p[j] !== key[i + j]) return node;
    const j = i + p.length;
    if (j === key.length) {
      if (node.value === undefined) return node;
      this.changed = true;
      node.value = undefined;
      node.valueHash = undefined;
      node.ref = undefined;
      return this.normalize(node);
    }
    if (!node.children) return node;
    const idx = key[j];
    const child = node.children[idx];
    if (!child) return node;
    const nc = this.removeAt(child, key, j + 1);
    if (!this.changed) return node;
    node.children[idx] = nc;
    node.ref = undefined;
    return this.normalize(node);
  }

  private normalize(node: TrieNode): TrieNode | undefined {
    const ch = node.children;
    let n = 0;
    let last = -1;
    if (ch) for (let k = 0; k < 16; k++) if (ch[k]) {
      n++;
      last = k;
    }
    if (n === 0) {
      node.children = undefined;
      return node.value === undefined ? undefined : node;
    }
    if (n === 1 && node.value === undefined) {
      const child = ch![last]!;
      const merged = new Uint8Array(node.partial.length + 1 + child.partial.length);
      merged.set(node.partial, 0);
      merged[node.partial.length] = last;
      merged.set(child.partial, node.partial.length + 1);
      child.partial = merged;
      child.ref = undefined;
      return child;
    }
    return node;
  }

  /** The encoding of a node (children must have their Merkle values computed). */
  private encodeNode(node: TrieNode): Uint8Array {
    const v = node.value;
    const hashed = v !== undefined && this.version === 1 && v.length >= INLINE_THRESHOLD;
    if (hashed && !node.valueHash) node.valueHash = blake2_256(v);
    const ch = node.children;
    let size = 8 + (node.partial.length >> 1) + 1 + 2 + (v === undefined ? 0 : hashed ? 32 : 5 + v.length);
    if (ch) for (let k = 0; k < 16; k++) if (ch[k]) size += 1 + ch[k]!.ref!.length;
    if (scratch.length < size) scratch = new Uint8Array(Math.max(size, scratch.length * 2));
    const buf = scratch;
    let o: number;
    let isLeaf = true;
    if (ch) for (let k = 0; k < 16; k++) if (ch[k]) {
      isLeaf = false;
      break;
    }
    if (isLeaf) {
      o = hashed ? writeHeader(buf, 0, 0x20, 3, node.partial.length) : writeHeader(buf, 0, 0x40, 2, node.partial.length);
    } else if (v === undefined) o = writeHeader(buf, 0, 0x80, 2, node.partial.length);
    else if (hashed) o = writeHeader(buf, 0, 0x10, 4, node.partial.length);
    else o = writeHeader(buf, 0, 0xc0, 2, node.partial.length);
    o = writePartial(buf, o, node.partial);
    if (!isLeaf) {
      let bm = 0;
      for (let k = 0; k < 16; k++) if (ch![k]) bm |= 1 << k;
      buf[o++] = bm & 255;
      buf[o++] = bm >> 8;
    }
    if (v !== undefined) {
      if (hashed) {
        buf.set(node.valueHash!, o);
        o += 32;
      } else {
        o = writeCompact(buf, o, v.length);
        buf.set(v, o);
        o += v.length;
      }
    }
    if (!isLeaf) {
      for (let k = 0; k < 16; k++) {
        const c = ch![k];
        if (!c) continue;
        const r = c.ref!;
        buf[o++] = r.length << 2;
        buf.set(r, o);
        o += r.length;
      }
    }
    return buf.subarray(0, o);
  }

  private merkle(node: TrieNode): void {
    if (node.ref) return;
    const ch = node.children;
    if (ch) for (let k = 0; k < 16; k++) if (ch[k]) this.merkle(ch[k]!);
    const enc = this.encodeNode(node);
    if (enc.length < 32) {
      node.ref = enc.slice();
      node.refIsHash = false;
    } else {
      node.ref = blake2_256(enc);
      node.refIsHash = true;
    }
  }

  /** The root hash (re-hashes only nodes changed since the last call). */
  root(): Uint8Array {
    const r = this.rootNode;
    if (!r) return blake2_256(new Uint8Array([0]));
    this.merkle(r);
    return r.refIsHash ? r.ref! : blake2_256(r.ref!);
  }

  /** Every (key, value) in key order (for tests and diagnostics). */
  *entries(): Iterable<[Uint8Array, Uint8Array]> {
    const stack: [TrieNode, number[]][] = [];
    if (this.rootNode) stack.push([this.rootNode, []]);
    const out: [Uint8Array, Uint8Array][] = [];
    while (stack.length) {
      const [node, prefix] = stack.pop()!;
      const path = [...prefix, ...node.partial];
      if (node.value !== undefined) {
        const key = new Uint8Array(path.length >> 1);
        for (let i = 0; i < key.length; i++) key[i] = (path[2 * i] << 4) | path[2 * i + 1];
        out.push([key, node.value]);
      }
      if (node.children) for (let k = 15; k >= 0; k--) if (node.children[k]) stack.push([node.children[k]!, [...path, k]]);
    }
    yield* out;
  }
}

/** Root of a set of (key, value) pairs. */
export function trieRoot(pairs: Iterable<readonly [Uint8Array, Uint8Array]>, version: TrieVersion = 1): Uint8Array {
  const t = new Trie(version);
  for (const [k, v] of pairs) t.insert(k, v);
  return t.root();
}

/** SCALE Compact<u32> of an index (the keys of an ordered trie). */
export function compactIndex(i: number): Uint8Array {
  const buf = new Uint8Array(5);
  return buf.slice(0, writeCompact(buf, 0, i));
}

/** Substrate's `ordered_trie_root`: keys are Compact<u32> indices (extrinsics root: layout V0). */
export function orderedTrieRoot(values: readonly Uint8Array[], version: TrieVersion = 0): Uint8Array {
  return trieRoot(
    values.map((v, i) => [compactIndex(i), v] as const),
    version,
  );
}

export { concatBytes };
